/**
 * The web editor end to end, in Chromium: open it locally on a copy of the content, change one
 * sentence of a seed script, add a nested branch, save; the change is on disk (in that file only,
 * with `updated` and a `changes` line) and on the rebuilt page. A save that `kb check` rejects
 * writes nothing and says why in Korean.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorServer, type EditorServer } from '../../src/editor/server/editor-server';
import { launchBrowser, serveDir } from '../helpers/browser';
import { buildSite, projectRoot } from '../helpers/build';
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

/** Decap's 5 MB bundle takes a while to parse on a busy machine: generous waits, never a fixed sleep. */
async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(120_000);
  return page;
}

async function signIn(page: Page) {
  await page.goto(`${editor.url}/admin/`);
  await page.getByRole('button', { name: '로그인' }).click();
}

async function openScript(id: string): Promise<Page> {
  const page = await newPage();
  await signIn(page);
  await page.goto(`${editor.url}/admin/#/collections/faq/entries/${id}`);
  await expect.poll(() => page.getByLabel('제목').first().inputValue(), { timeout: 60_000 }).not.toBe('');
  return page;
}

/** The index of the first control among `locator`'s matches whose value is `value`. */
const indexOfValue = (page: Page, selector: string, value: string) =>
  page.locator(selector).evaluateAll((elements, wanted) => elements.findIndex((element) => (element as HTMLInputElement).value === wanted), value);

async function publish(page: Page) {
  await page.getByRole('button', { name: '게시', exact: true }).click();
  await page.getByText('지금 게시', { exact: true }).click();
}

describe('편집기 (로컬)', { timeout: 300_000 }, () => {
  it('문장 하나를 고치고 하위 분기를 더해 저장하면 그 파일만 바뀌고, 다시 빌드한 페이지에 보인다', async () => {
    const original = await snapshot(contentDir);
    const page = await openScript('valet-pass-not-own-use');

    // The form renders its lists after the title: wait for the sentence's box.
    await expect.poll(() => indexOfValue(page, 'textarea', before), { timeout: 60_000 }).toBeGreaterThanOrEqual(0);
    await page.locator('textarea').nth(await indexOfValue(page, 'textarea', before)).fill(after);

    await page.getByRole('button', { name: '하위 분기 추가' }).first().click();
    const labels = page.getByLabel('분기 이름');
    const empty = () => labels.evaluateAll((elements) => elements.findIndex((element) => (element as HTMLInputElement).value === ''));
    await expect.poll(empty, { timeout: 60_000 }).toBeGreaterThanOrEqual(0);
    await labels.nth(await empty()).fill('차량번호가 다를 경우');

    // The review shows the changed sentence before saving.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('[data-review]').textContent(), { timeout: 60_000 }).toContain(after);

    await publish(page);
    const file = path.join(contentDir, scriptFile);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000 }).toContain(after);

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

  it('kb check가 거부할 내용은 편집 중에 같은 메시지로 보이고, 저장해도 파일은 그대로다', async () => {
    const file = path.join(contentDir, 'faq/valet-exit-not-processed.mdx');
    const original = readFileSync(file, 'utf8');
    const page = await openScript('valet-exit-not-processed');
    const withUsageDate = () => page.locator('textarea').evaluateAll((elements) => elements.findIndex((element) => /\{\{usageDate\}\}/.test((element as HTMLTextAreaElement).value)));
    await expect.poll(withUsageDate, { timeout: 60_000 }).toBeGreaterThanOrEqual(0);
    const line = page.locator('textarea').nth(await withUsageDate());
    await line.fill((await line.inputValue()).replace('{{usageDate}}', '{{이용일}}'));

    const check = page.frameLocator('iframe').first().locator('[data-check]');
    await expect
      .poll(() => check.textContent(), { timeout: 60_000 })
      .toMatch(/faq\/valet-exit-not-processed\.mdx:\d+ — steps\[\d+\]\.script\[\d+\]: unknown slot "\{\{이용일\}\}"/);
    await expect.poll(() => check.getAttribute('data-check'), { timeout: 60_000 }).toBe('problems');

    await publish(page);
    await expect.poll(() => page.getByText(/저장하지 않았습니다/).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByText(/저장하지 않았습니다/).first().textContent()).toContain('unknown slot "{{이용일}}"');
    expect(readFileSync(file, 'utf8')).toBe(original);
    await page.close();
  });

  it('어휘(현장)에 한 곳을 더하면 sites.yaml에 그 줄만 더해진다', async () => {
    const file = path.join(contentDir, 'vocabulary/sites.yaml');
    const original = readFileSync(file, 'utf8');
    const page = await newPage();
    await signIn(page);
    await page.goto(`${editor.url}/admin/#/collections/vocabulary/entries/sites`);
    await page.getByRole('button', { name: '현장 추가' }).click();
    const names = page.getByLabel('현장 이름');
    await expect.poll(() => names.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await names.last().fill('롯데월드');
    await page.getByLabel('주소용 영문 이름').last().fill('lotte-world');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000 }).toBe(`${original}- name: 롯데월드\n  slug: lotte-world\n`);
    await page.close();
  });
});

describe('편집기 (운영용 빌드)', { timeout: 300_000 }, () => {
  it('editor-dist의 페이지는 GitHub 로그인을 요구한다 (계정 없이 저장할 수 없다)', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-editor-dist-')), 'editor-dist');
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/editor/production/build.ts', '--out', out], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const site = await serveDir(out);
    const page = await newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${site.url}/admin/`);
    await expect.poll(() => page.getByRole('button', { name: /GitHub/ }).count(), { timeout: 60_000 }).toBe(1);
    await page.close();
    await site.close();
  });
});
