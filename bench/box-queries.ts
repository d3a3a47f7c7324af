/**
 * A first query typed into the real <site-search> box on a cold page, then opening its filter chips,
 * then a follow-up query, as an agent uses it: the time until the hits (or, for the filters, the
 * chip counts) are on screen, and every response each step causes (the box's lazily loaded code, the
 * lexicon, Pagefind's JS, worker, wasm and metadata, index and filter chunks, the loaded results'
 * fragments), by kind. The filters are closed on a first visit, so the first query fetches no filter
 * chunks; opening them does, once per page.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';

/** What a query's bytes went to. */
export type TrafficKind = 'box code' | 'lexicon' | 'pagefind runtime' | 'index chunks' | 'filter chunks' | 'fragments' | 'other';

export interface QueryCost {
  query: string;
  /** From focusing the box (first query) or entering the text (follow-up) until the hits are shown; for opening the filters, until the chip counts are. */
  ms: number;
  /** … until the chip counts are filled too (the same as `ms` while the filters are closed). */
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
  first: QueryCost;
  /** Opening the filter chips after the first query: their counts' data and time. */
  filters: QueryCost;
  followUp: QueryCost;
}

/**
 * One cold visit: open the page, focus its search box and enter `first` (loads the box's code,
 * Pagefind and the lexicon) and wait for the hits; open the filters and wait for the chip counts;
 * then enter `followUp` and wait for its hits and counts. The text is entered at once (a paste, or
 * typing within the box's 40 ms pause), so each query is one search.
 */
export async function measureBoxQueries(browser: Browser, url: string, first: string, followUp: string): Promise<VisitCosts> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const traffic = contextTraffic(context);
    const input = page.locator('site-search input[type=search]').first();
    const startClock = () => page.evaluate(() => ((window as unknown as { benchStart: number }).benchStart = performance.now()));
    const elapsed = (query: string, until: 'hits' | 'counts') =>
        page
          .waitForFunction(
            ({ query, until }) => {
              const box = document.querySelector('site-search');
              const shown = new URLSearchParams(location.search).get('q') === query && box?.querySelector('.search-hit, .search-empty');
              const ready = until === 'hits' ? shown : shown && !box?.querySelector('.search-chips')?.hasAttribute('aria-busy');
              return ready ? performance.now() - (window as unknown as { benchStart: number }).benchStart || 0.001 : false;
            },
            { query: query.trim(), until },
            { polling: 'raf', timeout: 60_000 },
          )
          .then((handle) => handle.jsonValue() as Promise<number>);
    const results = () => page.locator('site-search .search-hit').count();
    const run = async (query: string): Promise<QueryCost> => {
      await startClock();
      await input.focus();
      await input.fill(query);
      const ms = await elapsed(query, 'hits');
      const countsMs = await elapsed(query, 'counts');
      return { query, ms, countsMs, results: await results(), ...(await traffic.take()) };
    };
    const openFilters = async (query: string): Promise<QueryCost> => {
      await startClock();
      await page.locator('site-search .filters-toggle').first().click();
      await page.locator('site-search .chip-group').first().waitFor({ timeout: 60_000 });
      const ms = await elapsed(query, 'counts');
      return { query: `${query} + 필터 열기`, ms, countsMs: ms, results: await results(), ...(await traffic.take()) };
    };
    const firstCost = await run(first);
    const filters = await openFilters(first);
    const followUpCost = await run(followUp);
    return { first: firstCost, filters, followUp: followUpCost };
  } finally {
    await context.close();
  }
}
