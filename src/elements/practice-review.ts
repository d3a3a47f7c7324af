/**
 * <practice-review data-base="/">: on the 학습 page, the cards marked 다시 볼게요 (grouped by script, oldest
 * first) and a reset. `data-base` is the site's base path, for links to the scripts' practice mode.
 */
import { routePath } from '../site/routes';
import * as dom from './contract/dom-names';
import { faqOfCard, loadRecords, onRecordsChange, resetRecords } from './practice-store';

export class PracticeReview extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback() {
    const reset = this.querySelector<HTMLButtonElement>(dom.byData(dom.reviewResetData));
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => {
        if (!confirm('모든 연습 기록(알았어요, 다시 볼게요)을 지울까요?')) return;
        resetRecords();
        const status = this.querySelector(dom.byData(dom.reviewStatusData));
        if (status) status.textContent = '연습 기록을 모두 지웠습니다.';
      });
    }
    this.render();
    this.#unsubscribe = onRecordsChange(() => this.render());
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }

  render() {
    const list = this.querySelector<HTMLElement>(dom.byData(dom.reviewListData));
    const empty = this.querySelector<HTMLElement>(dom.byData(dom.reviewEmptyData));
    if (!list || !empty) return;
    const again = Object.entries(loadRecords())
      .filter(([, record]) => record.status === 'again')
      .sort(([, a], [, b]) => a.at - b.at);
    const byFaq = new Map<string, typeof again>();
    for (const entry of again) byFaq.set(faqOfCard(entry[0]), [...(byFaq.get(faqOfCard(entry[0])) ?? []), entry]);
    list.replaceChildren(
      ...[...byFaq].map(([faq, entries]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = routePath({ page: 'practice', id: faq }, this.dataset.base ?? '/');
        link.textContent = `${entries[0]?.[1].title ?? faq} — 다시 볼 카드 ${entries.length}장`;
        const situations = document.createElement('ul');
        situations.className = 'review-situations';
        for (const [, record] of entries) {
          const situation = document.createElement('li');
          situation.textContent = record.situation;
          situations.append(situation);
        }
        item.append(link, situations);
        return item;
      }),
    );
    list.hidden = again.length === 0;
    empty.hidden = again.length > 0;
  }
}

if (!customElements.get(dom.practiceReviewElement)) customElements.define(dom.practiceReviewElement, PracticeReview);
