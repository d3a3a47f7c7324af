/**
 * Hostile input: every XSS payload in the URL hash and in ?q= on every kind of page is shown as
 * text, never run. The harness (tests/helpers/xss.ts) is reused for the slot fields and the search box.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBundledSiteInBrowser } from '../helpers/browser-site';
import { probeXss, watchPage, xssPayloads } from '../helpers/xss';

const env = useBundledSiteInBrowser();

/** One page of each kind. */
const pageKinds = {
  '홈': '/',
  '스크립트': '/faq/valet-exit-not-processed/',
  '카테고리': '/category/valet/error/',
  '현장': '/site/everland/',
  '현장 목록': '/site/',
  '404': '/faq/no-such-script/',
};

async function freshPage(): Promise<{ page: Page; state: Awaited<ReturnType<typeof watchPage>> }> {
  const page = await env.browser.newPage();
  return { page, state: await watchPage(page) };
}

describe('XSS: 사용자가 입력하는 모든 값은 글자로만 보인다', () => {
  it(`페이로드 목록이 있다 (${xssPayloads.length}개)`, () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(25);
  });

  for (const [kind, url] of Object.entries(pageKinds)) {
    it(`${kind} 페이지: ?q=와 #해시로 넣은 페이로드가 실행되지도, 마크업이 되지도 않는다`, async () => {
      const { page, state } = await freshPage();
      const failures = await probeXss(page, state, async (payload) => {
        await page.goto(`${env.site.url}${url}?q=${encodeURIComponent(payload)}#${encodeURIComponent(payload)}`);
      });
      // The hash can also change after the page loaded (a pasted link, a back navigation), unencoded.
      failures.push(
        ...(await probeXss(page, state, async (payload) => {
          await page.evaluate((hash) => {
            location.hash = hash;
          }, payload);
        })),
      );
      await page.close();
      expect(failures).toEqual([]);
    });
  }

  it('상담 정보 슬롯: 입력한 페이로드는 문장 속 모든 자리에 글자로만 들어간다', async () => {
    const { page, state } = await freshPage();
    await page.goto(`${env.site.url}/faq/valet-pass-not-own-use/`);
    const field = page.getByRole('textbox', { name: '차량번호', exact: true });
    const failures = await probeXss(page, state, async (payload) => {
      await field.fill(payload);
      await expect.poll(() => page.locator('.slot[data-slot="carNumber"]').first().textContent()).toContain(payload.trim().slice(0, 8));
    });
    await page.close();
    expect(failures).toEqual([]);
  });

  it('검색창: 입력한 페이로드는 결과와 안내에 글자로만 보인다', async () => {
    const { page, state } = await freshPage();
    await page.goto(`${env.site.url}/`);
    const box = page.locator('site-search input[type=search]');
    const failures = await probeXss(page, state, async (payload) => {
      await box.fill(payload);
      await expect.poll(() => page.locator('site-search .search-status').textContent()).not.toBe('');
    });
    await page.close();
    expect(failures).toEqual([]);
  });

  it('탐지기는 실제 주입을 잡아낸다 (대화상자, 주입된 요소, CSP 위반)', async () => {
    const { page, state } = await freshPage();
    await page.goto(`${env.site.url}/`);
    const failures = await probeXss(
      page,
      state,
      async (payload) => {
        // A deliberately unsafe sink, to prove the probe sees what a real bug would do.
        await page.evaluate((html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html), payload);
      },
      ['<img src=x onerror=alert(1)>', '<b>굵게</b><svg></svg>'],
    );
    await page.close();
    expect(failures.some((failure) => failure.includes('injected <img'))).toBe(true);
    expect(failures.some((failure) => failure.includes('CSP blocked'))).toBe(true);
    expect(failures.some((failure) => failure.includes('injected <svg'))).toBe(true);
  });

  it('CSP가 주입된 인라인 스크립트를 막는다 (브라우저가 실제로 적용)', async () => {
    const { page, state } = await freshPage();
    await page.goto(`${env.site.url}/faq/valet-exit-not-processed/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'alert("csp")';
      document.body.append(script);
    });
    await page.waitForTimeout(50);
    expect(state.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.join('\n'))).toContain('script-src');
    await page.close();
  });
});
