/**
 * On a call and after it, in Chromium on the built site: the after-call memo (메모 복사), 즐겨찾기 and
 * 최근 본 스크립트 on the home page and under the empty search box, and what tampered storage does.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { useBundledSiteInBrowser } from '../helpers/browser-site';
import { watchPage, xssPayloads } from '../helpers/xss';

const q1 = '/faq/valet-pass-not-own-use/';
const q2 = '/faq/valet-exit-not-processed/';
const q1Title = '발레패스 본인 미사용 문의';
const q2Title = '발레 출차처리가 되지 않았어요.';

const harness = useBundledSiteInBrowser();
/** The lists and tools load on idle or first use: give them time on a busy machine. */
const slow = { timeout: 20_000 };

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], timezoneId: 'Asia/Seoul', ...options });
  const page = await context.newPage();
  await page.goto(`${harness.site.url}${path}`);
  return { context, page };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const favouriteButton = (page: Page) => page.getByRole('button', { name: '즐겨찾기', exact: true });
/** The titles a <my-scripts> list shows, in order. */
const listed = (page: Page, scope: string, list: 'favourites' | 'recent') => page.locator(`${scope} [data-list="${list}"] .my-title`).allInnerTexts();
/** The script's own code loads on idle: wait until this page has put itself into 최근 본 스크립트. */
const companionReady = (page: Page) => expect.poll(() => page.evaluate(() => (localStorage.getItem('kb-recent:v1') ?? '').includes(`"${location.pathname.split('/')[2]}"`)), slow).toBe(true);

describe('메모 복사', () => {
  it('고른 분기, 입력한 상담 정보, 약속한 문장을 기본 형식의 메모로 복사한다', async () => {
    const { context, page } = await open(`${q2}#s2-b1-0`);
    await page.clock.setFixedTime(new Date('2026-12-02T14:05:00+09:00'));
    await companionReady(page);
    await page.getByRole('textbox', { name: '이용일', exact: true }).fill('11/3');
    await page.getByRole('textbox', { name: '요금', exact: true }).fill('15000');
    await page.getByRole('button', { name: '메모 복사' }).click();
    const memo = [
      '[상담 메모] 2026-12-02 14:05',
      '유형: 발레 ▶ 오류 ▶ 입/출차오인식',
      `스크립트: ${q2Title}`,
      '선택한 분기:',
      '- ② 상황설명: 이용 요금 있을 경우 › Y',
      '상담 정보:',
      '- 이용일: 11월 3일',
      '- 요금: 15,000원',
      '안내·약속:',
      '- 발레존 측으로 확인 후 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.',
    ].join('\n');
    await expect.poll(() => clipboard(page), slow).toBe(memo);
    await expect.poll(() => page.locator('#kb-announce').innerText(), slow).toBe('복사됨: 상담 메모');
    await context.close();
  });

  it('분기를 고르지 않고 정보도 없으면 "없음"으로 채우고, 키보드로도 복사된다', async () => {
    const { context, page } = await open(q2);
    // The memo's code loads on idle or when the agent reaches for it: pressing Enter before then does nothing.
    await companionReady(page);
    await page.getByRole('button', { name: '메모 복사' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page), slow).toContain('선택한 분기:\n없음\n상담 정보:\n없음\n안내·약속:\n없음');
    await context.close();
  });
});

describe('즐겨찾기와 최근 본 스크립트', () => {
  it('스크립트 페이지의 즐겨찾기 토글이 홈과 빈 검색창 목록에 나타나고, 지우기로 비운다', async () => {
    const { context, page } = await open(q1);
    await companionReady(page);
    await expect.poll(() => favouriteButton(page).getAttribute('aria-pressed'), slow).toBe('false');
    await favouriteButton(page).click();
    await expect.poll(() => favouriteButton(page).getAttribute('aria-pressed'), slow).toBe('true');
    await page.goto(`${harness.site.url}${q2}`);
    await companionReady(page);

    // Home: both lists, newest first; keyboard reaches the links.
    await page.goto(`${harness.site.url}/`);
    await expect.poll(() => listed(page, 'main', 'favourites'), slow).toEqual([q1Title]);
    await expect.poll(() => listed(page, 'main', 'recent'), slow).toEqual([q2Title, q1Title]);
    expect(await page.getByRole('heading', { name: '최근 본 스크립트' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: q2Title }).first().isVisible()).toBe(true);
    await page.locator('main [data-list="favourites"] a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(q1);

    // The empty header search box on another page lists them too; typing hides them, Esc closes.
    await page.goto(`${harness.site.url}${q2}`);
    const box = page.locator('site-search input[type=search]');
    await box.focus();
    const dropdown = page.locator('site-search my-scripts');
    await expect.poll(() => dropdown.isVisible(), slow).toBe(true);
    await expect.poll(() => listed(page, 'site-search', 'favourites'), slow).toEqual([q1Title]);
    await page.keyboard.press('Tab'); // the box's hidden submit button
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.closest('my-scripts') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(q1);
    await expect.poll(() => dropdown.isVisible(), slow).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await box.focus();
    await box.fill('발레');
    await expect.poll(() => dropdown.isVisible(), slow).toBe(false);
    await box.fill('');
    await expect.poll(() => dropdown.isVisible(), slow).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dropdown.isVisible(), slow).toBe(false);
    // `/` means "type a query": the list stays closed until ↓ asks for it.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')), slow).toBe('search');
    await page.waitForTimeout(300);
    await expect.poll(() => dropdown.isVisible()).toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dropdown.isVisible(), slow).toBe(true);

    // Clearing, on the home page.
    await page.goto(`${harness.site.url}/`);
    await expect.poll(() => listed(page, 'main', 'recent'), slow).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '최근 기록 지우기' }).click();
    await expect.poll(() => listed(page, 'main', 'recent'), slow).toEqual([]);
    await expect.poll(() => page.locator('main').getByText('아직 연 스크립트가 없습니다.').isVisible(), slow).toBe(true);
    await page.getByRole('button', { name: '즐겨찾기 비우기' }).click();
    await expect.poll(() => listed(page, 'main', 'favourites'), slow).toEqual([]);
    await page.goto(`${harness.site.url}${q1}`);
    await expect.poll(() => favouriteButton(page).getAttribute('aria-pressed'), slow).toBe('false');
    await context.close();
  });

  it('최근 본 스크립트는 10개까지, 같은 스크립트는 한 번만 맨 앞에', async () => {
    // Not on the home page: its list would drop these (no such scripts) before the visit below.
    const { context, page } = await open('/glossary/');
    await page.evaluate(() => localStorage.setItem('kb-recent:v1', JSON.stringify(Array.from({ length: 12 }, (_, index) => ({ id: `old-${index}`, title: `예전 스크립트 ${index}`, category: '' })))));
    await page.goto(`${harness.site.url}${q1}`);
    await companionReady(page);
    const ids = await page.evaluate(() => (JSON.parse(localStorage.getItem('kb-recent:v1') ?? '[]') as { id: string }[]).map((ref) => ref.id));
    expect(ids).toHaveLength(10);
    expect(ids[0]).toBe('valet-pass-not-own-use');
    await context.close();
  });

  it('삭제된 스크립트의 즐겨찾기는 오류 없이 사라지고, 바뀐 제목은 새 제목으로 보인다', async () => {
    const { context, page } = await open('/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluate(() => {
      localStorage.setItem('kb-favourites:v1', JSON.stringify([
        { id: 'removed-script', title: '지워진 스크립트', category: '발레' },
        { id: 'valet-exit-not-processed', title: '예전 제목', category: '발레' },
      ]));
    });
    await page.reload();
    await expect.poll(() => listed(page, 'main', 'favourites'), slow).toEqual([q2Title]);
    expect(await page.evaluate(() => localStorage.getItem('kb-favourites:v1'))).not.toContain('removed-script');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('조작된 localStorage: 마크업과 이상한 값은 글자로만 보이거나 버려지고, 오류도 실행도 없다', async () => {
    const { context, page } = await open('/');
    const state = await watchPage(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluate((payloads) => {
      const refs = payloads.map((payload, index) => ({ id: `p-${index}`, title: payload, category: payload }));
      localStorage.setItem('kb-favourites:v1', JSON.stringify([...refs, { id: 'javascript:alert(1)', title: 'x' }, { id: '../../evil', title: 'y' }, null, 7, { id: 'valet-exit-not-processed' }]));
      localStorage.setItem('kb-recent:v1', '{not json');
      localStorage.setItem('kb-seen:v1', JSON.stringify({ 'valet-exit-not-processed': { at: 'yesterday', lines: '<img src=x onerror=alert(1)>' }, '<b>': { at: 1, lines: [] } }));
    }, xssPayloads);
    await page.reload();
    // Every payload title is shown as text, then dropped: its script does not exist (404).
    await expect.poll(() => listed(page, 'main', 'favourites'), slow).toEqual([]);
    await page.goto(`${harness.site.url}${q2}`);
    await companionReady(page);
    await page.locator('site-search input[type=search]').focus();
    await page.waitForTimeout(300);
    expect(await page.locator('main img, main svg:not(.search-icon), my-scripts img, my-scripts script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(state.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('자바스크립트가 없으면 목록과 버튼 대신 필요하다는 안내가 보인다', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false });
    expect(await page.getByText('즐겨찾기와 최근 본 스크립트는 JavaScript가 켜져 있어야 보입니다.', { exact: false }).isVisible()).toBe(true);
    await page.goto(`${harness.site.url}${q2}`);
    expect(await page.getByText('즐겨찾기와 메모 복사는 JavaScript가 켜져 있어야 쓸 수 있습니다.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '메모 복사' }).isVisible()).toBe(false);
    await context.close();
  });
});
