/**
 * <call-memo>: `메모 복사` copies a short memo of this call for the ticketing tool, in the editors'
 * format (call-memo.yaml → data-memo): category path, title, the branches chosen in each step, the
 * filled 상담 정보, and the sentences on the chosen path that promise something to the customer.
 */
import type { CallMemo } from '../model/call-memo';
import { promisedSentences, renderMemo, type MemoValues } from '../model/memo-text';
import type { BranchWalk } from './branch-walk';
import * as dom from './contract/dom-names';

const label = '메모 복사';
const pad = (n: number) => String(n).padStart(2, '0');

export class CallMemoButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', (event) => void this.copy(event.currentTarget as HTMLButtonElement));
  }

  /** The memo as it would be copied now. */
  async text(now = new Date()): Promise<string> {
    const format = JSON.parse(this.dataset.memo ?? '{}') as CallMemo;
    const walk = document.querySelector<BranchWalk>(dom.branchWalkElement);
    const values: MemoValues = {
      date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
      category: this.dataset.category ?? '',
      title: this.dataset.title ?? '',
      url: location.href,
      branches: walk?.choices().map((choice) => `${choice.step}: ${choice.branches.join(' › ')}`) ?? [],
      slots: (await walk?.filledSlots()) ?? [],
      promises: promisedSentences((await walk?.sentences()) ?? [], format.promiseMarkers ?? []),
    };
    return renderMemo(format.template ?? '', values, format.empty ?? '');
  }

  async copy(button: HTMLButtonElement) {
    const text = await this.text();
    return document.querySelector<BranchWalk>(dom.branchWalkElement)?.copy(button, label, text, '복사됨: 상담 메모');
  }
}

if (!customElements.get(dom.callMemoElement)) customElements.define(dom.callMemoElement, CallMemoButton);
