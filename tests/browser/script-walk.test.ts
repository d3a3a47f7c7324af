/** Walking, filling and copying a script on the built site, by mouse and by keyboard, in Chromium. */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const q1 = '/faq/valet-pass-not-own-use/';
const q2 = '/faq/valet-exit-not-processed/';

const harness = useBundledSiteInBrowser();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...options });
  const page = await context.newPage();
  await page.goto(`${harness.site.url}${path}`);
  return { context, page };
}

/** The trail as read: its items joined by the › the page draws between them. */
const trail = (page: Page) => page.locator('.walk-trail li').allInnerTexts().then((items) => items.map((item) => item.trim()).join(' › '));
// Read in the page: page.url() learns of pushState only a moment later.
const hash = (page: Page) => page.evaluate(() => location.hash);
const visible = (page: Page, id: string) => page.locator(`#${id}`).isVisible();
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The seed Q2 path `이용 요금 있을 경우 › Y`: which sections show. */
async function expectQ2YesPath(page: Page) {
  expect(await hash(page)).toBe('#s2-b1-0');
  expect(await trail(page)).toBe('② 상황설명 › 이용 요금 있을 경우 › Y');
  expect(await visible(page, 's2-b1')).toBe(true);
  expect(await visible(page, 's2-b1-0')).toBe(true);
  expect(await visible(page, 's2-b0')).toBe(false);
  expect(await visible(page, 's2-b1-1')).toBe(false);
  expect(await page.getByRole('button', { name: 'Y', exact: true }).getAttribute('aria-expanded')).toBe('true');
}

describe('분기 따라가기', () => {
  it('마우스로 Q2를 "이용 요금 있을 경우 › Y"까지 고르면 그 경로만 펼쳐지고 URL에 남는다', async () => {
    const { context, page } = await open(q2);
    expect(await trail(page)).toBe('아직 고른 분기가 없습니다');
    expect(await visible(page, 's2-b0')).toBe(false);
    expect(await visible(page, 's2-b1')).toBe(false);
    const top = page.getByRole('group', { name: '상황설명 분기 선택' });
    await top.getByRole('button', { name: '이용 요금 있을 경우' }).click();
    expect(await hash(page)).toBe('#s2-b1');
    await page.getByRole('group', { name: '이용 요금 있을 경우 분기 선택' }).getByRole('button', { name: 'Y', exact: true }).click();
    await expectQ2YesPath(page);
    // Folded siblings stay one click away.
    await top.getByRole('button', { name: '이용 요금이 0원일 경우' }).click();
    expect(await hash(page)).toBe('#s2-b0');
    expect(await visible(page, 's2-b0')).toBe(true);
    expect(await visible(page, 's2-b1')).toBe(false);
    await context.close();
  });

  it('키보드만으로 Tab·Enter·Space와 숫자 키로 같은 경로를 고를 수 있고 포커스가 보인다', async () => {
    const { context, page } = await open(q2);
    const focusedName = () => page.evaluate(() => (document.activeElement?.matches('button') ? document.activeElement.textContent : '') ?? '');
    for (let i = 0; i < 60 && !(await focusedName()).includes('이용 요금 있을 경우'); i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toContain('이용 요금 있을 경우');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && (await focusedName()) !== '1Y'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expectQ2YesPath(page);

    // Number keys pick at the next open question, from a fresh page.
    await page.goto(`${harness.site.url}${q2}`);
    await page.keyboard.press('2');
    expect(await hash(page)).toBe('#s2-b1');
    await page.keyboard.press('1');
    await expectQ2YesPath(page);
    // Arrow keys move between the options of a question.
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toBe('2N');
    await context.close();
  });

  it('새로고침하면 URL의 경로가 그대로 복원되고, 뒤로 가기는 한 단계씩 되돌린다', async () => {
    const { context, page } = await open(q2);
    await page.keyboard.press('2');
    await page.keyboard.press('1');
    await page.reload();
    await expectQ2YesPath(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s2-b1-0-label');

    await page.goBack();
    expect(await hash(page)).toBe('#s2-b1');
    expect(await trail(page)).toBe('② 상황설명 › 이용 요금 있을 경우');
    expect(await visible(page, 's2-b1')).toBe(true);
    expect(await visible(page, 's2-b1-0')).toBe(false);
    expect(await visible(page, 's2-b1-1')).toBe(false);
    await page.goForward();
    await expectQ2YesPath(page);

    // Backspace undoes one choice; a trail link goes back to any point.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Backspace');
    expect(await hash(page)).toBe('#s2-b1');
    await page.keyboard.press('2');
    expect(await hash(page)).toBe('#s2-b1-1');
    await page.getByRole('navigation', { name: '선택한 경로' }).getByRole('link', { name: '② 상황설명' }).click();
    expect(await trail(page)).toBe('아직 고른 분기가 없습니다');
    expect(await visible(page, 's2-b1')).toBe(false);
    await context.close();
  });

  it('공유한 링크 #s2-b1-1과 페이지 안의 링크 #s2-b0은 그 분기를 열고 포커스하며, 처음부터는 모든 선택을 지운다', async () => {
    const { context, page } = await open(`${q2}#s2-b1-1`);
    expect(await trail(page)).toBe('② 상황설명 › 이용 요금 있을 경우 › N');
    expect(await visible(page, 's2-b1-1')).toBe(true);
    expect(await visible(page, 's2-b1-0')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s2-b1-1-label');
    // A link on the page itself (a search result) to another branch opens and focuses that one.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: '#s2-b0', textContent: '검색 결과' });
      document.querySelector('main')!.prepend(link);
      link.click();
    });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('s2-b0-label');
    expect(await trail(page)).toBe('② 상황설명 › 이용 요금이 0원일 경우');
    expect(await visible(page, 's2-b1')).toBe(false);
    await page.getByRole('button', { name: '처음부터' }).click();
    expect(await hash(page)).toBe('');
    expect(await trail(page)).toBe('아직 고른 분기가 없습니다');
    for (const id of ['s2-b0', 's2-b1', 's2-b1-0', 's2-b1-1']) expect(await visible(page, id)).toBe(false);
    await context.close();
  });

  it('인쇄하면 고르지 않은 경로까지 모두 보인다', async () => {
    const { context, page } = await open(`${q2}#s2-b1-0`);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['s2-b0', 's2-b1', 's2-b1-0', 's2-b1-1']) expect(await visible(page, id)).toBe(true);
    expect(await page.locator('.choices').first().isVisible()).toBe(false);
    await context.close();
  });

  it('자바스크립트 없이도 모든 분기와 문장이 보이고, 쓸 수 없는 도구는 나오지 않는다', async () => {
    const { context, page } = await open(q2, { javaScriptEnabled: false });
    for (const id of ['s2-b0', 's2-b1', 's2-b1-0', 's2-b1-1']) expect(await visible(page, id)).toBe(true);
    expect(await page.getByText('그러시군요. 발레존 측으로 확인하여 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.').isVisible()).toBe(true);
    // Glossary terms (button.term) open their definition natively, so they stay usable without JavaScript.
    expect(await page.locator('button:visible:not(.term)').count()).toBe(0);
    expect(await page.getByText('상담 정보').isVisible()).toBe(false);
    await context.close();
  });
});

describe('좁은 화면', () => {
  for (const width of [360, 390]) {
    it(`${width}px 폭에서 분기를 고르고 정보를 채우고 단축키를 펼쳐도 가로 스크롤이 없다`, async () => {
      const { context, page } = await open(`${q1}#s2-b1`, { viewport: { width, height: 800 } });
      await page.getByRole('textbox', { name: '차량번호', exact: true }).fill('12가3456');
      await page.locator('.walk-keys > summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
});

describe('상담 정보 채우기', () => {
  it('차량번호를 넣으면 모든 자리에 들어가고 뒤 조사가 "는"에서 "은"으로 바뀐다; 지우기는 자리표시로 되돌린다', async () => {
    const { context, page } = await open(`${q1}#s2-b0`);
    const occurrences = page.locator('.slot[data-slot="carNumber"]');
    const occurrencesCount = await occurrences.count();
    expect(occurrencesCount).toBeGreaterThan(0);
    const line = page.locator('#s2 > .blocks > p.line').first();
    await expect.poll(() => line.innerText()).toContain('등록된 차량번호 OOO OOOO는 고객님께서');
    await page.getByRole('textbox', { name: '차량번호', exact: true }).fill('12가3456');
    await expect.poll(() => occurrences.allInnerTexts()).toEqual(Array(occurrencesCount).fill('12가3456'));
    await expect.poll(() => line.innerText()).toContain('등록된 차량번호 12가3456은 고객님께서');
    await page.getByRole('textbox', { name: '차량번호', exact: true }).fill('12가3452');
    await expect.poll(() => line.innerText()).toContain('등록된 차량번호 12가3452는 고객님께서');

    // The values stay in this tab (sessionStorage): a reload keeps them, another tab does not see them.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: '차량번호', exact: true }).inputValue()).toBe('12가3452');
    await expect.poll(() => line.innerText()).toContain('12가3452는');
    const other = await context.newPage();
    await other.goto(`${harness.site.url}${q1}`);
    await expect.poll(() => other.locator('#s2 > .blocks > p.line').first().innerText()).toContain('OOO OOOO는');
    await other.close();

    await page.getByRole('button', { name: '지우기' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: '차량번호', exact: true }).inputValue()).toBe('');
    await expect.poll(() => line.innerText()).toContain('등록된 차량번호 OOO OOOO는 고객님께서');
    await context.close();
  });

  it('요금 "5000"과 이용일 "11/3"을 넣으면 "5,000원으로", "11월 3일"이 된다', async () => {
    const { context, page } = await open(`${q2}#s2-b1-0`);
    const amountLine = page.locator('#s2-b1 > .blocks > p.line').first();
    await expect.poll(() => amountLine.innerText()).toContain('발레 요금은 ○○○원으로 확인 됩니다.');
    await page.getByRole('textbox', { name: '요금', exact: true }).fill('5000');
    await page.getByRole('textbox', { name: '이용일', exact: true }).fill('11/3');
    await expect.poll(() => amountLine.innerText()).toContain('발레 요금은 5,000원으로 확인 됩니다.');
    await expect.poll(() => page.locator('#s1 p.line').innerText()).toContain('실례지만 11월 3일 이용 건 말씀하실까요?');
    await context.close();
  });

  it('"<img src=x onerror=alert(1)>"를 넣어도 글자로만 보이고 스크립트가 실행되지 않는다', async () => {
    const { context, page } = await open(q2);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.getByRole('textbox', { name: '이용일', exact: true }).fill(payload);
    await expect.poll(() => page.locator('.slot[data-slot="usageDate"]').first().innerText()).toBe(payload);
    expect(await page.locator('main img').count()).toBe(0);
    await page.reload(); // the stored value is painted again on load
    await expect.poll(() => page.locator('.slot[data-slot="usageDate"]').first().innerText()).toBe(payload);
    await page.waitForTimeout(300);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('복사', () => {
  it('문장 옆 복사 버튼은 채운 문장을 복사하고 "복사됨"을 보여 주고 알린다', async () => {
    const { context, page } = await open(q1);
    await page.getByRole('textbox', { name: '차량번호', exact: true }).fill('12가3456');
    const line = page.locator('#s2 > .blocks > p.line').first();
    await line.getByRole('button', { name: '이 문장 복사' }).click();
    await expect.poll(() => clipboard(page)).toBe('등록된 차량번호 12가3456은 고객님께서 이용하시는 차량이 맞을까요?');
    await expect.poll(() => line.locator('.copy-btn').innerText()).toBe('복사됨');
    await expect.poll(() => page.locator('#kb-announce').innerText()).toContain('복사됨');
    await context.close();
  });

  it('경로 복사는 고른 경로의 말할 문장을 번호 붙여 한 줄에 한 문장씩 복사한다 (버튼과 Alt+Shift+C)', async () => {
    const { context, page } = await open(`${q2}#s2-b1-0`);
    await page.getByRole('textbox', { name: '이용일', exact: true }).fill('11/3');
    await page.getByRole('textbox', { name: '요금', exact: true }).fill('5000');
    await page.getByRole('button', { name: '경로 복사' }).click();
    const transcript = [
      '1. 실례지만 11월 3일 이용 건 말씀하실까요?',
      '2. 현장에서 전산완료가 원활하게 진행되지 않아 어플 내에서 이용 중으로 확인되었던 것 같습니다.',
      '3. 이용에 불편을 드려 죄송합니다.',
      '4. 발레 요금은 5,000원으로 확인 됩니다.',
      '5. 혹시 현장에서 별도 결제하셨을까요?',
      '6. 번거로우시겠지만 현장에서 결제하신 내역 첨부 가능하실까요?',
      '7. 첨부 감사합니다.',
      '8. 발레존 측으로 확인 후 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.',
    ].join('\n');
    await expect.poll(() => clipboard(page)).toBe(transcript);
    await expect.poll(() => page.locator('#kb-announce').innerText()).toBe('복사됨: 경로 8문장');

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('2'); // every question answered: the number switches the last one, Y → N
    expect(await hash(page)).toBe('#s2-b1-1');
    await page.keyboard.press('Alt+Shift+C');
    await expect.poll(() => clipboard(page)).toContain('\n6. 그러시군요.\n7. 발레존 측으로 확인하여 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.');
    await context.close();
  });
});

describe('접근성 (axe-core)', () => {
  const states = [
    { name: 'Q2를 걸어 가고 정보를 채운 상태', path: `${q2}#s2-b1-0`, fill: { 이용일: '11/3', 요금: '5000' } },
    { name: 'Q1을 걸어 가고 차량번호를 채운 상태', path: `${q1}#s2-b1`, fill: { 결제일: '11월 3일', 차량번호: '12가3456' } },
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const state of states) {
      it(`${state.name}에서 위반이 없다 (${colorScheme})`, async () => {
        const { context, page } = await open(state.path, { colorScheme });
        for (const [label, value] of Object.entries(state.fill)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
        await page.locator('.line .copy-btn').first().click();
        await page.locator('.walk-keys > summary').click();
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
