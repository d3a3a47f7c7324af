/** The build rejects the bad-content corpus with every problem (file:line — field: message) and accepts BOM/CRLF/NFD files, normalised. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { gunzipSync } from 'node:zlib';
import { badCases, badContentDir, badCorpus, expectedLine } from '../helpers/bad-content';
import { all, text as pageText } from '../helpers/html';

describe('잘못된 콘텐츠로 빌드하기', () => {
  it('빌드는 실패하고, 모음의 모든 문제를 파일:줄 — 필드: 메시지로 한 번에 알려준다', () => {
    const dir = badContentDir();
    const site = buildSite(dir);
    rmSync(path.dirname(dir), { recursive: true, force: true });
    expect(site.status).not.toBe(0);
    const total = badCases.reduce((sum, c) => sum + c.problems.length, 0);
    expect(site.output).toContain(`${total} content problems:`);
    for (const { file, problems } of badCases) {
      for (const problem of problems) expect(site.output).toMatch(expectedLine(file, problem));
    }
    expect(site.exists('index.html')).toBe(false);
  });

  it('BOM·CRLF 파일과 NFD 한글 파일은 받아들이고, 페이지에는 NFC로 정규화된 글이 나온다', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-accepted-')), 'content');
    mkdirSync(path.join(dir, 'faq'), { recursive: true });
    cpSync(path.join(badCorpus, 'vocabulary'), path.join(dir, 'vocabulary'), { recursive: true });
    for (const { file } of badCases.filter((c) => c.accepted)) cpSync(path.join(badCorpus, file), path.join(dir, file));
    const site = buildSite(dir);
    rmSync(path.dirname(dir), { recursive: true, force: true });
    expect(site.status, site.output).toBe(0);

    // Found by search: the Pagefind index holds the NFC words of the NFD file, as a keyboard types them.
    const indexText = readdirSync(path.join(site.outDir, 'pagefind/index'))
      .map((file) => gunzipSync(readFileSync(path.join(site.outDir, 'pagefind/index', file))).toString('utf8'))
      .join('\n');
    expect(indexText).toContain('맥에서'.normalize('NFC'));

    const crlf = site.read('faq/bom-crlf/index.html');
    expect(crlf).not.toMatch(/[\uFEFF\r]/);
    expect(pageText(crlf)).toContain('윈도우 메모장으로 저장한 스크립트');
    expect(crlf).toContain('<strong>현장 결제 내역</strong>을 확인합니다.');
    // A `{ faq: id }` block links to the other script by its (normalised) title.
    expect(all(crlf, 'a[href="/faq/nfd-hangul/"]').map(pageText)).toContain('맥에서 저장한 발레 스크립트');

    // What the search indexer reads is the page text: it must be NFC, so that an NFC query (what
    // every keyboard types) matches. The search helper's index test covers the query side.
    const nfd = site.read('faq/nfd-hangul/index.html');
    const text = pageText(nfd);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('맥에서 저장한 발레 스크립트');
    expect(text).toContain('자모로 분해된 한글도 그대로 검색됩니다.');
    expect(site.read('index.html').normalize('NFC')).toBe(site.read('index.html'));
  });
});
