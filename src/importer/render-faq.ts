/**
 * Writes a FAQ as MDX in one canonical form (the form of the bundled files): frontmatter in schema
 * order with flow lists for category and sites, no line folding, and a content hash in
 * `source.hash` so a later import can tell whether an editor changed the file.
 */
import { createHash } from 'node:crypto';
import type { Faq } from '../model/faq';
import { faqFieldShape, type FaqShape } from './faq-fields';
import { renderFrontmatter } from './render-frontmatter';

const hashLine = /^ {2}hash: [0-9a-f]+\n/m;

/** The hash of a file's text without its own hash line. */
export const contentHash = (text: string) => createHash('sha256').update(text.replace(hashLine, '')).digest('hex').slice(0, 16);

/** The hash the file claims, if any. */
export const storedHash = (text: string) => /^ {2}hash: ([0-9a-f]+)$/m.exec(text)?.[1];

/** True when the file is exactly what the importer wrote (no editor change since). */
export const isUntouched = (text: string) => storedHash(text) === contentHash(text);

/** The complete MDX file; `hashed` adds `source.hash` (the importer's files). */
export function renderFaqFile(faq: Faq, body = '', hashed = true, shape: FaqShape = faqFieldShape): string {
  const withoutHash: Faq = faq.source ? { ...faq, source: { ...faq.source, hash: undefined } } : faq;
  const text = `---\n${renderFrontmatter(withoutHash, shape)}---\n${body}`;
  if (!hashed || !faq.source) return text;
  const hash = contentHash(text);
  return `---\n${renderFrontmatter({ ...faq, source: { ...faq.source, hash } }, shape)}---\n${body}`;
}

/** MDX-unsafe characters shown as written: `{`, `}`, `<`, `>` escaped with a backslash. */
export const escapeMdx = (text: string) => text.replace(/[{}<>\\]/g, (char) => `\\${char}`);
export const unescapeMdx = (text: string) => text.replace(/\\([{}<>\\])/g, '$1');

/** Marks the body notes as the importer's, so editors know to move or delete them. */
export const notesComment = '{/* kb import: 아래 문장은 가져오기에서 자리를 찾지 못한 원문입니다. 스크립트로 옮기거나 지우세요. */}';

/** The page body for lines the importer could not place: each a paragraph, escaped for MDX. */
export function notesBody(notes: readonly string[]): string {
  if (!notes.length) return '';
  return `\n${notesComment}\n\n${notes.map(escapeMdx).join('\n\n')}\n`;
}
