import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { schemaDir, schemaFiles } from '../../../src/cli/schema';
import { projectRoot } from '../../helpers/build';
import { tempContent } from '../../helpers/import';

/** Runs `kb` in-process and captures what it prints. */
async function kb(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fixtures = path.resolve(__dirname, '../../fixtures');

describe('kb check', () => {
  it('동봉된 콘텐츠는 문제 없이 통과한다 (exit 0)', async () => {
    const result = await kb('check', '--content', path.join(projectRoot, 'content'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/2 FAQ file\(s\), 0 problem\(s\) \(\d+ ms\) — OK/);
  });

  it('스키마·YAML·슬롯·MDX 본문·스크립트 간 링크·용어집 문제를 file:line과 함께 모두 알리고 exit 1', async () => {
    const result = await kb('check', '--content', path.join(fixtures, 'content-check'));
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines).toEqual([
      'tests/fixtures/content-check/faq/b-slot.mdx:12 — steps[0].script[1]: unknown slot "{{customerName}}"; known slots: paymentDate, usageDate, carNumber, amount (define new ones in vocabulary/slots.yaml)',
      'tests/fixtures/content-check/faq/c-yaml.mdx:5 — invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'tests/fixtures/content-check/faq/d-body.mdx:16 — body: "{고객명}" is code, not text, and would break the page; slots ({{name}}) work only in script lines — write \\{ for a literal brace',
      'tests/fixtures/content-check/faq/e-tag.mdx:16 — body: MDX syntax error: Expected a closing tag for `<발레>` before the end of `paragraph` — close every tag (<br />, <b>…</b>) or write &lt; for a literal "<"',
      'tests/fixtures/content-check/faq/a-links.mdx:7 — related[1]: no FAQ has id "no-such-script"; use an existing id or remove it',
      'tests/fixtures/content-check/faq/a-links.mdx:7 — related[2]: a script cannot be related to itself',
      'tests/fixtures/content-check/glossary.yaml — [0].related[1]: no FAQ has id "gone-script"; use an existing id or remove it',
      expect.stringMatching(/^tests\/fixtures\/content-check: 5 FAQ file\(s\), 7 problem\(s\) \(\d+ ms\)$/),
    ]);
  });

  it('중복 id, 빠진 필드, 모르는 현장을 알린다', async () => {
    const result = await kb('check', '--content', path.join(fixtures, 'content-bad'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('content-bad/faq/duplicate-b.mdx:2 — id: duplicate id "same-id", already used by tests/fixtures/content-bad/faq/duplicate-a.mdx');
    expect(result.err).toContain('content-bad/faq/missing-title.mdx:2 — title: required field is missing (expected string)');
    expect(result.err).toContain('content-bad/faq/unknown-site.mdx:5 — sites[0]: unknown site "롯데월드"');
  });

  it('어휘 파일이 없으면 그것부터 알린다', async () => {
    const result = await kb('check', '--content', mkdtempSync(path.join(os.tmpdir(), 'kb-empty-')));
    expect(result.code).toBe(1);
    expect(result.err).toContain('vocabulary/categories.yaml — missing vocabulary file');
  });
});

describe('kb import (명령줄)', () => {
  it('읽을 수 없는 파일은 file:line 오류를 내고, 다른 파일은 가져오며, exit 1', async () => {
    const content = tempContent();
    const result = await kb('import', path.join(fixtures, 'import/unparseable'), '--out', content);
    expect(result.code).toBe(1);
    expect(result.out).toContain('error: tests/fixtures/import/unparseable/no-questions.txt:1 — no Q&A found');
    expect(result.out).toContain('error: tests/fixtures/import/unparseable/missing-parts.txt:3 — Q1 has no 상담유형 line');
    expect(result.out).toContain('files: 3 (2 failed) · FAQs: 2 (2 created');
    expect(result.err).toContain('[3/3] tests/fixtures/import/unparseable/zz-good-seed.txt — 2 FAQ(s): 2 created');
    expect(existsSync(path.join(content, 'faq/balle-chulchacheoriga-doeji-anasseoyo.mdx'))).toBe(true);
  });

  it('없는 파일과 잘못된 옵션을 알린다', async () => {
    expect((await kb('import', 'no/such/file.txt', '--out', tempContent())).out).toContain('error: no/such/file.txt — no such file or folder');
    const wrong = await kb('import', '--bogus');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("Unknown option '--bogus'");
  });
});

describe('kb new', () => {
  it('플래그로 검증을 통과하는 FAQ 파일을 만든다', async () => {
    const content = tempContent();
    const result = await kb('new', '--title', '발레 요금이 두 번 결제됐어요', '--category', '발레 ▶ 이용불편/신고 ▶ 미이용결제/ 입차알림', '--sites', '에버랜드, 코엑스', '--owner', '발레 CS팀', '--content', content);
    expect(result.code).toBe(0);
    const file = path.join(content, 'faq/balle-yogeumi-du-beon-gyeoljedwaesseoyo.mdx');
    expect(result.out).toContain('created');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('category: [발레, 이용불편/신고, 미이용결제/ 입차알림]');
    expect(text).toContain('sites: [에버랜드, 코엑스]');
    expect(text).toContain('owner: 발레 CS팀');
    expect((await kb('check', '--content', content)).code).toBe(0);
    // The same title again gets a new id instead of overwriting.
    expect((await kb('new', '--title', '발레 요금이 두 번 결제됐어요', '--category', '발레', '--sites', '에버랜드', '--content', content)).out).toContain('gyeoljedwaesseoyo-2.mdx');
  });

  it('모르는 현장이나 카테고리는 파일을 만들지 않고 이유를 말한다', async () => {
    const content = tempContent();
    const result = await kb('new', '--title', '테스트', '--category', '발레 ▶ 없는분류', '--sites', '롯데월드', '--content', content);
    expect(result.code).toBe(1);
    expect(result.err).toContain('unknown site "롯데월드"');
    expect(existsSync(path.join(content, 'faq'))).toBe(false);
    const category = await kb('new', '--title', '테스트', '--category', '발레 ▶ 없는분류', '--sites', '에버랜드', '--content', content);
    expect(category.code).toBe(1);
    expect(category.err).toContain('category: unknown category "발레 ▶ 없는분류"');
    expect(existsSync(path.join(content, 'faq'))).toBe(false);
  });

  it('필수 플래그가 없으면 사용법 오류 (exit 2)', async () => {
    const result = await kb('new', '--title', '제목만');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--category, --sites');
  });
});

describe('kb schema', () => {
  it('저장소의 JSON Schema는 zod 스키마에서 지금 만든 것과 같다 (npm run kb -- schema로 갱신)', () => {
    for (const [name, text] of schemaFiles()) expect(readFileSync(path.join(schemaDir, name), 'utf8'), name).toBe(text);
  });

  it('FAQ 스키마는 현장 이름을 완성 후보로, 단계 종류를 enum으로 담는다', () => {
    const faq = JSON.parse(schemaFiles().get('faq.schema.json')!);
    expect(faq.properties.sites.items.enum).toContain('인천공항');
    expect(faq.required).toEqual(expect.arrayContaining(['id', 'title', 'category', 'sites', 'steps', 'updated']));
    expect(faq.additionalProperties).toBe(false);
  });

  it('콘텐츠 디렉터리(--content, 없으면 KB_CONTENT_DIR)의 현장 이름으로 만든다', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kb-schema-'));
    const sitesIn = () => JSON.parse(readFileSync(path.join(out, 'faq.schema.json'), 'utf8')).properties.sites.items.enum;
    expect((await kb('schema', '--content', path.join(fixtures, 'content-browse'), '--out', out)).code).toBe(0);
    expect(sitesIn()).toEqual(['잠실', '판교', '제주']);
    const before = process.env.KB_CONTENT_DIR;
    process.env.KB_CONTENT_DIR = path.join(projectRoot, 'content');
    try {
      expect((await kb('schema', '--out', out)).code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.KB_CONTENT_DIR;
      else process.env.KB_CONTENT_DIR = before;
    }
    expect(sitesIn()).toContain('인천공항');
  });
});

describe('bin/kb.mjs', () => {
  it('설치된 대로 실행된다 (npx kb --help)', () => {
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'bin/kb.mjs'), '--help'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kb import <files or folders…>');
  });
});
