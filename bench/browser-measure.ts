/**
 * What a visitor's Chromium pays for a page's first view: bytes by type, from the page's own Resource
 * Timing (encodedBodySize: compressed bytes on the wire, headers excluded), so they match what a
 * static host with gzip sends. Queries through the search box: bench/box-queries.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

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
  /** Bytes under /pagefind/ fetched before the page's load event (should be 0: search loads at idle or on first use). */
  searchOnLoad: number;
  /** Bytes fetched after the load event without any input: the search warming up at idle. */
  idle?: number;
}

const gzipBytes = (text: string) => (text.trim() ? gzipSync(text, { level: 9 }).length : 0);

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    // First view: what loads until the load event; later requests are the idle warm-up of the search.
    const { html, resources, inlineCss, inlineJs } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize, idle: entry.startTime > navigation.loadEventEnd }));
      const jsTypes = ['', 'module', 'text/javascript', 'application/javascript'];
      const inlineJs = [...document.querySelectorAll('script:not([src])')].filter((s) => jsTypes.includes(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? '');
      const inlineCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
      return { html: navigation.encodedBodySize, resources, inlineCss, inlineJs };
    });
    const weight: PageWeight = { html, css: 0, js: 0, other: 0, inlineCss: 0, inlineJs: 0, requests: 1, searchOnLoad: 0, idle: 0 };
    for (const { path, bytes, idle } of resources) {
      if (idle) {
        weight.idle! += bytes;
        continue;
      }
      weight.requests++;
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

export const median = (values: number[]) => percentile(values, 50);

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
