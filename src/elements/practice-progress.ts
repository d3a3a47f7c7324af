/** <practice-progress data-faq data-keys>: a script's 알았어요 / 다시 볼게요 / 남음 counts from localStorage, kept live. */
import * as dom from './contract/dom-names';
import { cardId, loadRecords, onRecordsChange, progressOf } from './practice-store';

export class PracticeProgress extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback() {
    this.render();
    this.#unsubscribe = onRecordsChange(() => this.render());
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }

  get cardIds(): string[] {
    const faq = this.dataset[dom.practiceFaqData] ?? '';
    return (this.dataset[dom.practiceKeysData] ?? '').split(' ').filter(Boolean).map((key) => cardId(faq, key));
  }

  render() {
    const { total, known, again, unseen } = progressOf(this.cardIds, loadRecords());
    const percent = (n: number) => `${total ? (n / total) * 100 : 0}%`;
    this.style.setProperty('--known', percent(known));
    this.style.setProperty('--again', percent(again));
    this.dataset.again = String(again);
    const text = this.querySelector('[data-text]');
    if (text) text.textContent = `카드 ${total}장 · 알았어요 ${known} · 다시 볼게요 ${again} · 남음 ${unseen}`;
  }
}

if (!customElements.get(dom.practiceProgressElement)) customElements.define(dom.practiceProgressElement, PracticeProgress);
