/**
 * The search box's keyboard: which key does what in the input (↑/↓ move through the results, Enter
 * opens one, Esc closes the list, then clears) and the result the arrows have reached (the listbox's
 * aria-activedescendant). `/` and Ctrl+K anywhere: search-shortcut.ts.
 */

/** What a key in the box's input asks for; undefined for keys the input handles itself (and while an IME composes). */
export type SearchKeyAction = 'next' | 'previous' | 'open' | 'close';

const keyActions: Readonly<Record<string, SearchKeyAction>> = { ArrowDown: 'next', ArrowUp: 'previous', Enter: 'open', Escape: 'close' };

export const searchKeyAction = (event: KeyboardEvent): SearchKeyAction | undefined => (event.isComposing ? undefined : keyActions[event.key]);

/** The result the arrow keys have reached, shown as the input's aria-activedescendant; -1 is the input itself. */
export class ResultCursor {
  #active = -1;
  readonly #input: HTMLInputElement;
  readonly #list: HTMLElement;

  constructor(input: HTMLInputElement, list: HTMLElement) {
    this.#input = input;
    this.#list = list;
  }

  get active(): number {
    return this.#active;
  }

  /** New results: back at the input. */
  reset(): void {
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
  }

  /** Moves by `delta`; positions cycle through the results and back to the input. */
  move(delta: number): void {
    const items = [...this.#list.children] as HTMLElement[];
    if (!items.length) return;
    items[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = ((this.#active + 1 + delta + items.length + 1) % (items.length + 1)) - 1;
    const item = items[this.#active];
    if (item) {
      item.setAttribute('aria-selected', 'true');
      this.#input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  /** Back to the input, the reached result no longer selected. */
  leave(): void {
    this.move(-(this.#active + 1));
  }
}
