/** The search box in Chromium over the bundled build: typing, keys, filters, ?q=, sub-results. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeCorpus } from '../../bench/generate/cli';
import { useBundledSiteInBrowser } from '../helpers/browser-site';
import { buildSite } from '../helpers/build';
import { serveDir, type StaticSite } from '../helpers/browser';

const env = useBundledSiteInBrowser();

/** The first search loads Pagefind; on a busy 2-core machine that can take seconds. */
const slow = { timeout: 40_000 };
/** Pressing every chip one after another: many searches in one test. */
const chipTime = { timeout: 180_000 };
const box = (page: Page) => page.getByRole('searchbox');
const hits = (page: Page) => page.locator('.search-hit');
const firstTitle = (page: Page) => hits(page).first().locator('.hit-title');

async function open(path = '/'): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.url}${path}`);
  return page;
}

const filtersToggle = (page: Page) => page.getByRole('button', { name: /^카테고리·현장으로 좁히기/ });

/** Opens the filter chips (closed by default) once the hits are shown. */
async function openFilters(page: Page): Promise<void> {
  await expect.poll(() => filtersToggle(page).count(), slow).toBe(1);
  if ((await filtersToggle(page).getAttribute('aria-expanded')) === 'false') await filtersToggle(page).click();
}

describe('검색창', () => {
  it('입력하는 대로 결과가 나오고, 일치한 말은 강조되며 카테고리 경로와 현장이 보인다', async () => {
    const page = await open();
    await box(page).fill('발레패스를');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레패스 본인 미사용 문의');
    const first = hits(page).first();
    expect(await first.locator('mark').first().textContent()).toContain('발레패스');
    expect(await first.locator('.hit-path').textContent()).toBe('발레 ▶ 이용불편/신고 ▶ 미이용결제/ 입차알림');
    expect(await first.locator('.hit-sites').textContent()).toContain('인천공항');
    expect(await page.getByRole('status').first().textContent()).toContain('스크립트 1건');
    await page.close();
  });

  it('IME가 조합 중인 "출ㅊ"에서도 결과가 비지 않는다', async () => {
    const page = await open();
    await box(page).fill('출ㅊ');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레 출차처리가 되지 않았어요.');
    await page.close();
  });

  it('스크립트 페이지에서 / 와 Ctrl+K가 검색창으로 간다', async () => {
    const page = await open('/faq/valet-exit-not-processed/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.close();
  });

  it('↓ ↑로 고르고 Enter로 연다; Esc는 목록을 닫는다', async () => {
    const page = await open('/faq/valet-pass-not-own-use/');
    await page.keyboard.press('/');
    await page.keyboard.type('발레');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), slow).toBe('발레');
    expect(await hits(page).count()).toBe(2);
    // The list names the query its hits are for (what the benchmark waits for).
    expect(await page.locator('site-search .search-results').first().getAttribute('data-query')).toBe('발레');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const active = await box(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).getAttribute('id')).toMatch(/-0$/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-panel').isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown');
    const target = await hits(page).first().locator('a').getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === target);
    await page.close();
  });

  it('본문이 오기 전에는 제목이 먼저 보이고 (목록 aria-busy, 발췌 없음), 본문이 오면 발췌와 함께 끝 순서가 된다', async () => {
    // No service worker: the page's own requests are what page.route holds.
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let release!: () => void;
    const network = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/fragment/*.pf_fragment', async (route) => {
      await network;
      await route.continue();
    });
    // The cards (titles) come with the idle warm-up; their JSON is read in the next task or two.
    const cards = page.waitForEvent('requestfinished', { predicate: (request) => /\/search\/[0-9a-f]+\/cards\.json$/.test(request.url()), ...slow });
    await page.goto(`${env.site.url}/`);
    await cards;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await box(page).fill('발레패스를');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레패스 본인 미사용 문의');
    const list = page.locator('site-search .search-results');
    await expect.poll(() => list.getAttribute('aria-busy'), slow).toBe('true');
    await expect.poll(() => hits(page).first().locator('.hit-excerpt-pending').getAttribute('aria-hidden'), slow).toBe('true');
    await expect.poll(() => hits(page).first().locator('.hit-path').textContent(), slow).toBe('발레 ▶ 이용불편/신고 ▶ 미이용결제/ 입차알림');
    // Still the first look: the text is held, so no excerpt has been drawn.
    expect(await hits(page).locator('.hit-excerpt').count()).toBe(0);
    release();
    await expect.poll(() => list.getAttribute('aria-busy'), slow).toBeNull();
    await expect.poll(() => hits(page).first().locator('mark').first().textContent(), slow).toContain('발레패스');
    await expect.poll(() => hits(page).locator('.hit-excerpt-pending').count(), slow).toBe(0);
    await context.close();
  });

  it('하위 결과는 일치한 분기로 연결되고, 열면 그 분기(#s2-b1)가 대상이 된다', async () => {
    const page = await open();
    await box(page).fill('렌트카');
    await expect.poll(() => hits(page).first().locator('a').getAttribute('href'), slow).toBe('/faq/valet-pass-not-own-use/#s2-b1');
    expect(await hits(page).first().locator('.hit-section').textContent()).toBe('판매차량/ 렌트차량');
    await hits(page).first().locator('a').click();
    await page.waitForURL(/#s2-b1$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s2-b1');
    await page.close();
  });

  it('고친 검색어(오타, 한/영 자판)는 무엇으로 찾았는지 알리고, 원래 글자 그대로 찾는 링크를 준다', async () => {
    const page = await open();
    const notice = page.locator('.search-notice');
    await box(page).fill('rufwp');
    await expect.poll(() => notice.textContent(), slow).toBe('‘결제’로 찾은 결과입니다. ‘rufwp’ 그대로 찾기');
    await expect.poll(() => hits(page).count(), slow).toBeGreaterThan(0);
    await box(page).fill('결재');
    await expect.poll(() => notice.textContent(), slow).toBe('‘결제’로 찾은 결과입니다. ‘결재’ 그대로 찾기');
    await page.getByRole('link', { name: '‘결재’ 그대로 찾기' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('literal'), slow).toBe('1');
    await expect.poll(() => page.getByRole('status').last().textContent(), slow).toContain('‘결재’에 맞는 스크립트가 없습니다.');
    await expect.poll(() => notice.textContent(), slow).toBe('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), slow).toBe('결재');
    // Typing again searches with corrections on.
    await box(page).fill('결재 ');
    await expect.poll(() => notice.textContent(), slow).toContain('‘결제’로 찾은 결과입니다.');
    // A slip on a word of the lists: 주치비 → the thesaurus' 주차비, searched as its term.
    await box(page).fill('발레 주치비');
    await expect.poll(() => notice.textContent(), slow).toBe('‘주차비’로 찾은 결과입니다. ‘발레 주치비’ 그대로 찾기');
    await expect.poll(() => hits(page).first().locator('a').getAttribute('href'), slow).toMatch(/^\/faq\/valet-pass-not-own-use\//);
    await page.close();
  });

  it('필터 칩: 개수가 보이고, 누르면 결과가 좁혀지고 URL에 남는다', async () => {
    const page = await open();
    await box(page).fill('발레');
    await expect.poll(() => hits(page).count(), slow).toBe(2);
    await openFilters(page);
    const chip = page.getByRole('group', { name: '카테고리 필터' }).getByRole('button', { name: /입\/출차오인식/ });
    await expect.poll(() => chip.textContent(), slow).toBe('입/출차오인식 1');
    await chip.click();
    await expect.poll(() => hits(page).count(), slow).toBe(1);
    // The chips are drawn again by the new search: wait for the pressed state, never read it once.
    await expect.poll(() => chip.getAttribute('aria-pressed'), slow).toBe('true');
    // The URL follows the hits after they are painted.
    await expect.poll(() => new URL(page.url()).searchParams.get('category3'), slow).toBe('발레 ▶ 오류 ▶ 입/출차오인식');
    expect(await firstTitle(page).textContent()).toBe('발레 출차처리가 되지 않았어요.');
    await page.close();
  });

  it('필터는 처음에 접혀 있고, 열 때 아무것도 내려받지 않으며 (스크립트 표로 센다), 연 상태를 기억한다', async () => {
    const page = await open();
    const filterRequests: string[] = [];
    await box(page).fill('발레');
    await expect.poll(() => hits(page).count(), slow).toBe(2);
    await expect.poll(() => filtersToggle(page).getAttribute('aria-expanded'), slow).toBe('false');
    expect(await page.locator('.chip-group').count()).toBe(0);
    expect(filterRequests).toEqual([]);
    // Keyboard: the toggle is a button in the tab order.
    await filtersToggle(page).focus();
    page.on('request', (request) => filterRequests.push(new URL(request.url()).pathname));
    await page.keyboard.press('Enter');
    await expect.poll(() => filtersToggle(page).getAttribute('aria-expanded'), slow).toBe('true');
    const chip = page.getByRole('group', { name: '카테고리 필터' }).getByRole('button', { name: /입\/출차오인식/ });
    await expect.poll(() => chip.textContent(), slow).toBe('입/출차오인식 1');
    expect(filterRequests).toEqual([]);
    // The choice is remembered: the next page opens with the filters open.
    await page.goto(`${env.site.url}/?q=${encodeURIComponent('출차')}`);
    await expect.poll(() => filtersToggle(page).getAttribute('aria-expanded'), slow).toBe('true');
    await expect.poll(() => page.locator('.chip-group').count(), slow).toBeGreaterThan(0);
    await filtersToggle(page).click();
    await expect.poll(() => page.locator('.chip-group').count(), slow).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('kb-search-filters-open'))).toBe('false');
    await page.close();
  });

  it('필터가 든 링크는 필터를 열고 고른 칩과 선택 수를 보여 준다', async () => {
    const page = await open(`/?q=${encodeURIComponent('발레')}&category3=${encodeURIComponent('발레 ▶ 오류 ▶ 입/출차오인식')}`);
    await expect.poll(() => hits(page).count(), slow).toBe(1);
    await expect.poll(() => filtersToggle(page).getAttribute('aria-expanded'), slow).toBe('true');
    await expect.poll(() => filtersToggle(page).textContent(), slow).toBe('카테고리·현장으로 좁히기 (1개 선택)');
    const chip = page.getByRole('group', { name: '카테고리 필터' }).getByRole('button', { name: /입\/출차오인식/ });
    await expect.poll(() => chip.getAttribute('aria-pressed'), slow).toBe('true');
    await page.close();
  });

  it('?q= 링크를 열면 검색어와 결과가 복원되고, 뒤로/앞으로 가면 그때의 검색으로 돌아간다', async () => {
    const page = await open('/?q=' + encodeURIComponent('렌트카'));
    // The box restores the query once its code has loaded (after the load event on a busy machine).
    await expect.poll(() => box(page).inputValue(), slow).toBe('렌트카');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레패스 본인 미사용 문의');
    await box(page).fill('전산완료');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), slow).toBe('전산완료');
    await expect.poll(() => page.evaluate(() => history.length), slow).toBe(3);
    await page.goBack();
    await expect.poll(() => box(page).inputValue(), slow).toBe('렌트카');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레패스 본인 미사용 문의');
    await page.goForward();
    await expect.poll(() => box(page).inputValue(), slow).toBe('전산완료');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레 출차처리가 되지 않았어요.');
    await page.close();
  });

  it('결과가 없으면 그렇다고 말하고 용어집의 말을 권하며, 누르면 그 말로 찾는다', async () => {
    const page = await open();
    await box(page).fill('주차권 분실 보상');
    await expect.poll(() => page.locator('.search-empty').textContent(), slow).toBe('‘주차권 분실 보상’에 맞는 스크립트가 없습니다.');
    const suggestion = page.locator('.search-suggest button').first();
    const term = await suggestion.textContent();
    await suggestion.click();
    expect(await box(page).inputValue()).toBe(term);
    await page.close();
  });

  it('입력한 글은 글자로만 보인다 (HTML로 해석하지 않는다)', async () => {
    const page = await open();
    await box(page).fill('<b onmouseover="window.hacked=1">렌트카</b>');
    await expect.poll(() => firstTitle(page).textContent(), slow).toBe('발레패스 본인 미사용 문의');
    await box(page).fill('<i>헬리콥터</i>');
    await expect.poll(() => page.locator('.search-empty strong').textContent(), slow).toBe('‘<i>헬리콥터</i>’');
    expect(await page.locator('site-search b, site-search i').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await page.close();
  });
});

/** A chip as shown: its group, full filter value (title) and count. */
interface ShownChip {
  group: string;
  value: string;
  count: number;
}

const chipsSettled = (page: Page) => page.locator('.search-chips:not([aria-busy])');
const total = async (page: Page) => Number(/스크립트 (\d+)건/.exec((await page.getByRole('status').first().textContent()) ?? '')?.[1] ?? NaN);

/** Every chip of every group, with "더 보기" opened, once the counts are in. */
async function shownChips(page: Page): Promise<ShownChip[]> {
  await openFilters(page);
  await expect.poll(() => chipsSettled(page).locator('.chip-group').count(), slow).toBeGreaterThan(0);
  // Opening a group re-renders the chips, so open them one at a time.
  while (await page.locator('.chip-more[aria-expanded=false]').count()) await page.locator('.chip-more[aria-expanded=false]').first().click();
  return page.locator('.chip-group').evaluateAll((groups) =>
    groups.flatMap((group) =>
      [...group.querySelectorAll<HTMLButtonElement>('.chip[aria-pressed]')].map((chip) => ({
        group: group.getAttribute('aria-label') ?? '',
        value: chip.title,
        count: Number(chip.querySelector('.count')?.textContent),
      })),
    ),
  );
}

/** Presses (or releases) a chip and waits until the list and the counts are the new search's. */
async function toggle(page: Page, chip: ShownChip, pressed: boolean): Promise<void> {
  const button = () => page.getByRole('group', { name: chip.group }).locator(`.chip[title="${chip.value.replace(/"/g, '\\"')}"]`);
  await button().click();
  await expect.poll(async () => (await chipsSettled(page).count()) === 1 && (await button().getAttribute('aria-pressed')) === String(pressed), slow).toBe(true);
}

describe('필터 칩 개수는 정확하다 (적재한 결과보다 많은 검색)', () => {
  let site: StaticSite;
  beforeAll(async () => {
    // A generated corpus of 40 scripts: enough for a query with more results than the box loads (15).
    const work = mkdtempSync(path.join(os.tmpdir(), 'kb-chips-'));
    writeCorpus(path.join(work, 'content'), 40, 1);
    const build = buildSite(path.join(work, 'content'), path.join(work, 'dist'));
    if (build.status !== 0) throw new Error(build.output);
    site = await serveDir(build.outDir);
  });
  afterAll(() => site?.close());

  /** For every chip: its count = the total the box reports after pressing it = the hits listed (up to 10). */
  async function expectEveryChipExact(page: Page, chips: ShownChip[]): Promise<void> {
    for (const chip of chips) {
      await toggle(page, chip, true);
      const after = await total(page);
      expect({ ...chip, listed: after }).toEqual({ ...chip, listed: chip.count });
      expect(await hits(page).count()).toBe(Math.min(chip.count, 10));
      await toggle(page, chip, false);
    }
  }

  it('넓은 검색(결제): 칩마다 개수 = 누른 뒤 보이는 결과 수, 전체 건수도 그대로 알린다', chipTime, async () => {
    const page = await env.browser.newPage();
    await page.goto(`${site.url}/`);
    await box(page).fill('결제');
    const chips = await shownChips(page);
    const all = await total(page);
    // More results than the box loads (15) and shows (10): the status reports the total.
    expect(all).toBeGreaterThan(15);
    expect(await hits(page).count()).toBe(10);
    expect(await page.getByRole('status').first().textContent()).toContain(`스크립트 ${all}건 중 관련도 높은 10건`);
    const categories = chips.filter((chip) => chip.group === '카테고리 필터');
    expect(categories.reduce((sum, chip) => sum + chip.count, 0)).toBe(all);
    expect(chips.filter((chip) => chip.group === '현장 필터').length).toBeGreaterThan(0);
    await expectEveryChipExact(page, chips);
    await page.close();
  });

  it('현장을 골라 둔 채로도 카테고리 칩 개수 = 누른 뒤 결과 수', chipTime, async () => {
    const page = await env.browser.newPage();
    await page.goto(`${site.url}/`);
    await box(page).fill('출차 요금');
    const siteChip = (await shownChips(page)).find((chip) => chip.group === '현장 필터')!;
    await toggle(page, siteChip, true);
    expect(await total(page)).toBe(siteChip.count);
    const categories = (await shownChips(page)).filter((chip) => chip.group === '카테고리 필터');
    expect(categories.length).toBeGreaterThan(1);
    for (const chip of categories) {
      await toggle(page, chip, true);
      expect({ ...chip, listed: await total(page) }).toEqual({ ...chip, listed: chip.count });
      await toggle(page, chip, false);
    }
    await page.close();
  });

  it('검색어에 현장 이름(에버랜드 결제): 그 현장으로 좁힌 결과와 칩 개수가 같다', chipTime, async () => {
    const page = await env.browser.newPage();
    await page.goto(`${site.url}/`);
    await box(page).fill('에버랜드 결제');
    const chips = await shownChips(page);
    expect(await page.getByRole('status').first().textContent()).toContain('현장: 에버랜드');
    expect(chips.find((chip) => chip.value === '에버랜드')?.count).toBe(await total(page));
    await expectEveryChipExact(page, chips.filter((chip) => chip.group === '카테고리 필터'));
    await page.close();
  });
});
