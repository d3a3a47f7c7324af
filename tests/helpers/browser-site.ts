/** Browser-test set-up in one call: serve the bundled build and launch Chromium for the file's tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundledSite } from './build';
import { launchBrowser, serveDir, type StaticSite } from './browser';

export interface BrowserSite {
  browser: Browser;
  site: StaticSite;
  /** The built directory being served. */
  outDir: string;
}

/** Registers beforeAll/afterAll; read the returned object's fields inside tests. */
export function useBundledSiteInBrowser(): BrowserSite {
  const state = {} as BrowserSite;
  beforeAll(async () => {
    state.outDir = (await bundledSite()).outDir;
    state.site = await serveDir(state.outDir);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
