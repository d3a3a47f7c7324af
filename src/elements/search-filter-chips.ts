/**
 * The search box's filter chips (카테고리 = `category3`, 현장 = `site`) behind `카테고리·현장으로 좁히기`:
 * the toggle (remembered per browser, closed on a first visit), the groups with each value's exact
 * count, `더 보기`/`접기` per group, and pressing a chip. The box counts (facets.chipCounts over the
 * script table) and searches; this module only shows and reports choices.
 */
import type { SearchFilters } from '../search/client';
import { button, el } from './search-dom';

/** Chip groups under the box: label and filter (a searchParams.filters name). */
export const chipGroups = [
  ['카테고리', 'category3'],
  ['현장', 'site'],
] as const;

/** Filter → value → how many scripts the list would hold with that value as its group's only choice. */
export type ChipCounts = Record<string, Record<string, number>>;

/** Chips shown per group before "더 보기" (the chosen ones are always shown). */
const chipsShown = 8;

/** Whether the filters are open, remembered per browser (closed by default; opening them fetches nothing). */
const filtersOpenKey = 'kb-search-filters-open';
const rememberedOpen = (): boolean => {
  try {
    return localStorage.getItem(filtersOpenKey) === 'true';
  } catch {
    return false;
  }
};
const rememberOpen = (open: boolean): void => {
  try {
    localStorage.setItem(filtersOpenKey, String(open));
  } catch {
    /* storage unavailable (private mode): the choice lasts for this page only */
  }
};

export interface FilterChipsEvents {
  /** The agent opened or closed the filters. */
  toggled(open: boolean): void;
  /** The agent pressed a chip: the group's values chosen now (empty: none). */
  chose(name: string, values: string[]): void;
}

export class FilterChips {
  readonly #container: HTMLElement;
  readonly #toggle = button('filters-toggle', '');
  readonly #groups = el('div', 'chip-groups');
  /** Chip groups the agent expanded with "더 보기". */
  readonly #expanded = new Set<string>();
  readonly #events: FilterChipsEvents;
  #open = rememberedOpen();
  /** What the chips show, kept to draw them again (더 보기). */
  #shown: { counts: ChipCounts; filters: SearchFilters; hasHits: boolean } = { counts: {}, filters: {}, hasHits: false };

  /** @param container the box's `.search-chips`; @param id a page-unique id for the groups (aria-controls) */
  constructor(container: HTMLElement, id: string, events: FilterChipsEvents) {
    this.#container = container;
    this.#events = events;
    this.#groups.id = id;
    this.#toggle.setAttribute('aria-controls', id);
    this.#toggle.addEventListener('click', () => this.setOpen(!this.#open));
    container.replaceChildren();
  }

  get open(): boolean {
    return this.#open;
  }

  /** Opens or closes the groups; `remember: false` for a link that asked for them (not the agent's choice). */
  setOpen(open: boolean, { remember = true } = {}): void {
    this.#open = open;
    if (!remember) return;
    rememberOpen(open);
    this.#toggle.setAttribute('aria-expanded', String(open));
    this.#events.toggled(open);
  }

  /** Nothing to filter: no toggle, no groups. */
  clear(): void {
    this.#container.replaceChildren();
    this.#container.removeAttribute('aria-busy');
  }

  /** Counting failed: the toggle stays, the groups go. */
  fail(): void {
    this.#groups.replaceChildren();
    this.#container.removeAttribute('aria-busy');
  }

  /** Until the new counts arrive, the chips stay (so the layout holds) but show no number. */
  markStale(): void {
    if (!this.#open) return;
    this.#container.setAttribute('aria-busy', 'true');
    this.#container.querySelectorAll('.count').forEach((count) => (count.textContent = '…'));
  }

  /** The toggle (with how many values are chosen) and, when open, the chip groups with their counts. */
  render(counts: ChipCounts, filters: SearchFilters, hasHits: boolean): void {
    this.#shown = { counts, filters, hasHits };
    const chosen = Object.values(filters).reduce((sum, values) => sum + values.length, 0);
    this.#toggle.textContent = `카테고리·현장으로 좁히기${chosen ? ` (${chosen}개 선택)` : ''}`;
    this.#toggle.setAttribute('aria-expanded', String(this.#open));
    this.#groups.hidden = !this.#open;
    if (!hasHits && !chosen) return this.clear();
    if (this.#container.firstChild !== this.#toggle) this.#container.replaceChildren(this.#toggle, this.#groups);
    if (!this.#open) {
      this.#groups.replaceChildren();
      this.#container.removeAttribute('aria-busy');
      return;
    }
    const nodes: HTMLElement[] = [];
    for (const [label, name] of chipGroups) {
      const group = this.#group(label, name, counts[name] ?? {}, filters[name] ?? []);
      if (group) nodes.push(group);
    }
    this.#groups.replaceChildren(...nodes);
    this.#container.removeAttribute('aria-busy');
  }

  /** One group: the chosen values, then the most frequent (8, or all when expanded), and 더 보기/접기. */
  #group(label: string, name: string, counts: Record<string, number>, selected: string[]): HTMLElement | undefined {
    const ranked = Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b, 'ko'));
    const expanded = this.#expanded.has(name);
    const shown = [...new Set([...selected, ...(expanded ? ranked : ranked.slice(0, chipsShown))])];
    if (!shown.length) return undefined;
    const group = el('div', 'chip-group');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `${label} 필터`);
    group.append(el('span', 'chip-group-label', label));
    for (const value of shown) group.append(this.#chip(name, value, counts[value] ?? 0, selected));
    const hidden = ranked.filter((value) => !shown.includes(value)).length;
    if (hidden || expanded) {
      const more = button('chip chip-more', expanded ? '접기' : `더 보기 (+${hidden})`);
      more.setAttribute('aria-expanded', String(expanded));
      more.addEventListener('click', () => {
        if (expanded) this.#expanded.delete(name);
        else this.#expanded.add(name);
        this.render(this.#shown.counts, this.#shown.filters, this.#shown.hasHits);
      });
      group.append(more);
    }
    return group;
  }

  /** One chip: the value's last path part and its exact count; pressing toggles it in its group. */
  #chip(name: string, value: string, count: number, selected: string[]): HTMLButtonElement {
    const pressed = selected.includes(value);
    const chip = button('chip', '');
    chip.setAttribute('aria-pressed', String(pressed));
    chip.title = value;
    chip.append(value.split(' ▶ ').at(-1)!, ' ', el('span', 'count', String(count)));
    chip.addEventListener('click', () => this.#events.chose(name, pressed ? selected.filter((item) => item !== value) : [...selected, value]));
    return chip;
  }
}
