/**
 * Importer fixtures: each folder of tests/fixtures/import holds export files (*.txt) and the
 * expected result: expected/faq/*.mdx byte for byte, expected/report.out (warnings, errors and
 * summary as `kb import` prints them) and, where vocabularies grow, expected/vocabulary/*.yaml.
 * KB_UPDATE_FIXTURES=1 rewrites the expectations (review the diff before committing).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../../src/importer/import-exports';
import { bundledContent, runImport, tempContent } from '../../helpers/import';

const root = path.resolve(__dirname, '../../fixtures/import');
const update = process.env.KB_UPDATE_FIXTURES === '1';
const fixtures = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('kb import fixtures', () => {
  it.each(fixtures)('%s: 내보내기 → 기대한 MDX 파일과 보고서', async (name) => {
    const dir = path.join(root, name);
    const inputs = listDir(dir).filter((file) => file.endsWith('.txt')).map((file) => path.join(dir, file));
    const content = tempContent();
    const report = await runImport(inputs, content);
    const printed = `${formatImportReport(report).replaceAll(content, '<content>')}\n`;
    const expected = path.join(dir, 'expected');
    const changedVocabulary = listDir(path.join(content, 'vocabulary')).filter(
      (file) => readFileSync(path.join(content, 'vocabulary', file), 'utf8') !== readFileSync(path.join(bundledContent, 'vocabulary', file), 'utf8'),
    );
    if (update) {
      rmSync(expected, { recursive: true, force: true });
      mkdirSync(path.join(expected, 'faq'), { recursive: true });
      writeFileSync(path.join(expected, 'report.out'), printed);
      for (const file of listDir(path.join(content, 'faq'))) writeFileSync(path.join(expected, 'faq', file), readFileSync(path.join(content, 'faq', file)));
      for (const file of changedVocabulary) {
        mkdirSync(path.join(expected, 'vocabulary'), { recursive: true });
        writeFileSync(path.join(expected, 'vocabulary', file), readFileSync(path.join(content, 'vocabulary', file)));
      }
    }
    expect(printed).toBe(readFileSync(path.join(expected, 'report.out'), 'utf8'));
    expect(listDir(path.join(content, 'faq'))).toEqual(listDir(path.join(expected, 'faq')));
    for (const file of listDir(path.join(expected, 'faq'))) {
      expect(readFileSync(path.join(content, 'faq', file), 'utf8'), file).toBe(readFileSync(path.join(expected, 'faq', file), 'utf8'));
    }
    expect(changedVocabulary).toEqual(listDir(path.join(expected, 'vocabulary')));
    for (const file of changedVocabulary) {
      expect(readFileSync(path.join(content, 'vocabulary', file), 'utf8'), file).toBe(readFileSync(path.join(expected, 'vocabulary', file), 'utf8'));
    }
  });
});
