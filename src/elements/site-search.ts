/**
 * <site-search>: the search box with results as you type. Loads Pagefind and the lexicon on first
 * focus or input, runs the shared Korean search core (searchKorean), and renders hits, filter chips,
 * keyboard navigation and the `?q=` URL state. Everything the user typed is rendered as text only.
 */
import { josa } from 'es-hangul';
import type { Lexicon } from '../korean/lexicon';
import type { PagefindApi, SearchEngine, SearchFilters, SearchHit, SearchOutcome } from '../search/client';

/** URL parameters of the filters; the values are Pagefind filter values. */
const filterParams = ['category1', 'category2', 'category3', 'site'] as const;

/** `?literal=1`: search the text as typed, without typo or keyboard-mode corrections (the notice's link). */
const literalParam = 'literal';

/** Chip groups under the box: label and Pagefind filter. */
const chipGroups = [
  ['카테고리', 'category3'],
  ['현장', 'site'],
] as const;

/** Chips shown per group before "더 보기" (the chosen ones are always shown). */
const chipsShown = 8;

/**
 * Whether the filter chips are open, remembered per browser. Closed by default: exact counts need
 * Pagefind's category and site filter chunks (73 kB at 10,000 scripts), which would push a first
 * query past its 300 kB budget; they load when the agent opens the filters (or arrives with a filter
 * in the URL), and once loaded every later query on the page counts without fetching anything.
 */
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

interface Engine extends SearchEngine {
  /** The search core, suggestions and chip counting, loaded with the data (at idle or on first use). */
  core: typeof import('../search/client') & typeof import('./search-suggest') & typeof import('../search/facets');
}

let enginePromise: Promise<Engine> | undefined;

/** Pagefind's bundle (built by `npm run build`), with the other parts of a large site merged in, loaded once per page. */
function pagefindLoader(base: string, bundles: readonly string[]): () => Promise<PagefindApi> {
  let pending: Promise<PagefindApi> | undefined;
  return () => {
    pending ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi & { mergeIndex?(path: string): Promise<void> };
      await pagefind.init?.();
      for (const bundle of bundles.filter((name) => name !== 'pagefind')) await pagefind.mergeIndex?.(`${base}${bundle}/`);
      return pagefind;
    })();
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/** Loads the search data, the lexicon and the core once per page. */
export function loadEngine(base = '/'): Promise<Engine> {
  enginePromise ??= (async () => {
    const [{ loadSearchData }, lexicon, client, suggest, facets] = await Promise.all([
      import('../search/data/load'),
      fetch(`${base}search/lexicon.json`).then((response) => (response.ok ? (response.json() as Promise<Lexicon>) : { synonyms: [], terms: [], sites: [] })),
      import('../search/client'),
      import('./search-suggest'),
      import('../search/facets'),
    ]);
    const data = await loadSearchData(base);
    return { data, lexicon, pagefind: pagefindLoader(base, data.table.bundles), core: { ...client, ...suggest, ...facets } };
  })();
  enginePromise.catch(() => (enginePromise = undefined));
  return enginePromise;
}

/**
 * Warms the search at idle: its data, the core, and Pagefind's runtime and metadata, so the first
 * query on a page that has been open a moment pays no download or compile.
 */
export async function warmSearch(base = '/'): Promise<void> {
  const engine = await loadEngine(base);
  await engine.pagefind();
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

let instances = 0;

export class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  /** Says when a correction was searched, with a link to the text as typed. */
  #notice!: HTMLElement;
  #chips!: HTMLElement;
  #list!: HTMLUListElement;
  #filters: SearchFilters = {};
  #active = -1;
  #hits: SearchHit[] = [];
  #sequence = 0;
  /** The URL query of the last settled search (a history entry of its own). */
  #settled = '';
  /** Glossary terms for the last query, suggested when nothing is found. */
  #terms: string[] = [];
  /** Chip groups the user expanded with "더 보기". */
  #expanded = new Set<string>();
  /** The filter chips' toggle and the groups it opens. */
  #filtersToggle!: HTMLButtonElement;
  #groups!: HTMLElement;
  #filtersOpen = false;
  /** The outcome on screen, counted again when the filters open. */
  #outcome: SearchOutcome | undefined;

  connectedCallback(): void {
    const id = `site-search-${++instances}`;
    this.#input = this.querySelector('input[type=search]')!;
    this.#panel = this.querySelector('.search-panel')!;
    this.#status = this.querySelector('.search-status')!;
    this.#notice = el('p', 'search-notice');
    this.#notice.setAttribute('role', 'status');
    this.#status.before(this.#notice);
    this.#chips = this.querySelector('.search-chips')!;
    this.#list = this.querySelector('.search-results')!;
    this.#list.id = `${id}-results`;
    this.#filtersOpen = rememberedOpen();
    this.#filtersToggle = el('button', 'filters-toggle');
    this.#filtersToggle.type = 'button';
    this.#groups = el('div', 'chip-groups');
    this.#groups.id = `${id}-filters`;
    this.#filtersToggle.setAttribute('aria-controls', this.#groups.id);
    this.#filtersToggle.addEventListener('click', () => this.#setFiltersOpen(!this.#filtersOpen));
    this.#chips.replaceChildren();
    // A listbox of result options only once the script drives it (the static HTML stays a plain list).
    this.#list.setAttribute('role', 'listbox');
    this.#input.setAttribute('aria-controls', this.#list.id);
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#open(this.#active >= 0 ? this.#active : 0);
    });
    void loadEngine(this.dataset.base).catch(() => undefined);
    this.#input.addEventListener('input', () => {
      this.#literal = false;
      this.#schedule();
    });
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null) && this.dataset.variant !== 'home') this.#panel.hidden = true;
    });
    this.#input.addEventListener('focus', () => {
      if (this.#input.value.trim()) this.#panel.hidden = false;
    });
    window.addEventListener('popstate', () => this.#restore());
    // Loaded on first focus: what was typed before the code arrived is searched, not cleared.
    if (!new URLSearchParams(location.search).has('q') && this.#input.value.trim()) this.#schedule();
    else this.#restore();
  }

  /** The shared search core with this page's engine: what the box runs, and what the benchmark calls. */
  async find(query: string, filters: SearchFilters = {}, corrections = true): Promise<SearchOutcome> {
    const engine = await loadEngine(this.dataset.base);
    this.#terms = engine.core.suggestTerms(query, engine.lexicon.terms);
    return engine.core.searchKorean(engine, query, { filters, corrections });
  }

  /** True while the box searches the text exactly as typed (after "그대로 찾기"), until the text changes. */
  #literal = false;

  /** Exact chip counts for an outcome of find() with the same filters, over the script table. */
  async countChips(outcome: SearchOutcome, filters: SearchFilters = {}): Promise<Record<string, Record<string, number>>> {
    const { core } = await loadEngine(this.dataset.base);
    if (!outcome.hits.length) return {};
    return Object.fromEntries(chipGroups.map(([, name]) => [name, core.chipCounts(outcome.facets, filters, name)]));
  }

  focusInput(): void {
    this.#input.focus();
    this.#input.select();
  }

  /** Reads ?q= and the filters from the URL (first load, back/forward). */
  #restore(): void {
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.#literal = params.get(literalParam) === '1';
    this.#filters = {};
    for (const name of filterParams) {
      const values = params.getAll(name);
      if (values.length) this.#filters[name] = values;
    }
    this.#settled = location.search;
    // A link with a filter in it is about filtering: show the chips it chose.
    if (Object.keys(this.#filters).length) this.#filtersOpen = true;
    if (this.#input.value.trim()) void this.#search({ history: 'none' });
    else this.#clear();
  }

  /**
   * Searches at once, with no fixed pause: while a search runs, further typing is remembered and the
   * latest text is searched when it ends (older results are dropped by the sequence number).
   */
  #schedule(): void {
    if (this.#running) {
      this.#queued = true;
      return;
    }
    this.#running = true;
    void this.#search({ history: 'replace' }).finally(() => {
      this.#running = false;
      if (this.#queued) {
        this.#queued = false;
        this.#schedule();
      }
    });
  }
  #running = false;
  #queued = false;

  /**
   * Keeps ?q= and the filters in the URL. The first keystroke after a settled search adds a history
   * entry and later keystrokes replace it, so back returns to the previous search, not to each letter;
   * a pause, a chip or opening a result settles it.
   */
  #writeUrl(mode: 'push' | 'replace' | 'none'): void {
    if (mode === 'none') return;
    const params = new URLSearchParams(location.search);
    params.delete('q');
    params.delete(literalParam);
    filterParams.forEach((name) => params.delete(name));
    const q = this.#input.value.trim();
    if (q) params.set('q', q);
    if (q && this.#literal) params.set(literalParam, '1');
    for (const [name, values] of Object.entries(this.#filters)) values.forEach((value) => params.append(name, value));
    const search = params.toString() ? `?${params}` : '';
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (mode === 'replace' && location.search !== this.#settled) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    if (mode === 'push') this.#settled = search;
  }

  async #search({ history }: { history: 'push' | 'replace' | 'none' }): Promise<void> {
    const query = this.#input.value;
    const sequence = ++this.#sequence;
    if (!query.trim()) {
      this.#clear();
      this.#writeUrl(history);
      return;
    }
    this.#panel.hidden = false;
    if (!this.#list.children.length) this.#status.textContent = '검색 중…';
    let outcome: SearchOutcome;
    try {
      outcome = await this.find(query, this.#filters, !this.#literal);
    } catch {
      if (sequence !== this.#sequence) return;
      this.#status.textContent = '검색을 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도해 주세요. 계속 안 되면 사이트 관리자에게 알려 주세요.';
      return;
    }
    if (sequence !== this.#sequence) return;
    this.#render(outcome);
    this.#writeUrl(history);
    this.#outcome = outcome;
    void this.#fillCounts(outcome, sequence);
    if (history === 'replace') {
      clearTimeout(this.#settleTimer);
      this.#settleTimer = setTimeout(() => this.#writeUrl('push'), 800);
    }
  }
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Opens or closes the filter chips (remembered); opening counts the results on screen. */
  #setFiltersOpen(open: boolean): void {
    this.#filtersOpen = open;
    rememberOpen(open);
    this.#filtersToggle.setAttribute('aria-expanded', String(open));
    if (open && this.#outcome) {
      this.#markChipsStale();
      void this.#fillCounts(this.#outcome, this.#sequence);
    } else this.#renderChips({});
  }

  /** Counts the chips after the hits are on screen, when the filters are open; a newer search discards the work. */
  async #fillCounts(outcome: SearchOutcome, sequence: number): Promise<void> {
    if (!this.#filtersOpen || !outcome.hits.length) {
      this.#renderChips({});
      return;
    }
    const filters = structuredClone(this.#filters);
    let counts: Record<string, Record<string, number>>;
    try {
      counts = await this.countChips(outcome, filters);
    } catch {
      if (sequence !== this.#sequence) return;
      this.#groups.replaceChildren();
      this.#chips.removeAttribute('aria-busy');
      return;
    }
    if (sequence !== this.#sequence || !this.#filtersOpen) return;
    this.#renderChips(counts);
  }

  #clear(): void {
    this.#hits = [];
    this.#active = -1;
    this.#list.replaceChildren();
    this.#chips.replaceChildren();
    this.#chips.removeAttribute('aria-busy');
    this.#outcome = undefined;
    this.#status.textContent = '';
    this.#notice.replaceChildren();
    this.#panel.hidden = true;
    this.#input.removeAttribute('aria-activedescendant');
  }

  #render(outcome: SearchOutcome): void {
    this.#hits = outcome.hits;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#markChipsStale();
    const items = outcome.hits.map((hit, index) => this.#renderHit(hit, index));
    this.#list.replaceChildren(...items);
    this.#notice.replaceChildren(...this.#correctionNotice(outcome));
    if (outcome.hits.length) {
      const siteNote = outcome.plan.sites.length && !outcome.siteDropped ? ` · 현장: ${outcome.plan.sites.join(', ')}` : '';
      const shown = outcome.total > outcome.hits.length ? ` 중 관련도 높은 ${outcome.hits.length}건` : '';
      this.#status.textContent = `스크립트 ${outcome.total}건${shown}${siteNote}`;
      return;
    }
    const status = el('p', 'search-empty');
    status.append(el('strong', undefined, `‘${outcome.query.trim()}’`), '에 맞는 스크립트가 없습니다.');
    const suggestions = this.#terms;
    this.#status.replaceChildren(status);
    if (suggestions.length) {
      const box = el('p', 'search-suggest', '이런 용어로 찾아 보세요: ');
      suggestions.forEach((term) => {
        const button = el('button', 'chip', term);
        button.type = 'button';
        button.addEventListener('click', () => {
          this.#input.value = term;
          this.#filters = {};
          void this.#search({ history: 'push' });
          this.#input.focus();
        });
        box.append(button, ' ');
      });
      this.#status.append(box);
    }
  }


  /**
   * When a word was corrected (a typo, or Korean typed with the IME off), say what was searched and
   * offer the text as typed, as the search engines agents know do: "‘환불’로 찾았습니다. ‘환볼’ 그대로 찾기".
   */
  #correctionNotice(outcome: SearchOutcome): (Node | string)[] {
    const fixed = outcome.terms.filter((term) => term.corrected);
    if (!fixed.length) return [];
    const searched = fixed.map((term) => term.corrected!).join(', ');
    const original = outcome.query.trim();
    const link = el('a', 'search-literal', `‘${original}’ 그대로 찾기`);
    const params = new URLSearchParams({ q: original, [literalParam]: '1' });
    link.href = `${location.pathname}?${params}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.#literal = true;
      void this.#search({ history: 'push' });
      this.#input.focus();
    });
    return [el('strong', undefined, `‘${searched}’`), `${josa(searched, '으로/로').slice(searched.length)} 찾은 결과입니다. `, link];
  }

  #renderHit(hit: SearchHit, index: number): HTMLLIElement {
    const item = el('li', 'search-hit');
    item.id = `${this.#list.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = el('a');
    link.href = hit.target;
    link.tabIndex = -1;
    link.append(el('span', 'hit-title', hit.title));
    if (hit.section) link.append(el('span', 'hit-section', hit.section));
    link.append(el('span', 'hit-path', hit.category));
    if (hit.excerpt.length) {
      const excerpt = el('span', 'hit-excerpt');
      hit.excerpt.forEach((part) => excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text)));
      link.append(excerpt);
    }
    if (hit.sites.length) link.append(el('span', 'hit-sites', `현장: ${hit.sites.join(', ')}`));
    item.append(link);
    item.addEventListener('mousedown', (event) => event.preventDefault());
    return item;
  }

  /** Until the new counts arrive, the chips stay (so the layout holds) but show no number. */
  #markChipsStale(): void {
    if (!this.#filtersOpen) return;
    this.#chips.setAttribute('aria-busy', 'true');
    this.#chips.querySelectorAll('.count').forEach((count) => (count.textContent = '…'));
  }

  /** The toggle (with how many values are chosen) and, when open, the chip groups with their counts. */
  #renderChips(counts: Record<string, Record<string, number>>): void {
    const chosen = Object.values(this.#filters).reduce((sum, values) => sum + values.length, 0);
    this.#filtersToggle.textContent = `카테고리·현장으로 좁히기${chosen ? ` (${chosen}개 선택)` : ''}`;
    this.#filtersToggle.setAttribute('aria-expanded', String(this.#filtersOpen));
    this.#groups.hidden = !this.#filtersOpen;
    if (!this.#outcome?.hits.length && !chosen) {
      this.#chips.replaceChildren();
      this.#chips.removeAttribute('aria-busy');
      return;
    }
    if (this.#chips.firstChild !== this.#filtersToggle) this.#chips.replaceChildren(this.#filtersToggle, this.#groups);
    if (!this.#filtersOpen) {
      this.#groups.replaceChildren();
      this.#chips.removeAttribute('aria-busy');
      return;
    }
    const nodes: HTMLElement[] = [];
    for (const [label, name] of chipGroups) {
      const groupCounts = counts[name] ?? {};
      const selected = this.#filters[name] ?? [];
      const ranked = Object.keys(groupCounts).sort((a, b) => groupCounts[b]! - groupCounts[a]! || a.localeCompare(b, 'ko'));
      const expanded = this.#expanded.has(name);
      const shown = [...new Set([...selected, ...(expanded ? ranked : ranked.slice(0, chipsShown))])];
      if (!shown.length) continue;
      const group = el('div', 'chip-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `${label} 필터`);
      group.append(el('span', 'chip-group-label', label));
      for (const value of shown) group.append(this.#chip(name, value, groupCounts[value] ?? 0, selected));
      const hidden = ranked.filter((value) => !shown.includes(value)).length;
      if (hidden || expanded) {
        const more = el('button', 'chip chip-more', expanded ? '접기' : `더 보기 (+${hidden})`);
        more.type = 'button';
        more.setAttribute('aria-expanded', String(expanded));
        more.addEventListener('click', () => {
          if (expanded) this.#expanded.delete(name);
          else this.#expanded.add(name);
          this.#renderChips(counts);
        });
        group.append(more);
      }
      nodes.push(group);
    }
    this.#groups.replaceChildren(...nodes);
    this.#chips.removeAttribute('aria-busy');
  }

  /** One chip: the value's last path part and its exact count; pressing toggles it in its group. */
  #chip(name: string, value: string, count: number, selected: string[]): HTMLButtonElement {
    const pressed = selected.includes(value);
    const chip = el('button', 'chip');
    chip.type = 'button';
    chip.setAttribute('aria-pressed', String(pressed));
    chip.title = value;
    chip.append(value.split(' ▶ ').at(-1)!, ' ', el('span', 'count', String(count)));
    chip.addEventListener('click', () => {
      const next = pressed ? selected.filter((item) => item !== value) : [...selected, value];
      if (next.length) this.#filters[name] = next;
      else delete this.#filters[name];
      void this.#search({ history: 'push' });
    });
    return chip;
  }

  #move(delta: number): void {
    if (!this.#hits.length) return;
    const items = [...this.#list.children] as HTMLElement[];
    items[this.#active]?.setAttribute('aria-selected', 'false');
    // Positions cycle through the results and back to the input (-1).
    this.#active = ((this.#active + 1 + delta + items.length + 1) % (items.length + 1)) - 1;
    const item = items[this.#active];
    if (item) {
      item.setAttribute('aria-selected', 'true');
      this.#input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #open(index: number): void {
    const hit = this.#hits[index];
    if (!hit) return;
    this.#writeUrl('push');
    location.assign(hit.target);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#panel.hidden = false;
      this.#move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.#move(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#open(this.#active >= 0 ? this.#active : 0);
    } else if (event.key === 'Escape') {
      // A search input clears itself on Escape; the first Escape only closes the list.
      event.preventDefault();
      if (!this.#panel.hidden && this.dataset.variant !== 'home' && this.#hits.length) {
        this.#panel.hidden = true;
        this.#move(-(this.#active + 1));
      }
      else {
        this.#input.value = '';
        void this.#search({ history: 'push' });
      }
    }
  }
}

/** `/` or Ctrl+K (⌘K) focuses the page's main search box, unless the user is typing elsewhere. */
function onGlobalKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable=true]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const box = document.querySelector<SiteSearch>('site-search[data-primary]') ?? document.querySelector<SiteSearch>('site-search');
  if (!box) return;
  event.preventDefault();
  box.focusInput();
}

if (!customElements.get('site-search')) {
  customElements.define('site-search', SiteSearch);
  document.addEventListener('keydown', onGlobalKey);
}
