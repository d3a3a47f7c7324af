/** How the benchmark asks a built page for results: the page's <site-search>.find, i.e. searchKorean. */
import type { Page } from 'playwright-core';

export interface PageHit {
  id: string;
  target: string;
}

/**
 * Runs one query through the page's search core; returns the hits, the time the call took, and the
 * first look's hits (from memory, ordered by titles: what the box shows while the text loads; given
 * for every query, shown by the box only when some of the text is not loaded yet).
 */
export function searchInPage(page: Page, query: string): Promise<{ hits: PageHit[]; ms: number; firstLook?: PageHit[] }> {
  return page.evaluate(async (text) => {
    type Found = { hits: PageHit[] };
    const box = document.querySelector('site-search') as HTMLElement & { find(q: string, filters?: object, corrections?: boolean, onFirstLook?: (outcome: Found) => void): Promise<Found> };
    const shape = (hits: PageHit[]) => hits.map((hit) => ({ id: hit.id, target: hit.target }));
    let firstLook: PageHit[] | undefined;
    const start = performance.now();
    const outcome = await box.find(text, {}, true, (early) => (firstLook = shape(early.hits)));
    const ms = performance.now() - start;
    return { hits: shape(outcome.hits), ms, firstLook };
  }, query);
}
