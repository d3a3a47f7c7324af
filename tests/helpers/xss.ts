/**
 * A reusable XSS probe for browser tests: feed every payload of tests/fixtures/xss-payloads.txt to
 * one input (URL hash, ?q=, a slot field, the search box) and report any payload that ran script
 * (a dialog, a CSP violation from an injected inline script or handler) or injected markup.
 *
 * Usage: `expect(await probeXss(page, async (payload) => { await page.fill('#q', payload); }, xssPayloads)).toEqual([])`
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const xssPayloads: string[] = readFileSync(path.resolve(__dirname, '../fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));

/** Elements that a payload would add if it were parsed as markup (not present on any page by design). */
const injectedSelector = ['img[src="x"]', 'svg', 'math', 'iframe', 'details[ontoggle]', '[onload]', '[onerror]', '[onmouseover]', '[onfocus]', '[ontoggle]', 'a[href^="javascript:"]', 'base', 'meta[http-equiv="refresh"]', 'script', 'style', 'noscript', 'table'].join(',');

interface ProbeState {
  dialogs: string[];
}

/**
 * Records what a payload did on the page (call once per page, before the first navigation):
 * dialogs (alert/confirm/prompt) and CSP violations, which mean markup was injected and the CSP
 * stopped it; both count as failures.
 */
export async function watchPage(page: Page): Promise<ProbeState> {
  const state: ProbeState = { dialogs: [] };
  page.on('dialog', (dialog) => {
    state.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__cspViolations.push(`${event.violatedDirective} ${event.sample || event.blockedURI}`));
  });
  return state;
}

/** Elements a payload could have put on the page, and CSP violations since the last call. */
async function traces(page: Page): Promise<{ elements: string[]; violations: string[] }> {
  return page.evaluate((selector) => {
    const w = window as unknown as { __cspViolations?: string[] };
    const violations = w.__cspViolations ?? [];
    w.__cspViolations = [];
    return { elements: [...document.querySelectorAll(selector)].map((element) => element.outerHTML.slice(0, 160)), violations };
  }, injectedSelector);
}

/**
 * Runs `action(payload)` for each payload and returns one line per failure (empty when safe).
 * The page must have been passed to watchPage() first; `action` navigates or types. A harmless
 * input first gives the baseline: the page's own inline scripts and styles are not injections.
 */
export async function probeXss(page: Page, state: ProbeState, action: (payload: string) => Promise<void>, payloads = xssPayloads): Promise<string[]> {
  await action('발레 출차');
  const baseline = new Set((await traces(page)).elements);
  const failures: string[] = [];
  for (const payload of payloads) {
    state.dialogs.length = 0;
    await action(payload);
    // Give handlers (onerror, ontoggle, timers) a moment to fire.
    await page.waitForTimeout(30);
    const { elements, violations } = await traces(page);
    for (const dialog of state.dialogs) failures.push(`${JSON.stringify(payload)} → dialog ${dialog}`);
    for (const element of elements.filter((html) => !baseline.has(html))) failures.push(`${JSON.stringify(payload)} → injected ${element}`);
    for (const violation of violations) failures.push(`${JSON.stringify(payload)} → CSP blocked ${violation}`);
  }
  return failures;
}
