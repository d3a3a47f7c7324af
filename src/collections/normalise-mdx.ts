/**
 * Vite plugin: MDX files are read normalised (no BOM, LF line endings, NFC Hangul), the same text
 * the content validation saw. Without it the notes of a file saved with decomposed (NFD) Hangul
 * would render decomposed, and the search index, which reads the page, would not match typed queries.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { normaliseText } from '../model/normalise-text';

export function normaliseMdx(): Plugin {
  return {
    name: 'kb:normalise-mdx',
    // `load` runs before every transform, so the MDX compiler only ever sees normalised text.
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.mdx') || id.startsWith('\0')) return null;
      return normaliseText(await readFile(id, 'utf8'));
    },
  };
}
