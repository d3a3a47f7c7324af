/** axe-core on every page of the built site, in light and dark mode: zero violations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useBundledSiteInBrowser } from '../helpers/browser-site';
import { sitePages } from '../helpers/site-pages';

const env = useBundledSiteInBrowser();
let urls: string[];
beforeAll(() => {
  urls = sitePages(env.outDir).map((page) => page.url);
});

describe('접근성 (axe-core, 모든 페이지)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme === 'light' ? '밝은' : '어두운'} 화면: 모든 페이지에 위반이 0건이다`, async () => {
      const context = await env.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${env.site.url}/`);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      const found: string[] = [];
      for (const url of urls) {
        await page.goto(env.site.url + url);
        found.push(...(await axeViolations(page)).map((violation) => `${url} ${violation}`));
      }
      await context.close();
      expect(urls.length).toBeGreaterThan(10);
      expect(found).toEqual([]);
    });
  }

  it('axe는 위반을 실제로 찾아낸다: 이름 없는 버튼 → button-name', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/`);
    await page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')!.append(button);
    });
    expect((await axeViolations(page)).join('\n')).toContain('button-name');
    await page.close();
  });
});
