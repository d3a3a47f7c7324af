/**
 * The web editor end to end, in Chromium: open it locally on a copy of the content, change one
 * sentence of a seed script, add a nested branch, save; the change is on disk (in that file only,
 * with `updated` and a `changes` line) and on the rebuilt page. A save that `kb check` rejects
 * writes nothing and says why in Korean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorServer, type EditorServer } from '../../src/editor/server/editor-server';
import { launchBrowser } from '../helpers/browser';
import { buildSite } from '../helpers/build';
import { contentCopy, snapshot } from '../helpers/editor';

const today = '2026-12-02';
const scriptFile = 'faq/valet-pass-not-own-use.mdx';
const before = '실례지만 {{paymentDate}} 결제 건 말씀하실까요?';
const after = '실례지만 {{paymentDate}} 결제 건으로 연락 주신 게 맞을까요?';

let browser: Browser;
let editor: EditorServer;
let contentDir: string;

beforeAll(async () => {
  process.env.KB_TODAY = today;
  contentDir = contentCopy();
  editor = await startEditorServer({ contentDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  delete process.env.KB_TODAY;
  await browser?.close();
  await editor?.close();
});

async function openScript(id: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${editor.url}/admin/`);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.goto(`${editor.url}/admin/#/collections/faq/entries/${id}`);
  await expect.poll(() => page.getByLabel('제목').first().inputValue(), { timeout: 30_000 }).not.toBe('');
  return page;
}

/** The index of the first control among `locator`'s matches whose value is `value`. */
const indexOfValue = (page: Page, selector: string, value: string) =>
  page.locator(selector).evaluateAll((elements, wanted) => elements.findIndex((element) => (element as HTMLInputElement).value === wanted), value);

async function publish(page: Page) {
  await page.getByRole('button', { name: '게시', exact: true }).click();
  await page.getByText('지금 게시', { exact: true }).click();
}

describe('편집기 (로컬)', () => {
  it('문장 하나를 고치고 하위 분기를 더해 저장하면 그 파일만 바뀌고, 다시 빌드한 페이지에 보인다', async () => {
    const original = await snapshot(contentDir);
    const page = await openScript('valet-pass-not-own-use');

    const line = await indexOfValue(page, 'textarea', before);
    expect(line).toBeGreaterThanOrEqual(0);
    await page.locator('textarea').nth(line).fill(after);

    await page.getByRole('button', { name: '하위 분기 추가' }).first().click();
    const labels = page.getByLabel('분기 이름');
    await expect.poll(() => indexOfValue(page, 'input', '')).toBeGreaterThanOrEqual(0);
    const empty = await labels.evaluateAll((elements) => elements.findIndex((element) => (element as HTMLInputElement).value === ''));
    await labels.nth(empty).fill('차량번호가 다를 경우');

    // The review shows the changed sentence before saving.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('[data-review]').textContent()).toContain(after);

    await publish(page);
    const file = path.join(contentDir, scriptFile);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 30_000 }).toContain(after);

    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain(before);
    expect(saved).toContain('label: 차량번호가 다를 경우');
    expect(saved).toContain(`updated: ${today}`);
    expect(saved).toContain(`- date: ${today}\n    summary: 문장 1개 변경, 1개 추가 (편집기)`);
    // Only the edited lines differ: the rest of the file is byte for byte what it was.
    const kept = original.get(scriptFile)!.split('\n').filter((text) => !saved.split('\n').includes(text));
    expect(kept).toEqual(['updated: 2026-11-25', `      - ${before}`]);

    const now = await snapshot(contentDir);
    expect([...now.keys()]).toEqual([...original.keys()]);
    for (const [name, text] of now) if (name !== scriptFile) expect(text, name).toBe(original.get(name));

    const site = buildSite(contentDir);
    expect(site.status, site.output).toBe(0);
    const html = site.read('faq/valet-pass-not-own-use/index.html');
    expect(html).toContain('결제 건으로 연락 주신 게 맞을까요?');
    expect(html).toContain('차량번호가 다를 경우');
    await page.close();
  });
});
