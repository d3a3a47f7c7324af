/**
 * <slot-panel>: the 상담 정보 form. What the agent types fills every slot of the page live, as text
 * (never HTML), with the particle after it following the value; values stay in this tab.
 */
import { particleAfterSlot, slotText, type SlotFields } from '../korean/fill-line';
import type { ParticlePair } from '../korean/particle';
import { announce } from './clipboard';
import * as dom from './contract/dom-names';
import { slotStore } from './slot-store';

/** Writes the current values into every slot of the page and the particle marked after it. */
export function paintSlots(root: ParentNode = document) {
  for (const slot of root.querySelectorAll<HTMLElement>(dom.slotSelector)) {
    const name = slot.dataset[dom.slotNameData] ?? '';
    const shown = slotText(name, slotStore.values, slotStore.definitions);
    slot.textContent = shown.text;
    slot.classList.toggle('is-filled', shown.filled);
    const particle = slot.nextSibling;
    if (particle instanceof HTMLElement && particle.matches(dom.particleSelector)) {
      particle.dataset.written ??= particle.textContent ?? '';
      particle.textContent = shown.filled ? particleAfterSlot(name, shown.text, particle.dataset[dom.particlePairData] as ParticlePair, slotStore.definitions) : particle.dataset.written;
    }
  }
}

export class SlotPanel extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback() {
    const definitions = JSON.parse(this.dataset.slots ?? '[]') as SlotFields[];
    slotStore.define(definitions);
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[name]')];
    for (const input of inputs) {
      // The panel upgrades just after the page has loaded: what the agent typed before that is kept.
      if (input.value) slotStore.set(input.name, input.value);
      else input.value = slotStore.values.get(input.name) ?? '';
      input.addEventListener('input', () => slotStore.set(input.name, input.value));
    }
    this.querySelector(dom.byData('action', dom.clearSlotsAction))?.addEventListener('click', () => {
      slotStore.clear();
      announce('상담 정보를 지웠습니다');
      inputs[0]?.focus();
    });
    const count = this.querySelector(dom.byClass(dom.slotCountClass));
    const refresh = () => {
      for (const input of inputs) if (input.value !== (slotStore.values.get(input.name) ?? '')) input.value = slotStore.values.get(input.name) ?? '';
      const filled = inputs.filter((input) => slotStore.values.has(input.name)).length;
      if (count) count.textContent = filled ? `${filled}/${inputs.length} 입력됨` : '';
      paintSlots();
    };
    this.#unsubscribe = slotStore.subscribe(refresh);
    refresh();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

if (!customElements.get(dom.slotPanelElement)) customElements.define(dom.slotPanelElement, SlotPanel);
