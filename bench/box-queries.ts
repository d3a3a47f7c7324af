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
    /** Waits until no request is in flight, then returns the bytes since the last take and resets. */
    async take(): Promise<Pick<QueryCost, 'bytes' | 'requests' | 'byKind'>> {
      for (let waited = 0; pending > 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const requests = finished;
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

/** What the meter keeps in the page. */
interface BenchClock {
  /** performance.now() when the harness started the query (before Playwright delivers the text or click). */
  benchClock: number;
  /** The `timeStamp` of the input (or click) event the query caused: where the agent's wait begins. */
  benchStart: number | undefined;
}

/**
 * How long the box takes to show hits (or chip counts) after `act`, and the responses it caused.
 * The text is entered at once (a paste, or fast typing), so each query is one search. The time runs from
 * the `input` (or `click`) event's timeStamp, as a keystroke's latency is measured: what Playwright spends
 * before the page has the event (its round trips and actionability checks, several ms on a busy 2-core
 * machine) is not the box's and is reported apart (`harnessMs`).
 */
function meter(page: import('playwright-core').Page, traffic: ReturnType<typeof contextTraffic>) {
  const input = page.locator('site-search input[type=search]').first();
  const startClock = (event: 'input' | 'click') =>
    page.evaluate((event) => {
      const clock = window as unknown as BenchClock;
      clock.benchClock = performance.now();
      clock.benchStart = undefined;
      document.addEventListener(event, (caused) => (clock.benchStart = caused.timeStamp), { capture: true, once: true });
    }, event);
  const harnessMs = () => page.evaluate(() => ((window as unknown as BenchClock).benchStart ?? NaN) - (window as unknown as BenchClock).benchClock);
  const elapsed = (query: string, until: 'hits' | 'final' | 'counts') =>
    page
      .waitForFunction(
        ({ query, until }) => {
          const box = document.querySelector('site-search');
          // The list says which query its hits are for (data-query, set as they are drawn).
          const shown = box?.querySelector<HTMLElement>('.search-results')?.dataset.query === query && box?.querySelector('.search-hit, .search-empty');
          // The first look (titles from memory) marks the list busy until the text's order and excerpts are drawn.
          const final = shown && !box?.querySelector('.search-results')?.hasAttribute('aria-busy');
          const ready = until === 'hits' ? shown : until === 'final' ? final : final && !box?.querySelector('.search-chips')?.hasAttribute('aria-busy');
          const start = (window as unknown as BenchClock).benchStart;
          return ready && start !== undefined ? performance.now() - start || 0.001 : false;
        },
        { query: query.trim(), until },
        { polling: 'raf', timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
  const results = () => page.locator('site-search .search-hit').count();
  return {
    async query(query: string): Promise<QueryCost> {
      await input.focus();
      await startClock('input');
      await input.fill(query);
      const ms = await elapsed(query, 'hits');
      const finalMs = await elapsed(query, 'final');
      const countsMs = await elapsed(query, 'counts');
      return { query, ms, finalMs, countsMs, harnessMs: await harnessMs(), results: await results(), ...(await traffic.take()) };
    },
    async openFilters(query: string): Promise<QueryCost> {
      await startClock('click');
      await page.locator('site-search .filters-toggle').first().click();
      await page.locator('site-search .chip-group').first().waitFor({ timeout: 60_000 });
      const ms = await elapsed(query, 'counts');
      return { query: `${query} + 필터 열기`, ms, finalMs: ms, countsMs: ms, harnessMs: await harnessMs(), results: await results(), ...(await traffic.take()) };
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
 * A cold first query: the query is entered as soon as the page has loaded, before the idle warm-up;
 * every response after the load event until the hits show (search code, data, fragments, and
 * Pagefind if the query needs it) is what it costs.
 */
export async function measureColdQuery(browser: Browser, url: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const traffic = contextTraffic(context);
    return await meter(page, traffic).query(query);
  } finally {
    await context.close();
  }
}
