/**
 * When the agent is at the search box: focusing it, typing, or waiting for a search. Background work
 * (the search warm-up, installing the service worker and filling its cache) waits until the box has
 * been quiet for a moment, so an agent who starts typing as the page loads never shares the network or
 * the main thread with it. Imported by the page's first script (page-parts.ts notes focus and typing
 * before the box's code has loaded) and by the box's engine (search-engine.ts tracks its searches).
 */

/** How long the box must have been quiet (no focus, keystroke or search) before background work goes on. */
export const quietMs = 2000;

/** The searches running on this page, settled or not. */
let running: Promise<unknown> = Promise.resolve();
/** When the agent last focused the box, typed or had a search end (performance.now()). */
let lastActive = -Infinity;

/** The agent is at the box (focus, a keystroke). */
export function noteActivity(): void {
  lastActive = performance.now();
}

/** Registers a search (from its first step, before the engine has loaded) and returns it. */
export function track<T>(search: Promise<T>): Promise<T> {
  noteActivity();
  running = Promise.allSettled([running, search]).then(noteActivity);
  return search;
}

/** Resolves once no search is running and the box has been quiet for `quietMs` (at once on a page nobody has searched yet). */
export async function untilQuiet(): Promise<void> {
  for (;;) {
    const seen = running;
    await seen;
    const wait = lastActive + quietMs - performance.now();
    if (wait <= 0 && seen === running) return;
    await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0)));
  }
}
