/**
 * How long `kb check` takes on 1,000 FAQ files (is it fast enough for a pre-commit hook?).
 * Generates them in a temporary content directory from the bundled seed pages, then times the
 * same checkContent() the CLI runs, and the CLI itself as a process (node start-up + tsx included).
 *   npx tsx bench/check-1000.ts [count]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../src/collections/check-content';

const count = Number(process.argv[2] ?? 1000);
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-bench-')), 'content');
cpSync(path.join(root, 'content/vocabulary'), path.join(dir, 'vocabulary'), { recursive: true });
mkdirSync(path.join(dir, 'faq'));
const templates = ['valet-pass-not-own-use', 'valet-exit-not-processed'].map((id) => ({ id, text: readFileSync(path.join(root, 'content/faq', `${id}.mdx`), 'utf8') }));
for (let n = 0; n < count; n++) {
  const { id, text } = templates[n % 2]!;
  writeFileSync(path.join(dir, 'faq', `${id}-${n}.mdx`), text.replace(`id: ${id}`, `id: ${id}-${n}`).replace(/^ {2}hash: .*\n/m, ''));
}

const runs: number[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const result = await checkContent(dir);
  runs.push(performance.now() - started);
  if (result.problems.length || result.faqs !== count) throw new Error(`unexpected: ${result.faqs} FAQs, ${result.problems.length} problems`);
}
const started = performance.now();
const cli = spawnSync(process.execPath, [path.join(root, 'bin/kb.mjs'), 'check', '--content', dir], { encoding: 'utf8' });
const cliMs = performance.now() - started;
if (cli.status !== 0) throw new Error(cli.stderr);

console.log(`kb check, ${count} FAQ files: checkContent ${runs.map((ms) => `${Math.round(ms)} ms`).join(' / ')} (3 runs); whole CLI process ${Math.round(cliMs)} ms`);
