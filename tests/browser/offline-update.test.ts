/**
 * The service worker and what changed between two builds, in Chromium: build A and build B (one line
 * changed, one script removed) of the same site are served at one address, switched like a deploy.
 * Offline after a visit, the saved page (and the search already used) still works, with a notice; a
 * new build replaces the saved pages; the lines changed since the last visit are marked.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, serveDir, type StaticSite } from '../helpers/browser';
import { buildSite, projectRoot } from '../helpers/build';

const q2 = '/faq/valet-exit-not-processed/';
const changedLine = '첨부해 주셔서 감사합니다.';
const extra = '/faq/extra-script/';
const slow = { timeout: 40_000 };

let browser: Browser;
let site: StaticSite;
let work: string;
const builds = { A: '', B: '' };
/** Which build the one address serves now (a symlink the server follows), as a deploy would switch it. */
function deploy(name: keyof typeof builds) {
  const link = path.join(work, 'current');
  rmSync(link, { force: true });
  symlinkSync(builds[name], link);
}
const buildId = (name: keyof typeof builds) => /const buildId = '([^']+)'/.exec(readFileSync(path.join(builds[name], 'sw.js'), 'utf8'))?.[1];

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kb-offline-'));
  const contentA = path.join(work, 'content-a');
  cpSync(path.join(projectRoot, 'content'), contentA, { recursive: true });
  writeFileSync(
    path.join(contentA, 'faq/extra-script.mdx'),
    ['---', 'id: extra-script', 'title: 다음 배포에서 지울 스크립트', 'category: [발레, 오류, 입/출차오인식]', 'sites: [에버랜드]', 'updated: 2026-11-25', 'steps:', '  - title: 안내', '    kind: guide', '    script:', '      - 시험용 문장입니다.', '---', ''].join('\n'),
  );
  const contentB = path.join(work, 'content-b');
  cpSync(path.join(projectRoot, 'content'), contentB, { recursive: true });
  const q2File = path.join(contentB, 'faq/valet-exit-not-processed.mdx');
  writeFileSync(q2File, readFileSync(q2File, 'utf8').replace('- 첨부 감사합니다.', `- ${changedLine}`));
  for (const [name, content] of [['A', contentA], ['B', contentB]] as const) {
    const build = buildSite(content, path.join(work, `dist-${name}`));
    if (build.status !== 0) throw new Error(`build ${name} failed:\n${build.output}`);
    builds[name] = build.outDir;
  }
  expect(buildId('B')).not.toBe(buildId('A'));
  deploy('A');
  site = await serveDir(path.join(work, 'current'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  await page.goto(site.url + url);
  return { context, page };
}

/** Waits until this page's service worker runs this build and has saved the page. */
async function saved(page: Page, build: keyof typeof builds) {
  const cache = `kb-${buildId(build)}`;
  await expect.poll(() => page.evaluate(() => caches.keys()), slow).toEqual([cache]);
  await expect.poll(() => page.evaluate(async (name) => !!(await (await caches.open(name)).match(location.origin + location.pathname)), cache), slow).toBe(true);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), slow).toBe(true);
}

const notice = (page: Page) => page.locator('.offline-notice');
const search = async (page: Page, query: string) => {
  const box = page.locator('site-search input[type=search]');
  await box.focus();
  await box.fill(query);
  await expect.poll(() => page.locator('.search-hit').count(), slow).toBeGreaterThan(0);
  // The first look (titles while the text loads) is busy; the final list is not.
  await expect.poll(() => page.locator('site-search .search-results').getAttribute('aria-busy'), slow).toBeNull();
};

describe('네트워크가 끊겨도', () => {
  it('한 번 연 페이지와 이미 쓴 검색은 오프라인에서도 열리고, 저장 시각과 함께 최신이 아닐 수 있다고 알린다', async () => {
    deploy('A');
    const { context, page } = await open(q2);
    await saved(page, 'A');
    await expect.poll(() => notice(page).isVisible()).toBe(false);
    // The agent's next page view: the worker runs from its start, so everything the search fetches is kept
    // (on the very first view the search may have warmed up before the worker took over).
    await page.reload();
    await search(page, '출차');
    const before = await page.locator('.search-hit').allInnerTexts();

    await context.setOffline(true);
    await page.goto(site.url + q2);
    expect(await page.locator('h1').innerText()).toBe('발레 출차처리가 되지 않았어요.');
    await expect.poll(() => notice(page).isVisible(), slow).toBe(true);
    expect(await notice(page).innerText()).toMatch(/^오프라인 .*\(\d+월 \d+일 (오전|오후) \d+:\d\d 저장\)\. 최신 내용이 아닐 수 있으니/);
    // Styles and the page's tools come from the saved assets.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.line')!).borderLeftStyle)).toBe('solid');
    await expect.poll(() => page.locator('.choice').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The search runtime and the chunks it fetched are saved: the same query works offline.
    await search(page, '출차');
    expect(await page.locator('.search-hit').allInnerTexts()).toEqual(before);

    // A page never opened says so, in Korean.
    await page.goto(`${site.url}/glossary/`);
    expect(await page.locator('h1').innerText()).toBe('오프라인');
    expect(await page.locator('main').innerText()).toContain('이 페이지는 이 브라우저에 저장되어 있지 않습니다');

    await context.setOffline(false);
    await page.goto(site.url + q2);
    await expect.poll(() => notice(page).isVisible()).toBe(false);
    await context.close();
  });
});

describe('새 빌드', () => {
  it('새로 배포하면 저장된 페이지가 새 빌드로 바뀌고, 지워진 스크립트의 옛 페이지는 남지 않는다', async () => {
    deploy('A');
    const { context, page } = await open(extra);
    await saved(page, 'A');
    await page.goto(site.url + q2);
    await saved(page, 'A');
    expect(await page.locator('[data-line="첨부 감사합니다."]').count()).toBe(1);

    deploy('B');
    // Online, the page comes from the network first: the new line at once, even before the new worker runs.
    await page.reload();
    expect(await page.locator(`[data-line="${changedLine}"]`).count()).toBe(1);
    // The new build's worker takes over and keeps only this build's pages.
    await saved(page, 'B');
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => notice(page).isVisible(), slow).toBe(true);
    expect(await page.locator(`[data-line="${changedLine}"]`).count()).toBe(1);
    expect(await page.locator('[data-line="첨부 감사합니다."]').count()).toBe(0);
    // The script removed in build B is not served from build A's copy.
    await page.goto(site.url + extra);
    expect(await page.locator('h1').innerText()).toBe('오프라인');
    await context.close();
  });
});

describe('지난번 확인 이후 바뀐 문장', () => {
  it('바뀐 문장에 표시가 남고, 홈은 바뀐 즐겨찾기·최근 스크립트 수를 말하며, 확인하면 표시가 사라진다', async () => {
    deploy('A');
    const { context, page } = await open(extra);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kb-seen:v1') ?? ''), slow).toContain('extra-script');
    await page.getByRole('button', { name: '즐겨찾기', exact: true }).click();
    await page.goto(site.url + q2);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kb-seen:v1') ?? ''), slow).toContain('valet-exit-not-processed');
    await page.getByRole('button', { name: '즐겨찾기', exact: true }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kb-favourites:v1') ?? '')).toContain('valet-exit-not-processed');

    deploy('B');
    await page.goto(`${site.url}/`);
    const summary = page.locator('main .my-changed');
    await expect.poll(() => summary.innerText(), slow).toBe('즐겨찾기·최근 본 스크립트 중 1건이 지난번 확인 이후 바뀌었습니다.');
    // The removed script left both lists without an error; the changed one is marked.
    expect(await page.locator('main [data-list="favourites"] .my-title').allInnerTexts()).toEqual(['발레 출차처리가 되지 않았어요.']);
    expect(await page.locator('main [data-list="favourites"] .changed-mark').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(site.url + q2);
    const banner = page.locator('.changed-banner');
    await expect.poll(() => banner.isVisible(), slow).toBe(true);
    await expect.poll(() => banner.innerText(), slow).toMatch(/지난번 확인 이후 바뀐 문장 1개 \d+월 \d+일 (오전|오후) \d+:\d\d 확인 이후/);
    const marked = page.locator('.is-changed');
    await expect.poll(() => marked.count(), slow).toBe(1);
    await expect.poll(() => marked.getAttribute('data-line'), slow).toBe(changedLine);
    // The line is in a folded branch: the options that open it say so.
    expect(await page.getByRole('button', { name: /이용 요금 있을 경우.*바뀜/ }).count()).toBe(1);
    await page.getByRole('button', { name: /이용 요금 있을 경우/ }).click();
    await page.locator('button.choice[aria-controls="s2-b1-0"]').click();
    await expect.poll(() => marked.isVisible(), slow).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Still marked after a reload, until dismissed.
    await page.reload();
    await expect.poll(() => banner.isVisible(), slow).toBe(true);
    await page.getByRole('button', { name: '확인했습니다' }).click();
    await expect.poll(() => banner.isVisible()).toBe(false);
    expect(await page.locator('.is-changed, .changed-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.waitForTimeout(500);
    await expect.poll(() => banner.isVisible()).toBe(false);
    await page.goto(`${site.url}/`);
    await expect.poll(() => page.locator('main [data-list="favourites"] .my-title').count(), slow).toBe(1);
    await page.waitForTimeout(300);
    await expect.poll(() => summary.isVisible()).toBe(false);
    await context.close();
  });
});
