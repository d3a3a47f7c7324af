/** The 상담 정보 values of this tab: one hub that the panel, the page's slots and copy share (sessionStorage only). */
import type { SlotFields } from '../korean/fill-line';

const storageKey = 'kb:slot-values';

function readStored(): [string, string][] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
    return Object.entries(stored ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  } catch {
    return []; // storage blocked or corrupted: start empty rather than fail the page
  }
}

class SlotStore {
  readonly values = new Map<string, string>(readStored());
  /** Slot definitions of the scripts on this page, registered by <slot-panel>. */
  readonly definitions = new Map<string, SlotFields>();
  readonly #listeners = new Set<() => void>();

  define(definitions: readonly SlotFields[]) {
    for (const definition of definitions) this.definitions.set(definition.name, definition);
  }

  set(name: string, value: string) {
    if (value.trim()) this.values.set(name, value);
    else this.values.delete(name);
    this.#changed();
  }

  clear() {
    this.values.clear();
    this.#changed();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed() {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(Object.fromEntries(this.values)));
    } catch {
      // Storage full or blocked: values still work for this page view.
    }
    this.#listeners.forEach((listener) => listener());
  }
}

export const slotStore = new SlotStore();
