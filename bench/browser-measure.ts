/**
 * What a visitor's Chromium pays: the bytes of a page's first view by type, and the bytes and time
 * of a first and a follow-up Pagefind query. Sizes come from the page's own Resource Timing
 * (encodedBodySize: compressed bytes on the wire, headers excluded), so they match what a static
 * host with gzip sends.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Request } from 'playwright-core';

export interface PageWeight {
  /** Gzip bytes fetched on first view, search chunks excluded. */
  html: number;
  css: number;
  js: number;
  other: number;
  /** Gzip bytes of inline <style> and <script> inside the HTML (already counted in html). */
  inlineCss: number;
  inlineJs: number;
  requests: number;
  /** Bytes under /pagefind/ fetched without a query (should be 0: search loads on first use). */
  searchOnLoad: number;
}

const gzipBytes = (text: string) => (text.trim() ? gzipSync(text, { level: 9 }).length : 0);

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const { html, resources, inlineCss, inlineJs } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
      const jsTypes = ['', 'module', 'text/javascript', 'application/javascript'];
      const inlineJs = [...document.querySelectorAll('script:not([src])')].filter((s) => jsTypes.includes(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? '');
      const inlineCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
      return { html: navigation.encodedBodySize, resources, inlineCss, inlineJs };
    });
    const weight: PageWeight = { html, css: 0, js: 0, other: 0, inlineCss: 0, inlineJs: 0, requests: 1 + resources.length, searchOnLoad: 0 };
    for (const { path, bytes } of resources) {
      if (path.startsWith('/pagefind/')) weight.searchOnLoad += bytes;
      else if (/\.m?js$/.test(path)) weight.js += bytes;
      else if (path.endsWith('.css')) weight.css += bytes;
      else weight.other += bytes;
    }
    // Inline code is served inside the HTML; count it again under its type so budgets see all of it.
    weight.inlineCss = inlineCss.reduce((sum, text) => sum + gzipBytes(text), 0);
    weight.inlineJs = inlineJs.reduce((sum, text) => sum + gzipBytes(text), 0);
    return weight;
  } finally {
    await context.close();
  }
}

export interface QueryCost {
  query: string;
  ms: number;
  bytes: number;
  requests: number;
  results: number;
}

/** Results whose excerpts a search box shows at once; their fragments are part of a query's cost. */
export const shownResults = 5;

/** Bytes of the requests a page makes under /pagefind/, counted from the network (Pagefind fetches from a worker). */
function pagefindTraffic(context: BrowserContext) {
  let pending = 0;
  let finished: Request[] = [];
  const isSearch = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
  context.on('request', (request) => isSearch(request) && pending++);
  const done = (request: Request) => {
    if (!isSearch(request)) return;
    pending--;
    finished.push(request);
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    /** Waits until every search request has finished, then returns their bytes and resets. */
    async take(): Promise<{ bytes: number; requests: number }> {
      for (let waited = 0; pending > 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const requests = finished;
      finished = [];
      const sizes = await Promise.all(requests.map((request) => request.sizes()));
      return { bytes: sizes.reduce((sum, size) => sum + size.responseBodySize, 0), requests: requests.length };
    },
  };
}

/**
 * One cold visit: open the page, then run `first` (loads Pagefind, its worker and wasm, metadata,
 * index chunks and the shown results' fragments) and `followUp` in the same page.
 */
export async function measureQueries(browser: Browser, url: string, first: string, followUp: string): Promise<[QueryCost, QueryCost]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const traffic = pagefindTraffic(context);
    await traffic.take();
    const run = async (query: string): Promise<QueryCost> => {
      const { ms, results } = await page.evaluate(
        async ({ query, shown }) => {
          const start = performance.now();
          type Pagefind = { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
          const w = window as unknown as { benchPagefind?: Promise<Pagefind> };
          // A variable specifier keeps bundlers and TypeScript from resolving the site's runtime file.
          const specifier = '/pagefind/pagefind.js';
          w.benchPagefind ??= import(specifier) as Promise<Pagefind>;
          const pagefind = await w.benchPagefind;
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
          return { ms: performance.now() - start, results: search.results.length };
        },
        { query, shown: shownResults },
      );
      return { query, ms, results, ...(await traffic.take()) };
    };
    const a = await run(first);
    const b = await run(followUp);
    return [a, b];
  } finally {
    await context.close();
  }
}

export const median = (values: number[]) => percentile(values, 50);

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
