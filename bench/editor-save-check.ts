/**
 * What the editor's checks cost as the content grows: the check while editing (`/api/check`) and a
 * save (`saveChecked`) both run `kb check` on a staged copy of the content directory.
 *   npx tsx bench/editor-save-check.ts [counts, default 100,1000]
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { saveChecked } from '../src/editor/server/save-guard';
import { problemsAfter } from '../src/editor/server/staged-check';
import { writeCorpus } from './generate/cli.ts';

const counts = (process.argv[2] ?? '100,1000').split(',').map(Number);
for (const count of counts) {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-bench-editor-')), 'content');
  writeCorpus(dir, count, 1);
  const [file] = (await glob('faq/**/*.mdx', { cwd: dir })).sort();
  const text = readFileSync(path.join(dir, file!), 'utf8').replace(/^title: (.*)$/m, 'title: $1 (편집)');
  const checks: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const problems = await problemsAfter(dir, [{ path: file!, text }]);
    checks.push(performance.now() - started);
    if (problems.length) throw new Error(problems.map((problem) => problem.message).join('\n'));
  }
  const started = performance.now();
  await saveChecked(dir, [{ path: file!, raw: text }]);
  const save = performance.now() - started;
  console.log(`${count} scripts: check while editing ${checks.map((ms) => `${Math.round(ms)} ms`).join(' / ')} (3 runs); save ${Math.round(save)} ms`);
}
