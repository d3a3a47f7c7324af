/**
 * Practice, a mode of the script page (`/faq/<id>/?mode=practice`), in Chromium: cards made in the
 * browser from the page's own steps, reveal, marking, the order cards come back in, reset, keyboard
 * only, switching the mode on and off, axe, and the page without JavaScript.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const env = useBundledSiteInBrowser();
let context: BrowserContext;
const scriptUrl = (id = 'valet-exit-not-processed') => `${env.site.url}/faq/${id}/`;
const practiceUrl = (id = 'valet-exit-not-processed') => `${scriptUrl(id)}?mode=practice`;

// A fresh context per test: empty localStorage.
beforeEach(async () => {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

/** Waits for state an async render sets (the mode loads its code on open); generous for a busy CI machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

/** data-card of the cards currently shown. */
const visibleCards = (page: Page) => page.locator('.practice-card:visible').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card));
const currentCard = (page: Page) => page.locator('.practice-card:visible');
const status = (page: Page) => page.locator('practice-deck [data-status]');

/** Opens the practice mode from its URL and waits until the deck shows its first card. */
async function openPractice(page: Page, url = practiceUrl()) {
  await page.goto(url);
  await poll(() => visibleCards(page)).toHaveLength(1);
}

async function markCurrent(page: Page, label: '알았어요' | '다시 볼게요') {
  const before = await visibleCards(page);
  await currentCard(page).getByText('스크립트 보기').click();
  await currentCard(page).getByRole('button', { name: label }).click();
  await poll(() => visibleCards(page)).not.toEqual(before);
}

describe('연습 (스크립트 페이지의 연습 모드)', () => {
  it('카드는 한 장씩, 상황만 보이고 문장은 보기 전까지 숨겨지며, 스크립트와 상담 도구는 접힌다', async () => {
    const page = await context.newPage();
    await openPractice(page);
    expect(await visibleCards(page)).toEqual(['s2-b0']);
    expect(await page.title()).toBe('연습: 발레 출차처리가 되지 않았어요. · 상담 스크립트');
    const card = currentCard(page);
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe('카드 1 상황설명 › 이용 요금이 0원일 경우');
    const line = card.getByText('해당 건은 요금 0원으로 이용완료 진행하였습니다.');
    await poll(() => line.isVisible()).toBe(false);
    expect(await card.getByRole('button', { name: '알았어요' }).isVisible()).toBe(false);
    await card.getByText('스크립트 보기').click();
    await poll(() => line.isVisible()).toBe(true);
    await poll(() => card.getByRole('button', { name: '알았어요' }).isVisible()).toBe(true);
    expect(await status(page).textContent()).toContain('카드 1 / 3');
    // The script's own steps, walk bar and 상담 정보 are folded; the no-JS note is not shown.
    for (const folded of ['ol.steps', 'branch-walk', 'slot-panel', '.practice-nojs']) expect(await page.locator(folded).first().isVisible(), folded).toBe(false);
    // The answer is the page's own line (same text, slots and glossary marks), without a copy button.
    expect(await card.locator('.practice-lines [data-line]').count()).toBeGreaterThan(0);
    expect(await card.locator('copy-line, button.term').count()).toBe(0);
  });

  it('카드는 빌드가 학습 목록에 적은 카드와 같다 (practiceCards 하나로 만든다)', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.url}/learn/`);
    const listed = await page.locator('practice-progress').evaluateAll((elements) => Object.fromEntries(elements.map((e) => [(e as HTMLElement).dataset.faq, (e as HTMLElement).dataset.keys])));
    expect(Object.keys(listed).length).toBeGreaterThanOrEqual(2);
    for (const [id, keys] of Object.entries(listed)) {
      await openPractice(page, practiceUrl(id));
      const made = await page.locator('.practice-card').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card).join(' '));
      expect(made, id).toBe(keys);
    }
  });

  it('카드의 상황에는 단계 제목과 분기 이름이, 숨긴 답에는 그 경로의 문장만 있다', async () => {
    const page = await context.newPage();
    await openPractice(page);
    // The third card, not shown yet: read from the DOM, not the accessibility tree.
    const card = page.locator('#card-s2-b1-1');
    expect(await card.locator('h3.practice-card-title').textContent()).toBe('카드 3 상황설명 › 이용 요금 있을 경우 › N');
    expect(await card.locator('.practice-stop.chosen').textContent()).toBe('②2단계:상황설명 › 이용 요금 있을 경우 › N');
    const answer = (await card.locator('.practice-lines').textContent()) ?? '';
    expect(answer).toContain('발레 요금은 ○○○원으로 확인 됩니다. 혹시 현장에서 별도 결제하셨을까요?');
    expect(answer).toContain('그러시군요. 발레존 측으로 확인하여 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.');
    expect(answer).not.toContain('첨부 감사합니다.');
    expect(answer).not.toContain('해당 건은 요금 0원으로 이용완료 진행하였습니다.');
    // Every step is a stop, in order, with its circled number as the page shows it.
    expect(await card.locator('.practice-stop-title').allTextContents()).toEqual(['① 발화 시점 및 상황에 맞는 감성표현 활용 필요 (호응, 공감, 양해, 사과)', '② 상황설명 › 이용 요금 있을 경우 › N']);
  });

  it('표시하면 다음 카드로 넘어가고, 다시 볼게요 카드가 다음에 먼저 나온다', async () => {
    const page = await context.newPage();
    await openPractice(page);
    await markCurrent(page, '알았어요'); // s2-b0
    expect(await visibleCards(page)).toEqual(['s2-b1-0']);
    await markCurrent(page, '다시 볼게요'); // s2-b1-0
    await markCurrent(page, '알았어요'); // s2-b1-1
    expect(await visibleCards(page)).toEqual([]);
    const done = page.getByRole('region', { name: '카드를 모두 봤어요' });
    await poll(() => done.textContent()).toContain('이번에 알았어요 2장, 다시 볼게요 1장.');
    // The way back to the list is the site's own /learn/ (under its base), not a guessed path.
    await expect.poll(() => done.getByRole('link', { name: '학습 목록으로' }).getAttribute('href')).toBe('/learn/');

    await page.reload();
    await poll(() => visibleCards(page)).toEqual(['s2-b1-0']);
    expect(await status(page).textContent()).toContain('다시 볼게요로 표시한 카드부터');
    // Then the known cards, the one marked longest ago first.
    await markCurrent(page, '알았어요');
    expect(await visibleCards(page)).toEqual(['s2-b0']);

    await page.goto(`${env.site.url}/learn/`);
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '발레 출차처리가 되지 않았어요.' }) }).last();
    await poll(() => row.locator('practice-progress').textContent()).toContain('카드 3장 · 알았어요 3 · 다시 볼게요 0 · 남음 0');
  });

  it('학습 페이지는 다시 볼 카드를 맨 위에 상황과 함께 보여주고, 다시 보기는 그 카드만 돈다', async () => {
    const page = await context.newPage();
    await openPractice(page);
    await markCurrent(page, '알았어요');
    await markCurrent(page, '다시 볼게요');
    await markCurrent(page, '다시 볼게요');
    await page.getByRole('button', { name: '다시 볼 카드만 다시 보기' }).click();
    await poll(() => visibleCards(page)).toEqual(['s2-b1-0']);
    expect(await status(page).textContent()).toContain('카드 1 / 2');

    await page.goto(`${env.site.url}/learn/`);
    const review = page.getByRole('region', { name: '다시 볼 카드' });
    await poll(() => review.getByRole('link').textContent()).toBe('발레 출차처리가 되지 않았어요. — 다시 볼 카드 2장');
    expect(await review.locator('.review-situations li').allTextContents()).toEqual(['상황설명 › 이용 요금 있을 경우 › Y', '상황설명 › 이용 요금 있을 경우 › N']);
    // The review list comes before the list of every script.
    const order = await page.evaluate(() => {
      const review = document.querySelector('[data-again-list]')!;
      const all = document.getElementById('by-category')!;
      return review.compareDocumentPosition(all) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // Its link opens the script page's practice mode, with the cards to see again first.
    await review.getByRole('link').click();
    await poll(() => visibleCards(page)).toEqual(['s2-b1-0']);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/faq/valet-exit-not-processed/?mode=practice');
  });

  it('기록 지우기는 확인을 받고, 취소하면 남고 확인하면 모두 지운다', async () => {
    const page = await context.newPage();
    await openPractice(page);
    await markCurrent(page, '다시 볼게요');
    await page.goto(`${env.site.url}/learn/`);
    const reset = page.getByRole('button', { name: '연습 기록 모두 지우기' });

    page.once('dialog', (dialog) => void dialog.dismiss());
    await reset.click();
    expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('kb-practice:v1') ?? '{}')))).toEqual(['valet-exit-not-processed/s2-b0']);

    page.once('dialog', (dialog) => void dialog.accept());
    await reset.click();
    await poll(() => page.getByText('다시 볼게요로 표시한 카드가 없습니다.').isVisible()).toBe(true);
    expect(await page.getByRole('status').last().textContent()).toBe('연습 기록을 모두 지웠습니다.');
    await poll(() => page.locator('practice-progress').first().textContent()).toContain('알았어요 0 · 다시 볼게요 0 · 남음 3');

    await openPractice(page);
    expect(await visibleCards(page)).toEqual(['s2-b0']);
    await markCurrent(page, '알았어요');
    await poll(() => page.locator('practice-deck practice-progress').textContent()).toContain('알았어요 1');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '이 스크립트 기록 지우기' }).click();
    await poll(() => visibleCards(page)).toEqual(['s2-b0']);
    await poll(() => page.locator('practice-deck practice-progress').textContent()).toContain('알았어요 0');
  });

  it('키보드만으로 연습을 열고, 카드를 펼치고 표시하며 끝까지 간 뒤 스크립트로 돌아온다', async () => {
    const page = await context.newPage();
    await page.goto(scriptUrl());
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim().slice(0, 12).trim()}`);
    // Tab from the top of the page to the mode's link and follow it: focus lands on the first card.
    for (let i = 0; i < 60 && (await focused()) !== 'a:이 스크립트 연습하기'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:이 스크립트 연습하기');
    await page.keyboard.press('Enter');
    await poll(focused).toMatch(/^h3:카드 1/);
    expect(new URL(page.url()).search).toBe('?mode=practice');
    // The walk's number keys do nothing while the script is folded.
    await page.keyboard.press('1');
    expect(new URL(page.url()).hash).toBe('#practice');
    for (const key of ['s2-b0', 's2-b1-0', 's2-b1-1']) {
      expect(await visibleCards(page)).toEqual([key]);
      if (!(await focused()).startsWith('summary:')) await page.keyboard.press('Tab');
      expect(await focused()).toBe('summary:스크립트 보기 — 할');
      await page.keyboard.press('Enter');
      expect(await currentCard(page).locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      // The marks appear on the details' toggle event (a task after Enter); a person cannot Tab sooner.
      await currentCard(page).getByRole('button', { name: '알았어요' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('button:알았어요');
      await page.keyboard.press('Space');
      // Focus moves to the next card's heading, so the next Tab reaches its reveal.
      if (key !== 's2-b1-1') await poll(focused).toMatch(/^h3:카드/);
    }
    await poll(focused).toBe('h3:카드를 모두 봤어요');
    await page.getByRole('link', { name: '연습 끝내고 스크립트 보기' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).search).toBe('');
    await poll(() => page.locator('ol.steps').isVisible()).toBe(true);
    expect(await page.locator('practice-deck').count()).toBe(0);
    expect(await page.title()).toBe('발레 출차처리가 되지 않았어요. · 상담 스크립트');
  });

  it('연습 코드와 스타일은 연습을 열 때만 받고, 뒤로 가기는 스크립트로, 앞으로 가기는 연습으로 간다', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(scriptUrl());
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /practice-(session|deck)|practice[.-].*\.css/.test(path))).toEqual([]);
    // The pager's link at the bottom opens the mode too.
    await page.locator('.script-pager').getByRole('link', { name: '이 스크립트 연습하기' }).click();
    await poll(() => visibleCards(page)).toEqual(['s2-b0']);
    expect(requested.some((path) => /\/_astro\/practice-session\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(requested.some((path) => /\/_astro\/practice\.[\w-]+\.css$/.test(path))).toBe(true);
    // The deck is styled when it shows (the stylesheet is awaited), e.g. the card's border.
    expect(await currentCard(page).evaluate((card) => getComputedStyle(card).borderTopStyle)).toBe('solid');
    await page.goBack();
    await poll(() => page.locator('ol.steps').isVisible()).toBe(true);
    expect(await page.locator('practice-deck').count()).toBe(0);
    await page.goForward();
    await poll(() => visibleCards(page)).toEqual(['s2-b0']);
  });

  it('연습 모드는 카드를 펼치고 다 봤을 때까지 axe 위반이 없다 (밝게, 어둡게)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await env.browser.newPage({ colorScheme, viewport: { width: 390, height: 800 } });
      await openPractice(page);
      expect(await axeViolations(page), `${colorScheme}: card`).toEqual([]);
      await currentCard(page).getByText('스크립트 보기').click();
      await currentCard(page).getByRole('button', { name: '알았어요' }).waitFor({ state: 'visible' });
      expect(await axeViolations(page), `${colorScheme}: answer`).toEqual([]);
      for (let i = 0; i < 3; i++) await markCurrent(page, '다시 볼게요');
      await page.getByRole('region', { name: '카드를 모두 봤어요' }).waitFor({ state: 'visible' });
      expect(await axeViolations(page), `${colorScheme}: done`).toEqual([]);
      await page.close();
    }
  });

  it('JavaScript가 꺼져 있으면 연습 모드는 JavaScript가 필요하다고 알리고, 페이지는 모든 경로를 보여준다', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(practiceUrl());
    expect(await page.locator('.practice-nojs').textContent()).toBe('연습 모드는 JavaScript가 필요합니다. JavaScript 없이도 아래 스크립트에서 모든 경로의 문장을 읽을 수 있습니다.');
    expect(await page.locator('.practice-nojs').isVisible()).toBe(true);
    expect(await page.locator('.practice-open').isVisible()).toBe(false);
    expect(await page.locator('.practice-card').count()).toBe(0);
    for (const line of ['해당 건은 요금 0원으로 이용완료 진행하였습니다.', '첨부 감사합니다.', '그러시군요. 발레존 측으로 확인하여 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.']) {
      expect(await page.getByText(line).first().isVisible(), line).toBe(true);
    }
    await page.goto(`${env.site.url}/learn/`);
    expect(await page.locator('.practice-nojs').isVisible()).toBe(true);
    await noJs.close();
  });
});
