/** Practice mode in Chromium: reveal, marking, the order cards come back in, reset, keyboard only, no JavaScript. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const env = useBundledSiteInBrowser();
let context: BrowserContext;
const practiceUrl = () => `${env.site.url}/practice/valet-exit-not-processed/`;

// A fresh context per test: empty localStorage.
beforeEach(async () => {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

/** data-card of the cards currently shown. */
const visibleCards = (page: Page) => page.locator('.practice-card:visible').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card));
const currentCard = (page: Page) => page.locator('.practice-card:visible');

async function markCurrent(page: Page, label: '알았어요' | '다시 볼게요') {
  await currentCard(page).getByText('스크립트 보기').click();
  await currentCard(page).getByRole('button', { name: label }).click();
}

describe('연습', () => {
  it('카드는 한 장씩, 상황만 보이고 문장은 보기 전까지 숨겨진다', async () => {
    const page = await context.newPage();
    await page.goto(practiceUrl());
    expect(await visibleCards(page)).toEqual(['s2-b0']);
    const card = currentCard(page);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('카드 1 상황설명 › 이용 요금이 0원일 경우');
    const line = card.getByText('해당 건은 요금 0원으로 이용완료 진행하였습니다.');
    await expect.poll(() => line.isVisible()).toBe(false);
    expect(await card.getByRole('button', { name: '알았어요' }).isVisible()).toBe(false);
    await card.getByText('스크립트 보기').click();
    expect(await line.isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: '알았어요' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toContain('카드 1 / 3');
    expect(await page.locator('.practice-nojs').isVisible()).toBe(false);
  });

  it('표시하면 다음 카드로 넘어가고, 다시 볼게요 카드가 다음에 먼저 나온다', async () => {
    const page = await context.newPage();
    await page.goto(practiceUrl());
    await markCurrent(page, '알았어요'); // s2-b0
    expect(await visibleCards(page)).toEqual(['s2-b1-0']);
    await markCurrent(page, '다시 볼게요'); // s2-b1-0
    await markCurrent(page, '알았어요'); // s2-b1-1
    expect(await visibleCards(page)).toEqual([]);
    const done = page.getByRole('region', { name: '카드를 모두 봤어요' });
    expect(await done.textContent()).toContain('이번에 알았어요 2장, 다시 볼게요 1장.');

    await page.reload();
    expect(await visibleCards(page)).toEqual(['s2-b1-0']);
    expect(await page.getByRole('status').first().textContent()).toContain('다시 볼게요로 표시한 카드부터');
    // Then the known cards, the one marked longest ago first.
    await markCurrent(page, '알았어요');
    expect(await visibleCards(page)).toEqual(['s2-b0']);

    await page.goto(`${env.site.url}/learn/`);
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '발레 출차처리가 되지 않았어요.' }) }).last();
    expect(await row.locator('practice-progress').textContent()).toContain('카드 3장 · 알았어요 3 · 다시 볼게요 0 · 남음 0');
  });

  it('학습 페이지는 다시 볼 카드를 맨 위에 상황과 함께 보여주고, 다시 보기는 그 카드만 돈다', async () => {
    const page = await context.newPage();
    await page.goto(practiceUrl());
    await markCurrent(page, '알았어요');
    await markCurrent(page, '다시 볼게요');
    await markCurrent(page, '다시 볼게요');
    await page.getByRole('button', { name: '다시 볼 카드만 다시 보기' }).click();
    expect(await visibleCards(page)).toEqual(['s2-b1-0']);
    expect(await page.getByRole('status').first().textContent()).toContain('카드 1 / 2');

    await page.goto(`${env.site.url}/learn/`);
    const review = page.getByRole('region', { name: '다시 볼 카드' });
    expect(await review.getByRole('link').textContent()).toBe('발레 출차처리가 되지 않았어요. — 다시 볼 카드 2장');
    expect(await review.locator('.review-situations li').allTextContents()).toEqual(['상황설명 › 이용 요금 있을 경우 › Y', '상황설명 › 이용 요금 있을 경우 › N']);
    // The review list comes before the list of every script.
    const order = await page.evaluate(() => {
      const review = document.querySelector('[data-again-list]')!;
      const all = document.getElementById('by-category')!;
      return review.compareDocumentPosition(all) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  it('기록 지우기는 확인을 받고, 취소하면 남고 확인하면 모두 지운다', async () => {
    const page = await context.newPage();
    await page.goto(practiceUrl());
    await markCurrent(page, '다시 볼게요');
    await page.goto(`${env.site.url}/learn/`);
    const reset = page.getByRole('button', { name: '연습 기록 모두 지우기' });

    page.once('dialog', (dialog) => void dialog.dismiss());
    await reset.click();
    expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('kb-practice:v1') ?? '{}')))).toEqual(['valet-exit-not-processed/s2-b0']);

    page.once('dialog', (dialog) => void dialog.accept());
    await reset.click();
    await expect.poll(() => page.getByText('다시 볼게요로 표시한 카드가 없습니다.').isVisible()).toBe(true);
    expect(await page.getByRole('status').last().textContent()).toBe('연습 기록을 모두 지웠습니다.');
    expect(await page.locator('practice-progress').first().textContent()).toContain('알았어요 0 · 다시 볼게요 0 · 남음 3');

    await page.goto(practiceUrl());
    expect(await visibleCards(page)).toEqual(['s2-b0']);
    await markCurrent(page, '알았어요');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '이 스크립트 기록 지우기' }).click();
    expect(await visibleCards(page)).toEqual(['s2-b0']);
    expect(await page.locator('practice-progress').textContent()).toContain('알았어요 0');
  });

  it('키보드만으로 카드를 펼치고 표시하며 끝까지 간다', async () => {
    const page = await context.newPage();
    await page.goto(practiceUrl());
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim().slice(0, 12).trim()}`);
    // Tab from the top of the page to the first card's reveal.
    for (let i = 0; i < 60 && !(await focused()).startsWith('summary:'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('summary:스크립트 보기 — 할');
    for (const key of ['s2-b0', 's2-b1-0', 's2-b1-1']) {
      expect(await visibleCards(page)).toEqual([key]);
      if (!(await focused()).startsWith('summary:')) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await currentCard(page).locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      // The marks appear on the details' toggle event (a task after Enter); a person cannot Tab sooner.
      await currentCard(page).getByRole('button', { name: '알았어요' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('button:알았어요');
      await page.keyboard.press('Space');
      // Focus moves to the next card's heading, so the next Tab reaches its reveal.
      if (key !== 's2-b1-1') expect(await focused()).toMatch(/^h2:카드/);
    }
    expect(await focused()).toBe('h2:카드를 모두 봤어요');
  });

  it('JavaScript가 꺼져 있으면 안내문과 모든 카드가 보이고 답은 details로 펼칠 수 있다', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(practiceUrl());
    expect(await page.locator('.practice-nojs').isVisible()).toBe(true);
    expect(await visibleCards(page)).toEqual(['s2-b0', 's2-b1-0', 's2-b1-1']);
    const card = page.locator('#card-s2-b1-0');
    await card.getByText('스크립트 보기').click();
    expect(await card.getByText('첨부 감사합니다.').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: '알았어요' }).isVisible()).toBe(false);
    await page.goto(`${env.site.url}/learn/`);
    expect(await page.locator('.practice-nojs').isVisible()).toBe(true);
    await noJs.close();
  });
});
