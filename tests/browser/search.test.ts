/** The search box in Chromium over the bundled build: typing, keys, filters, ?q=, sub-results. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const env = useBundledSiteInBrowser();

/** The first search loads Pagefind; on a busy 2-core machine that can take seconds. */
const slow = { timeout: 40_000 };
const box = (page: Page) => page.getByRole('searchbox');
const hits = (page: Page) => page.locator('.search-hit');
const firstTitle = (page: Page) => hits(page).first().locator('.hit-title');

async function open(path = '/'): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.url}${path}`);
  return page;
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

  it('필터 칩: 개수가 보이고, 누르면 결과가 좁혀지고 URL에 남는다', async () => {
    const page = await open();
    await box(page).fill('발레');
    await expect.poll(() => hits(page).count(), slow).toBe(2);
    const chip = page.getByRole('group', { name: '카테고리 필터' }).getByRole('button', { name: /입\/출차오인식/ });
    expect(await chip.textContent()).toBe('입/출차오인식 1');
    await chip.click();
    await expect.poll(() => hits(page).count(), slow).toBe(1);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('category3')).toBe('발레 ▶ 오류 ▶ 입/출차오인식');
    expect(await firstTitle(page).textContent()).toBe('발레 출차처리가 되지 않았어요.');
    await page.close();
  });

  it('?q= 링크를 열면 검색어와 결과가 복원되고, 뒤로/앞으로 가면 그때의 검색으로 돌아간다', async () => {
    const page = await open('/?q=' + encodeURIComponent('렌트카'));
    expect(await box(page).inputValue()).toBe('렌트카');
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
