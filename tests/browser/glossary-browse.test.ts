/** Glossary definitions by keyboard, the category menu at phone and desktop widths, and an axe sweep of the new pages. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { useBundledSiteInBrowser } from '../helpers/browser-site';

const env = useBundledSiteInBrowser();

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className.split(' ')[0]}:${document.activeElement?.textContent?.trim()}`);

/** The expanded state Chromium gives assistive technology for a button, read from its accessibility tree. */
async function expanded(page: Page, name: string): Promise<boolean | undefined> {
  const client = await page.context().newCDPSession(page);
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string }; name?: { value?: string }; properties?: Array<{ name: string; value: { value?: unknown } }> }> };
  await client.detach();
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name);
  const state = button?.properties?.find((property) => property.name === 'expanded')?.value.value;
  return state === undefined ? undefined : Boolean(state);
}

describe('용어 설명', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`키보드로 용어에 가서 Enter로 뜻을 열고 Esc로 닫는다 (JavaScript ${javaScriptEnabled ? '켬' : '끔'})`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.site.url}/faq/valet-pass-not-own-use/`);
      for (let i = 0; i < 80 && !(await focused(page)).startsWith('button.term:'); i++) await page.keyboard.press('Tab');
      // The first term in reading order is in the (예시) line of step ①.
      expect(await focused(page)).toBe('button.term:발레 요금');
      const popover = page.locator('#term-valet-fee');
      await expect.poll(() => popover.isVisible()).toBe(false);

      await page.keyboard.press('Enter');
      await expect.poll(() => popover.isVisible()).toBe(true);
      expect(await popover.textContent()).toContain('발레 서비스 이용 요금입니다. 이용 요금이 0원이면 0원으로 이용완료 진행합니다.');
      // Screen readers: the term button is expanded and described by the definition.
      const term = page.getByRole('button', { name: '발레 요금', exact: true });
      expect(await term.getAttribute('aria-describedby')).toBe('term-valet-fee-definition');
      expect(await page.locator('#term-valet-fee-definition').textContent()).toBe('발레 서비스 이용 요금입니다. 이용 요금이 0원이면 0원으로 이용완료 진행합니다.');
      await expect.poll(() => expanded(page, '발레 요금')).toBe(true);
      if (javaScriptEnabled) await expect.poll(() => term.getAttribute('aria-expanded')).toBe('true');

      // The definition's link into the glossary is next in the tab order.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('a.:용어집에서 보기');
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
      expect(await expanded(page, '발레 요금')).toBe(false);
      await context.close();
    });
  }

  it('용어 표시가 있어도 문장의 글자는 그대로다', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/faq/valet-pass-not-own-use/`);
    // The sentence's own text (copy tools may sit beside it inside p.line).
    const line = page.locator('p.line .line-text').filter({ has: page.locator('button.term', { hasText: '발레존' }) });
    expect(await line.evaluate((element) => element.textContent)).toBe('발레 서비스의 경우 발레존 직원이 직접 차량 번호를 입력하여 입차처리하다 보니 간혹 차량 번호를 잘 못 입력하는 경우가 있습니다.');
    expect(await page.locator('button.term', { hasText: /^발레패스$/ }).count()).toBe(1);
    await page.close();
  });

  it('"용어집에서 보기"는 용어집의 그 항목으로 간다', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/faq/valet-exit-not-processed/`);
    await page.getByRole('button', { name: '전산완료', exact: true }).click();
    await page.locator('#term-system-completion').getByRole('link', { name: '용어집에서 보기' }).click();
    await expect.poll(() => page.url()).toBe(`${env.site.url}/glossary/#system-completion`);
    expect(await page.locator('#system-completion dfn').textContent()).toBe('전산완료');
    await page.close();
  });
});

describe('카테고리 메뉴', () => {
  it('넓은 화면에서는 항상 보이는 사이드바다', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}/faq/valet-exit-not-processed/`);
    const nav = page.getByRole('navigation', { name: '카테고리', exact: true });
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(await page.locator('.category-nav-toggle').isVisible()).toBe(false);
    expect(await nav.getByRole('link', { name: /입\/출차오인식/ }).getAttribute('aria-current')).toBe('true');
    expect(await nav.getByRole('link', { name: '발레 출차처리가 되지 않았어요.' }).getAttribute('aria-current')).toBe('page');
    const [navBox, mainBox] = [await nav.boundingBox(), await page.locator('main').boundingBox()];
    expect(navBox!.x + navBox!.width).toBeLessThanOrEqual(mainBox!.x);
    // The sidebar's links are in the tab order right after the main menu.
    for (let i = 0; i < 12 && !(await focused(page)).startsWith('a.tree-link'); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a.tree-link:발레 스크립트 2건');
    await page.close();
  });

  it('좁은 화면에서는 접힌 메뉴이고 키보드로 연다', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${env.site.url}/faq/valet-exit-not-processed/`);
    const nav = page.getByRole('navigation', { name: '카테고리', exact: true });
    await expect.poll(() => nav.isVisible()).toBe(false);
    await page.locator('.category-nav-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a\.tree-link:발레/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('접근성 (axe)', () => {
  for (const path of ['/glossary/', '/learn/', '/faq/valet-pass-not-own-use/', '/site/everland/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} (${colorScheme})에는 axe 위반이 없다`, async () => {
        const page = await env.browser.newPage({ colorScheme, viewport: { width: 390, height: 800 } });
        await page.goto(`${env.site.url}${path}`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
