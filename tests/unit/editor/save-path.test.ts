/**
 * The local save path (what the editor's proxy does on "publish"): it writes only what `kb check`
 * accepts, atomically, and bad input is either stored exactly as text or refused with a Korean
 * message naming kb check's file:line — field; nothing is lost and nothing is half-written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../src/collections/check-content';
import { maxFaqFileBytes } from '../../../src/collections/faq-bytes';
import { validateFaqText } from '../../../src/collections/validate-faq';
import { loadVocabulary } from '../../../src/collections/vocabulary';
import { faqFromFile, faqToFile } from '../../../src/editor/entry/faq-format';
import type { EntryFaq } from '../../../src/editor/entry/entry-shape';
import { saveChecked, SaveRefused } from '../../../src/editor/server/save-guard';
import { createFaqSchema } from '../../../src/model/faq';
import { projectRoot } from '../../helpers/build';
import { contentCopy, snapshot } from '../../helpers/editor';

const file = 'faq/valet-pass-not-own-use.mdx';
let dir: string;
let entry: EntryFaq;

beforeEach(() => {
  dir = contentCopy();
  entry = faqFromFile(readFileSync(path.join(dir, file), 'utf8'));
});

/** Puts `text` in place of the first script line of step 1 and saves through the guarded path. */
async function saveLine(text: string) {
  entry.steps[0]!.script![1] = { type: 'line', text };
  await saveChecked(dir, [{ path: file, raw: faqToFile(entry) }]);
}

const savedLine = () => {
  const result = validateFaqText(file, readFileSync(path.join(dir, file), 'utf8'), createFaqSchema(loadVocabulary(dir)));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.data.steps[0]!.script[1];
};

/** Expects a refusal in Korean with kb check's message, and the directory exactly as before. */
async function expectRefused(save: () => Promise<void>, message: RegExp) {
  const before = await snapshot(dir);
  const error = await save().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SaveRefused);
  expect((error as Error).message).toMatch(/^저장하지 않았습니다/);
  expect((error as Error).message).toMatch(message);
  expect(await snapshot(dir)).toEqual(before);
}

describe('저장 경로: kb check가 거부하는 파일은 쓰지 않는다', () => {
  it('통과하는 변경은 쓰고, 쓴 뒤에도 kb check가 통과한다', async () => {
    await saveLine('고친 문장입니다.');
    expect(savedLine()).toBe('고친 문장입니다.');
    expect(await checkContentDir(dir)).toEqual([]);
  });

  it('모르는 자리표시, 모르는 현장, 빈 제목, 이름 없는 분기, 중복 id는 kb check와 같은 메시지로 거부한다', async () => {
    await expectRefused(() => saveLine('{{결제일}} 결제 건 말씀하실까요?'), /faq\/valet-pass-not-own-use\.mdx:\d+ — steps\[0\]\.script\[1\]: unknown slot "\{\{결제일\}\}"/);
    entry = faqFromFile(readFileSync(path.join(dir, file), 'utf8'));
    await expectRefused(() => saveChecked(dir, [{ path: file, raw: faqToFile({ ...entry, sites: ['롯데월드'] }) }]), /sites\[0\]: unknown site "롯데월드"/);
    await expectRefused(() => saveChecked(dir, [{ path: file, raw: faqToFile({ ...entry, title: ' ' }) }]), /title: the question as agents know it/);
    const unlabelled = structuredClone(entry);
    unlabelled.steps[1]!.branches![0]!.label = '';
    await expectRefused(() => saveChecked(dir, [{ path: file, raw: faqToFile(unlabelled) }]), /steps\[1\]\.branches\[0\]\.label: every branch needs a label/);
    await expectRefused(() => saveChecked(dir, [{ path: 'faq/copy.mdx', raw: faqToFile(entry) }]), /id: duplicate id "valet-pass-not-own-use"/);
  });

  it('콘텐츠 폴더 밖이나 스크립트·어휘가 아닌 파일에는 쓰지 않는다', async () => {
    await expectRefused(() => saveChecked(dir, [{ path: '../escape.mdx', raw: faqToFile(entry) }]), /편집기가 고칠 수 있는 파일/);
    await expectRefused(() => saveChecked(dir, [{ path: 'faq/x.js', raw: 'alert(1)' }]), /편집기가 고칠 수 있는 파일/);
  });
});

describe('나쁜 입력: 글자로 안전하게 저장하거나 한국어로 거부한다', () => {
  it('도움말 센터 내보내기 전체를 문장 하나에 붙여 넣으면 그대로 글자로 저장된다', async () => {
    const exported = readFileSync(path.join(projectRoot, 'tests/fixtures/import/unparseable/zz-good-seed.txt'), 'utf8');
    await saveLine(exported);
    expect(savedLine()).toBe(exported.normalize('NFC'));
  });

  it.each([
    ['여는 중괄호', '요금은 { 원입니다'],
    ['<script>', '<script>alert(1)</script> 확인 부탁드립니다.'],
    ['MDX 문법', '<Route route={{ title: "x", segments: ["a"] }} /> export const a = 1; {/* 주석 */}'],
    ['YAML처럼 보이는 글', '- label: Y\n  hint: "x" # 주석\n---'],
    ['이모지', '감사합니다 🙏😊 👨‍👩‍👧'],
    ['수천 자', '가'.repeat(5000)],
  ])('%s: 문장으로 그대로 저장된다', async (_name, text) => {
    await saveLine(text);
    expect(savedLine()).toBe(text);
  });

  it('풀어 쓴(NFD) 한글은 같은 글자의 NFC로 저장된다', async () => {
    const nfd = '결제 건 말씀하실까요?'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    await saveLine(nfd);
    expect(savedLine()).toBe('결제 건 말씀하실까요?');
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(readFileSync(path.join(dir, file), 'utf8').normalize('NFC'));
  });

  it('본문 메모의 MDX 오류(닫히지 않은 { 나 <태그>)는 kb check의 메시지로 거부한다', async () => {
    await expectRefused(() => saveChecked(dir, [{ path: file, raw: faqToFile({ ...entry, body: '\n요금은 {요금 원입니다\n' }) }]), /faq\/valet-pass-not-own-use\.mdx:\d+/);
    await expectRefused(() => saveChecked(dir, [{ path: file, raw: faqToFile({ ...entry, body: '\n<발레> 이용 건\n' }) }]), /faq\/valet-pass-not-own-use\.mdx/);
  });

  it('파일이 너무 커지면 (1 MB 넘게 붙여 넣기) 거부한다', async () => {
    await expectRefused(() => saveLine('가'.repeat(maxFaqFileBytes / 3 + 10)), /at most 1\.0 MB/);
  });
});
