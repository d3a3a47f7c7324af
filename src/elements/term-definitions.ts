/**
 * <term-definitions>: wraps a script page's glossary popovers and mirrors each popover's state on the
 * term buttons that open it (aria-expanded, aria-controls). The popovers open and close natively
 * (popovertarget) with or without this element; it only makes the state explicit for assistive tech.
 */
import * as dom from './contract/dom-names';

export class TermDefinitions extends HTMLElement {
  connectedCallback() {
    for (const popover of this.querySelectorAll<HTMLElement>('[popover][id]')) {
      const invokers = [...document.querySelectorAll<HTMLElement>(`.${dom.termClass}[popovertarget="${CSS.escape(popover.id)}"]`)];
      const sync = () => invokers.forEach((invoker) => invoker.setAttribute('aria-expanded', String(popover.matches(':popover-open'))));
      invokers.forEach((invoker) => invoker.setAttribute('aria-controls', popover.id));
      sync();
      popover.addEventListener('toggle', sync);
    }
  }
}

if (!customElements.get(dom.termDefinitionsElement)) customElements.define(dom.termDefinitionsElement, TermDefinitions);
