/** How the benchmark asks a built page for results: the page's <site-search>.find, i.e. searchKorean. */
import type { Page } from 'playwright-core';

export interface PageHit {
  id: string;
  target: string;
}

/** Runs one query through the page's search core; returns the hits and the time the call took. */
export function searchInPage(page: Page, query: string): Promise<{ hits: PageHit[]; ms: number }> {
  return page.evaluate(async (text) => {
    const box = document.querySelector('site-search') as HTMLElement & { find(q: string): Promise<{ hits: PageHit[] }> };
    const start = performance.now();
    const outcome = await box.find(text);
    const ms = performance.now() - start;
    return { hits: outcome.hits.map((hit) => ({ id: hit.id, target: hit.target })), ms };
  }, query);
}
