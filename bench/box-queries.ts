/**
 * A first and a follow-up query typed into the real <site-search> box on a cold page, as an agent
 * uses it: the time until the hits are on screen, the time until the chip counts are filled, and
 * every response the query causes (the box's lazily loaded code, the lexicon, Pagefind's JS, worker,
 * wasm and metadata, index and filter chunks, the loaded results' fragments), by kind.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';

/** What a query's bytes went to. */
export type TrafficKind = 'box code' | 'lexicon' | 'pagefind runtime' | 'index chunks' | 'filter chunks' | 'fragments' | 'other';

export interface QueryCost {
  query: string;
  /** From focusing the box (first query) or entering the text (follow-up) until the hits are shown. */
  ms: number;
  /** … until the chip counts are filled (after the hits). */
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

/**
 * One cold visit: open the page, focus its search box and enter `first` (loads the box's code,
 * Pagefind and the lexicon), wait for the hits and then the chip counts; then `followUp` the same way.
 * The text is entered at once (a paste, or typing within the box's 40 ms pause), so each query is
 * one search.
 */
export async function measureBoxQueries(browser: Browser, url: string, first: string, followUp: string): Promise<[QueryCost, QueryCost]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const traffic = contextTraffic(context);
    const input = page.locator('site-search input[type=search]').first();
    const run = async (query: string): Promise<QueryCost> => {
      await page.evaluate(() => ((window as unknown as { benchStart: number }).benchStart = performance.now()));
      await input.focus();
      await input.fill(query);
      const elapsed = (until: string) =>
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
      const ms = await elapsed('hits');
      const countsMs = await elapsed('counts');
      const results = await page.locator('site-search .search-hit').count();
      return { query, ms, countsMs, results, ...(await traffic.take()) };
    };
    const a = await run(first);
    const b = await run(followUp);
    return [a, b];
  } finally {
    await context.close();
  }
}
