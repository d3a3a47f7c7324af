import { chromium } from 'playwright-core';
const [url, out, width = '1280', scheme = 'light', fill = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
for (const pair of fill.split(';').filter(Boolean)) { const [label, value] = pair.split('='); await page.getByRole('textbox', { name: label, exact: true }).fill(value); }
await page.waitForTimeout(300);
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
