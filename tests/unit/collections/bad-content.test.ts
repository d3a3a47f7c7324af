/** Every file of the bad-content corpus is rejected with exactly the problems its manifest lists (or accepted). */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../src/collections/check-content';
import { formatProblem, type ContentProblem } from '../../../src/collections/content-error';
import { badCases, badContentDir, badCorpus, matches } from '../../helpers/bad-content';

let problems: ContentProblem[];
let dir: string;
beforeAll(async () => {
  dir = badContentDir();
  problems = await checkContentDir(dir);
});
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));
const problemsOf = (file: string) => problems.filter((problem) => problem.file.endsWith(`/${file}`));

describe('잘못된 콘텐츠 모음 (tests/fixtures/bad)', () => {
  it('25건 이상이고, 모든 파일에 기대 결과가 적혀 있다', () => {
    expect(badCases.filter((c) => !c.accepted).length).toBeGreaterThanOrEqual(25);
    const stored = readdirSync(path.join(badCorpus, 'faq')).map((name) => `faq/${name}`);
    expect(badCases.filter((c) => !c.generate).map((c) => c.file).sort()).toEqual(stored.sort());
  });

  for (const badCase of badCases) {
    it(`${badCase.file} → ${badCase.accepted ? '통과 (정규화)' : badCase.problems.map((p) => `${p.line ?? '-'}:${p.field ?? '-'}`).join(', ')}`, () => {
      const found = problemsOf(badCase.file);
      expect(found.length, found.map(formatProblem).join('\n')).toBe(badCase.problems.length);
      badCase.problems.forEach((expected, index) => expect(matches(found[index]!, expected), `${formatProblem(found[index]!)}\n≠ ${JSON.stringify(expected)}`).toBe(true));
      // Every problem says how to fix it, not only what is wrong (schema messages say what is expected).
      for (const problem of found) expect(problem.message.length).toBeGreaterThan(20);
    });
  }

  it('보고된 문제는 모두 목록에 있는 파일의 것이다', () => {
    const listed = new Set(badCases.map((c) => c.file));
    expect(problems.filter((problem) => ![...listed].some((file) => problem.file.endsWith(`/${file}`))).map(formatProblem)).toEqual([]);
  });
});
