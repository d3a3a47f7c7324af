/**
 * <practice-mode>: the script page's practice mode (`?mode=practice`). This element is all a script
 * page loads for practice on its first view; the cards, the deck and their styles load only when the
 * mode opens (from the URL, or a [data-practice-toggle] link, which switches without a reload).
 */
import { isPracticeUrl } from '../model/practice-url';

type Session = { close(): void };

export class PracticeMode extends HTMLElement {
  #session?: Promise<Session>;

  connectedCallback() {
    document.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', this.#sync);
    this.#sync();
  }

  disconnectedCallback() {
    document.removeEventListener('click', this.#onClick);
    window.removeEventListener('popstate', this.#sync);
  }

  #onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-practice-toggle]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    this.#sync(true);
  };

  /** Opens or closes the mode to match the URL; `focus` when the reader asked (a click), not on load. */
  #sync = (focus: boolean | Event = false) => {
    const wanted = isPracticeUrl(location);
    if (wanted === !!this.#session) return;
    const moveFocus = focus === true;
    if (wanted) {
      this.#session = import('./practice-session').then(({ openPractice }) => openPractice(this, moveFocus));
      return;
    }
    const closing = this.#session;
    this.#session = undefined;
    void closing?.then((session) => {
      session.close();
      if (moveFocus) this.querySelector<HTMLElement>('.practice-open')?.focus();
    });
  };
}

if (!customElements.get('practice-mode')) customElements.define('practice-mode', PracticeMode);
