/** The built bundled site opens in Chromium and reads as Korean, on desktop and phone widths. */
import { describe, expect, it } from 'vitest';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const env = useBundledSiteInBrowser();

describe('브라우저에서 보기', () => {
  it('홈에서 스크립트를 눌러 열 수 있다', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/`);
    await page.getByRole('link', { name: '발레 출차처리가 되지 않았어요.' }).click();
    await expect.poll(() => page.url()).toBe(`${env.site.url}/faq/valet-exit-not-processed/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('발레 출차처리가 되지 않았어요.');
    await page.close();
  });

  it('390px 폭에서도 가로 스크롤 없이 보인다', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${env.site.url}/faq/valet-pass-not-own-use/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
