/**
 * The editor's file format for content/faq/*.mdx (registered with CMS.registerCustomFormat): reads
 * the frontmatter and body into the form's entry, and writes the entry back in the canonical form
 * of src/importer/render-frontmatter.ts, so a file the editor did not change stays byte-identical
 * and a changed file differs only in the changed lines. Text is stored as NFC (decomposed Hangul
 * pasted from macOS becomes the same syllables the search and `kb check` use).
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { splitMdx } from '../../collections/mdx-file';
import { normaliseText } from '../../model/normalise-text';
import type { Faq } from '../../model/faq';
import { renderFrontmatter } from '../../importer/render-frontmatter';
import { entryToFaq, faqToEntry, type EntryFaq } from './entry-shape';

export class FaqFormatError extends Error {}

export function faqFromFile(text: string): EntryFaq {
  const parts = splitMdx(normaliseText(text));
  if (!parts) throw new FaqFormatError('이 파일은 --- 로 시작하는 frontmatter가 없어 편집기에서 열 수 없습니다. `npx kb check`로 문제를 확인하세요.');
  const data = load(parts.frontmatter, { schema: CORE_SCHEMA }) as Faq;
  return faqToEntry({ ...data, steps: (data.steps ?? []).map((step) => ({ ...step, script: step.script ?? [] })) } as Faq, parts.body);
}

/** The file text for a FAQ and its body, as every writer of this project writes it. */
export const faqFileText = (faq: Faq, body: string) => `---\n${renderFrontmatter(faq)}---\n${body}`.normalize('NFC');

export function faqToFile(entry: EntryFaq): string {
  const { faq, body } = entryToFaq(entry);
  return faqFileText(faq, body);
}
