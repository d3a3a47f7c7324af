/**
 * <changed-lines>: marks the lines of a script that are new or changed since this browser last showed it
 * (`지난번 확인 이후 바뀐 문장`), from fingerprints of the page's own `data-line`s, until the agent
 * dismisses the notice; then the lines as shown now become the new baseline. First visit: baseline only.
 */
import { changedSince, lineFingerprint } from '../model/line-fingerprint';
import type { BranchWalk } from './branch-walk';
import * as dom from './contract/dom-names';
import { markSeen, seenState } from './script-history';
import { savedTime } from './saved-time';

const badge = (className: string) => {
  const mark = document.createElement('span');
  mark.className = className;
  mark.textContent = '바뀜';
  return mark;
};

export class ChangedLines extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.id;
    const article = this.closest('article');
    const banner = this.querySelector<HTMLElement>(dom.byClass(dom.changedBannerClass));
    if (!id || !article || !banner || banner.dataset.ready !== undefined) return;
    banner.dataset.ready = '';
    const lines = [...article.querySelectorAll<HTMLElement>(`${dom.byClass(dom.stepsClass)} ${dom.templatedSelector}`)].map((element) => ({ element, fingerprint: lineFingerprint(element.dataset[dom.lineTemplateData] ?? '') }));
    const current = [...new Set(lines.map((line) => line.fingerprint))];
    const seen = seenState(id);
    const changed = new Set(seen ? changedSince(current, seen.lines) : []);
    if (!seen || !changed.size) return markSeen(id, current);

    const marks: HTMLElement[] = [];
    for (const { element } of lines.filter((line) => changed.has(line.fingerprint))) {
      element.classList.add('is-changed');
      const mark = badge('changed-mark');
      element.querySelector(dom.byClass(dom.lineTextClass))?.prepend(mark, ' ');
      marks.push(mark);
      // A changed line inside a folded branch: say so on the option that opens it.
      for (let section = element.closest<HTMLElement>(dom.branchSelector); section; section = section.parentElement?.closest<HTMLElement>(dom.branchSelector) ?? null) {
        const option = article.querySelector<HTMLElement>(`button.choice[aria-controls="${section.id}"]`);
        if (option && !option.querySelector('.changed-mark')) marks.push(option.appendChild(badge('changed-mark')));
      }
    }
    const count = lines.filter((line) => changed.has(line.fingerprint)).length;
    this.querySelector(dom.byClass(dom.changedCountClass))!.textContent = `${count}개`;
    this.querySelector(dom.byClass(dom.changedSinceClass))!.textContent = `${savedTime(seen.at)} 확인 이후`;
    banner.hidden = false;
    this.querySelector(dom.byData('action', dom.dismissChangesAction))?.addEventListener('click', () => {
      for (const mark of marks) mark.remove();
      for (const line of lines) line.element.classList.remove('is-changed');
      banner.hidden = true;
      markSeen(id, current);
      document.querySelector<BranchWalk>(dom.branchWalkElement)?.announce(`바뀐 문장 ${count}개를 확인했습니다`);
      // The dismissed notice had focus: put it on the script's title rather than lose it.
      const title = article.querySelector<HTMLElement>('h1');
      title?.setAttribute('tabindex', '-1');
      title?.focus();
    });
  }
}

if (!customElements.get(dom.changedLinesElement)) customElements.define(dom.changedLinesElement, ChangedLines);
