/**
 * Queries typed into the real <site-search> box as an agent uses it: on a page open for a second
 * (the search warmed at idle) a first query, a later one, opening the filter chips, and a later one
 * with them open — the time until the hits (their first look, then their final order and excerpts, or
 * the chip counts) are on screen; and a cold first
 * query (entered as soon as the page has loaded) with every response it causes, by kind: the box's
 * code, the lexicon and search data, Pagefind's runtime and chunks, the hits' fragments.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';

/** What a query's bytes went to. */
export type TrafficKind = 'box code' | 'lexicon' | 'search data' | 'pagefind runtime' | 'index chunks' | 'filter chunks' | 'fragments' | 'other';

export interface QueryCost {
  query: string;
  /** From the input event of the text (or the click that opens the filters) until the hits are shown; for opening the filters, until the chip counts are. */
  ms: number;
  /** What the harness took before the page had that event (not counted in `ms`). */
  harnessMs: number;
  /** … until the hits are in their final order with their excerpts (the first look shows titles before that). */
  finalMs: number;
  /** … until the chip counts are filled too (the same as `finalMs` while the filters are closed). */
  countsMs: number;
  /** Compressed response bytes of every request the query caused, hits and counts. */
  bytes: number;
  requests: number;
  byKind: Partial<Record<TrafficKind, number>>;
  /** Hits shown. */
  results: number;
}

export function trafficKind(pathname: string): TrafficKind {
  if (pathname === '/search/lexicon.json') return 'lexicon';
  if (pathname.startsWith('/search/')) return 'search data';
  if (pathname.startsWith('/pagefind/index/')) return 'index chunks';
  if (pathname.startsWith('/pagefind/filter/')) return 'filter chunks';
  if (pathname.startsWith('/pagefind/fragment/')) return 'fragments';
  if (pathname.startsWith('/pagefind/')) return 'pagefind runtime';
  if (/\.m?js$/.test(pathname)) return 'box code';
  return 'other';
}

/** Every request of the browser context (page and Pagefind's worker) from now on, with its bytes. */
function contextTraffic(context: BrowserContext) {
  let pending = 0;
  let finished: Request[] = [];
  context.on('request', () => pending++);
  const done = (request: Request) => {
    pending--;
    finished.push(request);
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    /**
     * Waits until no request is in flight, then returns the bytes since the last take of the requests the
     * browser started by `until` (epoch ms, its own clock) and not before `since`, and resets. Those started
     * later are the idle warm-up's, which resumes once the hits are shown, not the query's (counting them made
     * the cold query's bytes depend on how long the harness took to look); those started before `since` are
     * the page's own (the cold query's page view).
     */
    async take(until = Infinity, since = -Infinity): Promise<Pick<QueryCost, 'bytes' | 'requests' | 'byKind'>> {
      for (let waited = 0; pending > 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const requests = finished.filter((request) => request.timing().startTime <= until && request.timing().startTime >= since);
      finished = [];
      const byKind: QueryCost['byKind'] = {};
      let bytes = 0;
      for (const request of requests) {
        // A request the service worker answered is counted once, as the worker's own fetch (if any).
        if ((await request.response())?.fromServiceWorker()) continue;
        const size = (await request.sizes()).responseBodySize;
        const kind = trafficKind(new URL(request.url()).pathname);
        byKind[kind] = (byKind[kind] ?? 0) + size;
        bytes += size;
      }
      return { bytes, requests: requests.length, byKind };
    },
  };
}

export interface VisitCosts {
  /** First query on a page open for a second (the search warmed at idle). */
  first: QueryCost;
  /** A later query with the filters closed. */
  later: QueryCost;
  /** Opening the filter chips after it: until their counts are shown. */
  filters: QueryCost;
  /** A later query with the filters open (hits, then counts). */
  followUp: QueryCost;
}

type Moment = 'hits' | 'final' | 'counts';

/** What the meter keeps in the page. */
interface BenchClock {
  /** performance.now() when the harness armed the meter (before Playwright delivers the text or click). */
  benchClock: number;
  /** The `timeStamp` of the input (or click) event the query caused: where the agent's wait begins. */
  benchStart: number | undefined;
  /** Milliseconds from that event to the first frame that showed each moment. */
  benchMarks: Partial<Record<Moment, number>>;
}

/** The marks, what the harness took, and the epoch ms (the browser's clock) when the last moment was shown. */
type Marks = Record<Moment | 'harness' | 'shownAt', number>;

/**
 * How long the box takes to show hits (or chip counts) after the agent acts, and the responses it caused.
 * The text is entered at once (a paste, or fast typing), so each query is one search. The page times itself:
 * the clock starts at the `input` (or `click`) event's timeStamp, as a keystroke's latency is measured, and a
 * requestAnimationFrame watcher armed before the act notes the first frame that shows the hits, their final
 * order and the chip counts. Playwright only collects the marks, so its own round trips (delivering the text,
 * starting to poll — tens of ms on a busy 2-core machine) never count; what it took to deliver the event is
 * reported apart (`harnessMs`).
 */
function meter(page: import('playwright-core').Page, traffic: ReturnType<typeof contextTraffic>, since = -Infinity) {
  const input = page.locator('site-search input[type=search]').first();
  const arm = (event: 'input' | 'click', query: string, needChips: boolean) =>
    page.evaluate(
      ({ event, query, needChips }) => {
        const clock = window as unknown as BenchClock;
        clock.benchClock = performance.now();
        clock.benchStart = undefined;
        clock.benchMarks = {};
        document.addEventListener(event, (caused) => (clock.benchStart = caused.timeStamp), { capture: true, once: true });
        const watch = () => {
          const box = document.querySelector('site-search');
          const list = box?.querySelector<HTMLElement>('.search-results');
          // The list says which query its hits are for (data-query, set as they are drawn); opening the
          // filters waits for the chips too.
          const shown = list?.dataset.query === query && !!box?.querySelector('.search-hit, .search-empty') && (!needChips || !!box?.querySelector('.chip-group'));
          // The first look (titles from memory) marks the list busy until the text's order and excerpts are drawn.
          const final = shown && !list?.hasAttribute('aria-busy');
          const counts = final && !box?.querySelector('.search-chips')?.hasAttribute('aria-busy');
          if (clock.benchStart !== undefined) {
            const ms = performance.now() - clock.benchStart || 0.001;
            for (const [moment, ready] of [['hits', shown], ['final', final], ['counts', counts]] as const) if (ready) clock.benchMarks[moment] ??= ms;
          }
          if (clock.benchMarks.counts === undefined) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      },
      { event, query: query.trim(), needChips },
    );
  const marks = () =>
    page
      .waitForFunction(() => {
        const clock = window as unknown as BenchClock;
        const { counts } = clock.benchMarks;
        return counts !== undefined && { ...clock.benchMarks, harness: (clock.benchStart ?? NaN) - clock.benchClock, shownAt: performance.timeOrigin + clock.benchStart! + counts };
      }, undefined, { polling: 100, timeout: 60_000 })
      .then((handle) => handle.jsonValue() as Promise<Marks>);
  const results = () => page.locator('site-search .search-hit').count();
  return {
    async query(query: string): Promise<QueryCost> {
      await input.focus();
      await arm('input', query, false);
      await input.fill(query);
      const { hits, final, counts, harness, shownAt } = await marks();
      return { query, ms: hits, finalMs: final, countsMs: counts, harnessMs: harness, results: await results(), ...(await traffic.take(shownAt, since)) };
    },
    async openFilters(query: string): Promise<QueryCost> {
      await arm('click', query, true);
      await page.locator('site-search .filters-toggle').first().click();
      const { counts, harness, shownAt } = await marks();
      return { query: `${query} + 필터 열기`, ms: counts, finalMs: counts, countsMs: counts, harnessMs: harness, results: await results(), ...(await traffic.take(shownAt)) };
    },
  };
}

/**
 * One visit as an agent works: the page has been open a second (the search warmed at idle), then
 * a first query, a later query, opening the filters, and a later query with them open.
 */
export async function measureBoxQueries(browser: Browser, url: string, first: string, later: string, followUp: string): Promise<VisitCosts> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const traffic = contextTraffic(context);
    const box = meter(page, traffic);
    const firstCost = await box.query(first);
    const laterCost = await box.query(later);
    const filters = await box.openFilters(later);
    const followUpCost = await box.query(followUp);
    return { first: firstCost, later: laterCost, filters, followUp: followUpCost };
  } finally {
    await context.close();
  }
}

/**
 * A cold first query: the box is focused as the page appears and the query entered as soon as it has
 * loaded, before the idle warm-up;
 * every request started after the page itself (its HTML, CSS and first script: before DOMContentLoaded)
 * until the hits show (search code, data, fragments, and Pagefind if the query needs it) is what it costs.
 */
export async function measureColdQuery(browser: Browser, url: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The agent is in the box as the page appears and types once it has loaded. The idle warm-up waits
    // while the box is in use (box-activity.ts), so it never starts before the query. The page focuses the
    // box itself at DOMContentLoaded, which always comes before the load event the warm-up waits for: a
    // harness that focused it from outside, after the load event (or after DOMContentLoaded, a round trip
    // later), could be slower than the page's idle and counted the warm-up's first file (the script cards,
    // 118 kB at 10,000 scripts) as the query's.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.querySelector<HTMLInputElement>('site-search input[type=search]')?.focus(), { once: true }));
    const traffic = contextTraffic(context);
    await page.goto(url, { waitUntil: 'load' });
    // The page itself (HTML, CSS, its first script: before DOMContentLoaded) is the page view's cost, not the query's.
    const parsed = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
    return await meter(page, traffic, parsed).query(query);
  } finally {
    await context.close();
  }
}
