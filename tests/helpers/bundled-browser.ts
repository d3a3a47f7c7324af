/** For a browser test file: Chromium and a static server of the bundled build, started once and closed after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundledSite } from './build';
import { launchBrowser, serveDir, type StaticSite } from './browser';

export function useBundledSiteInBrowser(): { readonly browser: Browser; readonly site: StaticSite } {
  const state = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    state.site = await serveDir((await bundledSite()).outDir);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
