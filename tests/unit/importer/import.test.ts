import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLostSentences } from '../../../src/importer/lost-sentences';
import { isUntouched } from '../../../src/importer/render-faq';
import { validateFaqText } from '../../../src/collections/validate-faq';
import { seedFile } from '../../helpers/seed';
import { faqSchema, vocabulary } from '../../helpers/schema';
import { bundledContent, runImport, tempContent } from '../../helpers/import';

const fixture = (name: string) => path.resolve(__dirname, '../../fixtures/import', name);
const bundledFaqs = ['valet-pass-not-own-use.mdx', 'valet-exit-not-processed.mdx'];
const read = (file: string) => readFileSync(file, 'utf8');

describe('kb import: 시드 내보내기', () => {
  it('시드를 가져오면 동봉된 FAQ 두 페이지가 바이트 단위로 그대로 만들어진다', async () => {
    const content = tempContent();
    // Only what editors chose by hand stays: the ids, linked to the export by its anchors.
    mkdirSync(path.join(content, 'faq'));
    for (const [file, anchor] of [
      [bundledFaqs[0]!, 'h_01JH2F39D0JCMCAKGFY8FPQBVT'],
      [bundledFaqs[1]!, '01JN64ZHM7ZZAM2A2NH90G92GG'],
    ] as const) {
      writeFileSync(path.join(content, 'faq', file), `---\nid: ${file.replace('.mdx', '')}\nsource:\n  anchor: ${anchor}\n---\n`);
    }
    const report = await runImport([seedFile], content, { force: true });
    expect(report.errors).toEqual([]);
    expect(report.faqs.map((faq) => [faq.id, faq.outcome])).toEqual([
      ['valet-pass-not-own-use', 'updated'],
      ['valet-exit-not-processed', 'updated'],
    ]);
    for (const file of bundledFaqs) expect(read(path.join(content, 'faq', file))).toBe(read(path.join(bundledContent, 'faq', file)));
    expect(report).toMatchObject({ files: 1, failedFiles: 0, branches: 7, slots: 4, newCategories: [], newSites: [] });
  });

  it('동봉된 FAQ 위에 다시 가져오면 아무것도 바뀌지 않는다 (unchanged)', async () => {
    const content = tempContent(true);
    const report = await runImport([seedFile], content);
    expect(report.faqs.map((faq) => faq.outcome)).toEqual(['unchanged', 'unchanged']);
    for (const file of bundledFaqs) expect(read(path.join(content, 'faq', file))).toBe(read(path.join(bundledContent, 'faq', file)));
  });

  it('TOC 링크와 질문 제목 링크가 다르면 TOC의 앵커를 쓰고 경고한다', async () => {
    const report = await runImport([seedFile], tempContent(), { dryRun: true });
    expect(report.warnings.map((warning) => warning.line)).toEqual([10, 62]);
    expect(report.warnings[0]?.message).toContain('kept the table of contents\' anchor');
  });
});

describe('kb import: 다시 가져오기', () => {
  const input = path.join(fixture('branch-markers'), 'input.txt');

  it('같은 내보내기를 다시 가져오면 파일이 바이트 단위로 같다', async () => {
    const content = tempContent();
    await runImport([input], content);
    const [file] = readdirSync(path.join(content, 'faq'));
    const first = read(path.join(content, 'faq', file!));
    const again = await runImport([input], content, { today: '2027-01-01' });
    expect(again.faqs.map((faq) => faq.outcome)).toEqual(['unchanged']);
    expect(read(path.join(content, 'faq', file!))).toBe(first);
  });

  it('편집자가 고친 파일은 --force 없이 덮어쓰지 않고 이유를 말한다', async () => {
    const content = tempContent();
    await runImport([input], content);
    const file = path.join(content, 'faq', readdirSync(path.join(content, 'faq'))[0]!);
    const edited = read(file).replace('굵은 분기입니다.', '편집자가 고친 분기입니다.');
    writeFileSync(file, edited);
    expect(isUntouched(edited)).toBe(false);

    const kept = await runImport([input], content);
    expect(kept.faqs[0]).toMatchObject({ outcome: 'kept-editor-changes' });
    expect(kept.faqs[0]?.reason).toContain('changed by an editor since the import');
    expect(read(file)).toBe(edited);

    const forced = await runImport([input], content, { force: true, today: '2026-12-01' });
    expect(forced.faqs[0]).toMatchObject({ outcome: 'updated' });
    expect(read(file)).toContain('굵은 분기입니다.');
    expect(read(file)).toContain('updated: 2026-12-01');
    expect(isUntouched(read(file))).toBe(true);
  });

  it('가져오기 해시가 없는 손으로 쓴 파일도 덮어쓰지 않는다', async () => {
    const content = tempContent(true);
    const file = path.join(content, 'faq', bundledFaqs[1]!);
    const handWritten = read(file).replace(/^ {2}hash: .*\n/m, '');
    writeFileSync(file, handWritten);
    const report = await runImport([seedFile], content);
    expect(report.faqs[1]).toMatchObject({ id: 'valet-exit-not-processed', outcome: 'kept-editor-changes' });
    expect(report.faqs[1]?.reason).toContain('no source.hash');
    expect(read(file)).toBe(handWritten);
  });

  it('내보내기 내용이 바뀌면 파일을 고치고 updated를 오늘로 바꾼다; 편집자 필드는 유지된다', async () => {
    const content = tempContent();
    await runImport([input], content);
    const changedExport = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-export-')), 'input.txt');
    writeFileSync(changedExport, read(input).replace('굵은 분기입니다.', '새로 바뀐 분기 문장입니다.'));
    const report = await runImport([changedExport], content, { today: '2026-12-24' });
    expect(report.faqs[0]).toMatchObject({ outcome: 'updated' });
    const text = read(path.join(content, 'faq', readdirSync(path.join(content, 'faq'))[0]!));
    expect(text).toContain('새로 바뀐 분기 문장입니다.');
    expect(text).toContain('updated: 2026-12-24');
    expect(text).toContain('changes:\n  - date: 2026-12-24\n    summary: 도움말 센터 내보내기의 변경 내용을 다시 가져옴\n  - date: 2026-11-25\n    summary: 도움말 센터 내보내기에서 가져옴\n');
  });

  it('--dry-run은 아무 파일도 쓰지 않지만 같은 보고를 한다', async () => {
    const content = tempContent();
    const report = await runImport([fixture('new-vocabulary')], content, { dryRun: true });
    expect(report.faqs.map((faq) => faq.outcome)).toEqual(['created']);
    expect(report.newSites).toEqual(['롯데월드', '스타필드 하남']);
    expect(existsSync(path.join(content, 'faq'))).toBe(false);
    expect(read(path.join(content, 'vocabulary/sites.yaml'))).toBe(read(path.join(bundledContent, 'vocabulary/sites.yaml')));
  });
});

describe('빠진 문장 검사', () => {
  const pages = () =>
    bundledFaqs.map((file) => {
      const result = validateFaqText(file, read(path.join(bundledContent, 'faq', file)), faqSchema);
      if (!result.ok) throw new Error('bundled FAQ invalid');
      return { faq: result.data, body: result.body };
    });

  it('시드의 모든 문장이 동봉된 페이지에 있다', () => {
    expect(findLostSentences(read(seedFile), pages(), vocabulary.slots)).toEqual([]);
  });

  it('일부러 한 줄을 빼면 그 줄을 줄 번호와 함께 찾아낸다', () => {
    const [first, second] = pages();
    const branch = second!.faq.steps[1]!.branches![1]!.branches![0]!;
    branch.script = branch.script.filter((line) => line !== '첨부 감사합니다.');
    expect(findLostSentences(read(seedFile), [first!, second!], vocabulary.slots)).toEqual([{ line: 93, text: '첨부 감사합니다.' }]);
  });

  it('슬롯을 다른 슬롯으로 바꾸면 자리표시 문장이 빠진 것으로 본다', () => {
    const [first, second] = pages();
    first!.faq.steps[1]!.script = ['등록된 차량번호 {{amount}}는 고객님께서 이용하시는 차량이 맞을까요?'];
    const lost = findLostSentences(read(seedFile), [first!, second!], vocabulary.slots);
    expect(lost.map((sentence) => sentence.line)).toEqual([26]);
  });
});
