/** Reads the bundled content (./content) that a benchmark corpus is grown from. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CorpusSource, SeedScript } from './corpus.ts';

export const bundledContentDir = path.resolve(import.meta.dirname, '../../content');

const readYaml = <T>(dir: string, file: string): T => parse(readFileSync(path.join(dir, file), 'utf8')) as T;

export function readCorpusSource(dir = bundledContentDir): CorpusSource {
  const faqDir = path.join(dir, 'faq');
  const seeds: SeedScript[] = readdirSync(faqDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(faqDir, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
      return { file, text, data: parse(frontmatter) as SeedScript['data'] };
    });
  return {
    seeds,
    categories: readYaml(dir, 'vocabulary/categories.yaml'),
    sites: readYaml(dir, 'vocabulary/sites.yaml'),
    slots: readYaml(dir, 'vocabulary/slots.yaml'),
    glossary: readYaml(dir, 'glossary.yaml'),
  };
}
