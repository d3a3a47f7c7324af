// Takes screenshots of built pages for a visual check: node scripts/screenshot.mjs <url> <out.png> [width] [dark]
import { chromium } from 'playwright-core';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
