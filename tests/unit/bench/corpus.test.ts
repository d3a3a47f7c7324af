import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/generate/cli';
import { generateCorpus } from '../../../bench/generate/corpus';
import { readCorpusSource } from '../../../bench/generate/source';
import { loadGlossary, loadVocabulary } from '../../../src/collections/vocabulary';
import { validateFaqText } from '../../../src/collections/validate-faq';
import { splitMdx } from '../../../src/collections/mdx-file';
import { createFaqSchema } from '../../../src/model/faq';
import { flattenCategories } from '../../../src/model/vocabulary';

const source = readCorpusSource();
const faqFiles = (files: { path: string; text: string }[]) => files.filter((file) => file.path.startsWith('faq/'));

describe('benchmark corpus generator', () => {
  it('같은 시드 → 같은 파일, 다른 시드 → 다른 파일', () => {
    const a = generateCorpus(source, { count: 40, seed: 7 });
    const b = generateCorpus(source, { count: 40, seed: 7 });
    const c = generateCorpus(source, { count: 40, seed: 8 });
    expect(b).toEqual(a);
    expect(c.map((file) => file.text)).not.toEqual(a.map((file) => file.text));
  });

  it('--count 300 → FAQ 파일 300개, 번들 스크립트는 그대로 포함, 제목과 id는 모두 다름', () => {
    const faqs = faqFiles(generateCorpus(source, { count: 300, seed: 1 }));
    expect(faqs).toHaveLength(300);
    for (const seed of source.seeds) expect(faqs.find((file) => file.path === `faq/${seed.file}`)?.text).toBe(seed.text);
    const titles = faqs.map((file) => /^title: (.+)$/m.exec(file.text)?.[1]);
    const ids = faqs.map((file) => /^id: (.+)$/m.exec(file.text)?.[1]);
    expect(new Set(titles).size).toBe(300);
    expect(new Set(ids).size).toBe(300);
  });

  it('생성한 콘텐츠 디렉터리 전체가 실제 스키마 검증을 통과한다 (분기·경로·슬롯·노트 포함)', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-corpus-')), 'content');
    writeCorpus(dir, 400, 3);
    const vocabulary = loadVocabulary(dir);
    const schema = createFaqSchema(vocabulary);
    const glossary = loadGlossary(dir);
    const files = readdirSync(path.join(dir, 'faq'));
    expect(files).toHaveLength(400);
    const ids = new Set<string>();
    let withNotes = 0;
    let nested = 0;
    let routes = 0;
    for (const file of files) {
      const text = readFileSync(path.join(dir, 'faq', file), 'utf8');
      const result = validateFaqText(file, text, schema);
      expect(result.problems, file).toEqual([]);
      if (!result.ok) continue;
      ids.add(result.data.id);
      if (result.body.trim()) {
        withNotes++;
        if (!source.seeds.some((seed) => seed.file === file)) expect(result.body).toMatch(/^\| --- \| --- \| --- \|$/m);
      }
      if (result.data.steps.some((step) => step.branches?.some((branch) => branch.branches?.length))) nested++;
      if (/route:/.test(splitMdx(text)?.frontmatter ?? '')) routes++;
    }
    // Mirrors reality: most bodies are empty (no MDX), a few carry notes.
    expect(withNotes).toBeGreaterThan(5);
    expect(withNotes).toBeLessThan(60);
    expect(nested).toBeGreaterThan(20);
    expect(routes).toBeGreaterThan(20);
    // A deeper tree than the bundled one, and a spread of sites.
    expect(Math.max(...flattenCategories(vocabulary.categories).map((entry) => entry.names.length))).toBe(4);
    expect(vocabulary.sites.length).toBeGreaterThan(40);
    for (const entry of glossary) for (const id of entry.related) expect(ids.has(id)).toBe(true);
  });
});
