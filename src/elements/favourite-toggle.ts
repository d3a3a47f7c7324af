/** <favourite-toggle>: the `즐겨찾기` button of a script page (aria-pressed); the list lives in this browser. */
import type { BranchWalk } from './branch-walk';
import * as dom from './contract/dom-names';
import { isFavourite, onHistoryChange, setFavourite, type ScriptRef } from './script-history';

export class FavouriteToggle extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback() {
    const button = this.querySelector('button');
    const { id = '', title = '', category = '' } = this.dataset;
    if (!button || !id) return;
    const ref: ScriptRef = { id, title, category };
    const render = () => button.setAttribute('aria-pressed', String(isFavourite(id)));
    button.addEventListener('click', () => {
      const on = !isFavourite(id);
      setFavourite(ref, on);
      document.querySelector<BranchWalk>(dom.branchWalkElement)?.announce(on ? '즐겨찾기에 추가했습니다' : '즐겨찾기에서 뺐습니다');
    });
    this.#unsubscribe = onHistoryChange(render);
    render();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

if (!customElements.get(dom.favouriteToggleElement)) customElements.define(dom.favouriteToggleElement, FavouriteToggle);
