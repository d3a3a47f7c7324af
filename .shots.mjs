import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4336';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
async function shot(path, width, scheme, name, act) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(base + path);
  if (act) await act(page);
  await page.screenshot({ path: `/tmp/i6s-${name}.png`, fullPage: false });
  await page.close();
}
await shot('/faq/valet-pass-not-own-use/', 1280, 'light', 'term-1280', async (p) => { await p.getByRole('button', { name: '발레존', exact: true }).click(); });
await shot('/faq/valet-pass-not-own-use/', 390, 'dark', 'term-390d', async (p) => { await p.getByRole('button', { name: '발레존', exact: true }).click(); });
await shot('/faq/valet-exit-not-processed/', 390, 'light', 'menu-390', async (p) => { await p.locator('.category-nav-toggle').click(); });
await shot('/practice/valet-exit-not-processed/', 390, 'dark', 'practice-390d', async (p) => { await p.getByText('스크립트 보기').first().click(); });
await shot('/glossary/', 390, 'light', 'glossary-390', null);
await shot('/learn/', 390, 'dark', 'learn-390d', null);
await browser.close();
