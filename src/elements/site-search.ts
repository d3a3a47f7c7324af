/**
 * <site-search>: the search box with results as you type. Runs the shared Korean search core
 * (searchKorean, loaded by search-engine.ts), keeps `?q=`, the filters and `literal=1` in the URL
 * (contract/search-url.ts), and puts together what the other parts show: the results, status and
 * correction notice (search-results-view.ts), the filter chips (search-filter-chips.ts) and the
 * keyboard (search-keys.ts). Everything the user typed is rendered as text only.
 */
import type { SearchFilters, SearchHit, SearchOutcome } from '../search/client';
import * as dom from './contract/dom-names';
import { formatSearchUrl, parseSearchUrl, searchParams } from './contract/search-url';
import { track } from './box-activity';
import { loadEngine } from './search-engine';
import { chipGroups, FilterChips, type ChipCounts } from './search-filter-chips';
import { ResultCursor, searchKeyAction } from './search-keys';
import { isSearchShortcut } from './search-shortcut';
import { correctionNotice, foundStatus, hitItem, notFoundStatus } from './search-results-view';
import { el } from './search-dom';

export { warmSearch } from './search-engine';

let instances = 0;

/** Runs `task` once the next frame has been painted. */
const afterPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

export class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  /** Says when a correction was searched, with a link to the text as typed. */
  #notice!: HTMLElement;
  #list!: HTMLUListElement;
  #chips!: FilterChips;
  #cursor!: ResultCursor;
  #filters: SearchFilters = {};
  #hits: SearchHit[] = [];
  #sequence = 0;
  /** The URL query of the last settled search (a history entry of its own). */
  #settled = '';
  /** Glossary terms for the last query, suggested when nothing is found. */
  #terms: string[] = [];
  /** True while the box searches the text exactly as typed (after "그대로 찾기"), until the text changes. */
  #literal = false;
  /** The outcome on screen, counted again when the filters open. */
  #outcome: SearchOutcome | undefined;

  connectedCallback(): void {
    const id = `site-search-${++instances}`;
    this.#input = this.querySelector(dom.byClass(dom.searchInputClass))!;
    this.#panel = this.querySelector(dom.byClass(dom.searchPanelClass))!;
    this.#status = this.querySelector(dom.byClass(dom.searchStatusClass))!;
    this.#notice = el('p', 'search-notice');
    this.#notice.setAttribute('role', 'status');
    this.#status.before(this.#notice);
    this.#list = this.querySelector(dom.byClass(dom.searchResultsClass))!;
    this.#list.id = `${id}-results`;
    this.#cursor = new ResultCursor(this.#input, this.#list);
    this.#chips = new FilterChips(this.querySelector(dom.byClass(dom.searchChipsClass))!, `${id}-filters`, {
      toggled: (open) => this.#filtersToggled(open),
      chose: (name, values) => {
        if (values.length) this.#filters[name] = values;
        else delete this.#filters[name];
        void this.#search({ history: 'push' });
      },
    });
    // A listbox of result options only once the script drives it (the static HTML stays a plain list).
    this.#list.setAttribute('role', 'listbox');
    this.#input.setAttribute('aria-controls', this.#list.id);
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#open(this.#cursor.active >= 0 ? this.#cursor.active : 0);
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
    if (!new URLSearchParams(location.search).has(searchParams.query) && this.#input.value.trim()) this.#schedule();
    else this.#restore();
  }

  /**
   * The shared search core with this page's engine: what the box runs, and what the benchmark calls.
   * `onFirstLook` gets the hits from memory while their text loads (src/search/first-look.ts).
   */
  find(query: string, filters: SearchFilters = {}, corrections = true, onFirstLook?: (outcome: SearchOutcome, textPending: boolean) => void | Promise<void>): Promise<SearchOutcome> {
    return track(
      (async () => {
        const engine = await loadEngine(this.dataset.base);
        this.#terms = engine.core.suggestTerms(query, engine.lexicon.terms);
        return engine.core.searchKorean(engine, query, { filters, corrections, onFirstLook });
      })(),
    );
  }

  /** Exact chip counts for an outcome of find() with the same filters, over the script table. */
  async countChips(outcome: SearchOutcome, filters: SearchFilters = {}): Promise<ChipCounts> {
    const { core } = await loadEngine(this.dataset.base);
    if (!outcome.hits.length) return {};
    return Object.fromEntries(chipGroups.map(([, name]) => [name, core.chipCounts(outcome.facets, filters, name)]));
  }

  focusInput(): void {
    this.#input.focus();
    this.#input.select();
  }

  /** Reads ?q=, literal and the filters from the URL (first load, back/forward). */
  #restore(): void {
    const state = parseSearchUrl(location.search);
    this.#input.value = state.query;
    this.#literal = state.literal;
    this.#filters = state.filters;
    this.#settled = location.search;
    // A link with a filter in it is about filtering: show the chips it chose.
    if (Object.keys(this.#filters).length) this.#chips.setOpen(true, { remember: false });
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
   * Keeps the box's state in the URL. The first keystroke after a settled search adds a history
   * entry and later keystrokes replace it, so back returns to the previous search, not to each letter;
   * a pause, a chip or opening a result settles it.
   */
  #writeUrl(mode: 'push' | 'replace' | 'none'): void {
    if (mode === 'none') return;
    const search = formatSearchUrl({ query: this.#input.value, literal: this.#literal, filters: this.#filters }, location.search);
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
      // Titles first when the hits' text has to come over the network (asked for once they are painted);
      // the list is busy until it has come.
      outcome = await this.find(query, this.#filters, !this.#literal, (firstLook, textPending) => {
        if (!textPending || sequence !== this.#sequence) return;
        this.#render(firstLook);
        return new Promise<void>((resolve) => afterPaint(resolve));
      });
    } catch {
      if (sequence !== this.#sequence) return;
      this.#list.removeAttribute('aria-busy');
      this.#status.textContent = '검색을 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도해 주세요. 계속 안 되면 사이트 관리자에게 알려 주세요.';
      return;
    }
    if (sequence !== this.#sequence) return;
    this.#render(outcome);
    this.#outcome = outcome;
    // The hits are painted first: a history entry costs the browser a few to 25 ms on a busy machine, and
    // counting the chips of 10,000 scripts tens of ms (in the same task, it would hold the hits' frame back).
    afterPaint(() => {
      if (sequence !== this.#sequence) return;
      this.#writeUrl(history);
      void this.#fillCounts(outcome, sequence);
    });
    if (history === 'replace') {
      clearTimeout(this.#settleTimer);
      this.#settleTimer = setTimeout(() => this.#writeUrl('push'), 800);
    }
  }
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  /** The filters opened or closed: opening counts the results on screen. */
  #filtersToggled(open: boolean): void {
    if (open && this.#outcome) {
      this.#chips.markStale();
      void this.#fillCounts(this.#outcome, this.#sequence);
    } else this.#chips.render({}, this.#filters, !!this.#outcome?.hits.length);
  }

  /** Counts the chips after the hits are on screen, when the filters are open; a newer search discards the work. */
  async #fillCounts(outcome: SearchOutcome, sequence: number): Promise<void> {
    if (!this.#chips.open || !outcome.hits.length) {
      this.#chips.render({}, this.#filters, !!this.#outcome?.hits.length);
      return;
    }
    const filters = structuredClone(this.#filters);
    let counts: ChipCounts;
    try {
      counts = await this.countChips(outcome, filters);
    } catch {
      if (sequence !== this.#sequence) return;
      this.#chips.fail();
      return;
    }
    if (sequence !== this.#sequence || !this.#chips.open) return;
    this.#chips.render(counts, this.#filters, !!this.#outcome?.hits.length);
  }

  #clear(): void {
    this.#hits = [];
    this.#cursor.reset();
    this.#list.replaceChildren();
    this.#list.removeAttribute('aria-busy');
    this.#chips.clear();
    this.#outcome = undefined;
    this.#status.textContent = '';
    this.#notice.replaceChildren();
    this.#panel.hidden = true;
  }

  #render(outcome: SearchOutcome): void {
    // The result the arrows reached stays reached when the same query's list is drawn again (the first look, then the text's order).
    const sameQuery = this.#list.dataset[dom.resultsQueryData] === outcome.query.trim();
    const reached = sameQuery ? this.#hits[this.#cursor.active]?.id : undefined;
    this.#hits = outcome.hits;
    // Which query the list shows (the URL follows after the paint).
    this.#list.dataset[dom.resultsQueryData] = outcome.query.trim();
    if (outcome.firstLook) this.#list.setAttribute('aria-busy', 'true');
    else this.#list.removeAttribute('aria-busy');
    this.#cursor.reset();
    this.#chips.markStale();
    // Closed filters show their toggle with the first look already, so the list does not move when the text comes.
    if (outcome.firstLook && !this.#chips.open) this.#chips.render({}, this.#filters, outcome.hits.length > 0);
    this.#list.replaceChildren(...outcome.hits.map((hit, index) => hitItem(hit, `${this.#list.id}-${index}`, outcome.firstLook)));
    const again = reached === undefined ? -1 : outcome.hits.findIndex((hit) => hit.id === reached);
    if (again >= 0) this.#cursor.move(again + 1);
    const literalHref = `${location.pathname}${formatSearchUrl({ query: outcome.query, literal: true, filters: {} })}`;
    this.#notice.replaceChildren(
      ...correctionNotice(outcome, literalHref, () => {
        this.#literal = true;
        void this.#search({ history: 'push' });
        this.#input.focus();
      }),
    );
    if (outcome.hits.length) {
      this.#status.textContent = foundStatus(outcome);
      return;
    }
    this.#status.replaceChildren(
      ...notFoundStatus(outcome.query, this.#terms, (term) => {
        this.#input.value = term;
        this.#filters = {};
        void this.#search({ history: 'push' });
        this.#input.focus();
      }),
    );
  }

  #open(index: number): void {
    const hit = this.#hits[index];
    if (!hit) return;
    this.#writeUrl('push');
    location.assign(hit.target);
  }

  #onKey(event: KeyboardEvent): void {
    const action = searchKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'next') {
      this.#panel.hidden = false;
      this.#cursor.move(1);
    } else if (action === 'previous') this.#cursor.move(-1);
    else if (action === 'open') this.#open(this.#cursor.active >= 0 ? this.#cursor.active : 0);
    // A search input clears itself on Escape; the first Escape only closes the list.
    else if (!this.#panel.hidden && this.dataset.variant !== 'home' && this.#hits.length) {
      this.#panel.hidden = true;
      this.#cursor.leave();
    } else {
      this.#input.value = '';
      void this.#search({ history: 'push' });
    }
  }
}

/** `/` or Ctrl+K (⌘K) focuses the page's main search box, unless the user is typing elsewhere. */
function onGlobalKey(event: KeyboardEvent): void {
  if (!isSearchShortcut(event)) return;
  const box = document.querySelector<SiteSearch>(`${dom.siteSearchElement}[data-primary]`) ?? document.querySelector<SiteSearch>(dom.siteSearchElement);
  if (!box) return;
  event.preventDefault();
  box.focusInput();
}

if (!customElements.get(dom.siteSearchElement)) {
  customElements.define(dom.siteSearchElement, SiteSearch);
  document.addEventListener('keydown', onGlobalKey);
}
