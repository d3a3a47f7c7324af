/** <copy-line>: a copy button inside a script line; copies the line as said, with the 상담 정보 filled in. */
import { copyWithFeedback } from './clipboard';
import * as dom from './contract/dom-names';
import { lineFilling } from './line-filler';
import { slotStore } from './slot-store';

const label = '복사';

export class CopyLine extends HTMLElement {
  connectedCallback() {
    if (this.firstChild) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-btn';
    button.textContent = label;
    button.setAttribute('aria-label', '이 문장 복사');
    button.addEventListener('click', () => void this.copy(button));
    this.append(button);
  }

  /** The filled sentence, computed from the line's template so marks other layers add never leak in. */
  async text(): Promise<string> {
    const template = this.closest<HTMLElement>(dom.templatedSelector)?.dataset[dom.lineTemplateData] ?? '';
    const { fillLine } = await lineFilling();
    return fillLine(template, slotStore.values, slotStore.definitions);
  }

  async copy(button: HTMLButtonElement) {
    return copyWithFeedback(button, label, await this.text(), '복사됨: 문장 1개');
  }
}

if (!customElements.get(dom.copyLineElement)) customElements.define(dom.copyLineElement, CopyLine);
