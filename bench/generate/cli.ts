/** `npm run bench:gen -- --count N --seed S --out DIR`: writes a benchmark content directory. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { readCorpusSource } from './source.ts';

/** Writes the corpus into dir (emptied first) and returns how many files were written. */
export function writeCorpus(dir: string, count: number, seed: number): number {
  const files = generateCorpus(readCorpusSource(), { count, seed });
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return files.length;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: npm run bench:gen -- --count N --seed S --out DIR');
    process.exit(2);
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  const out = path.resolve(values.out);
  const written = writeCorpus(out, count, seed);
  console.log(`${count} scripts (seed ${seed}) → ${out} (${written} files)`);
}
