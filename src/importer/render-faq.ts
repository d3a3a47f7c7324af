/**
 * Writes a FAQ as MDX in one canonical form (the form of the bundled files): frontmatter in schema
 * order with flow lists for category and sites, no line folding, and a content hash in
 * `source.hash` so a later import can tell whether an editor changed the file.
 */
import { createHash } from 'node:crypto';
import { Document } from 'yaml';
import type { Faq } from '../model/faq';
import { faqFieldShape, fieldOrder, flowFields, sourceFieldOrder, type FaqShape } from './faq-fields';

const hashLine = /^ {2}hash: [0-9a-f]+\n/m;

/** The hash of a file's text without its own hash line. */
export const contentHash = (text: string) => createHash('sha256').update(text.replace(hashLine, '')).digest('hex').slice(0, 16);

/** The hash the file claims, if any. */
export const storedHash = (text: string) => /^ {2}hash: ([0-9a-f]+)$/m.exec(text)?.[1];

/** True when the file is exactly what the importer wrote (no editor change since). */
export const isUntouched = (text: string) => storedHash(text) === contentHash(text);

/** Steps and branches without their empty `script: []` (the schema's default), for shorter files. */
function compact<T extends { script: unknown[]; branches?: unknown[] }>(node: T): Record<string, unknown> {
  const { script, branches, ...rest } = node;
  return {
    ...rest,
    ...(script.length || !branches?.length ? { script } : {}),
    ...(branches ? { branches: (branches as T[]).map(compact) } : {}),
  };
}

/** The fields of `from` that are set, in the order of `keys`. */
const pick = (from: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.flatMap((key) => (from[key] === undefined ? [] : [[key, from[key]]])));

function ordered(faq: Faq, shape: FaqShape): Record<string, unknown> {
  const out = pick(faq, fieldOrder(shape));
  if (faq.source) out.source = pick(faq.source, sourceFieldOrder);
  if (faq.steps) out.steps = faq.steps.map(compact);
  return out;
}

/** The frontmatter YAML; `shape` is the FAQ schema's shape (a test passes one with an extra field). */
export function renderFrontmatter(faq: Faq, shape: FaqShape = faqFieldShape): string {
  const document = new Document(ordered(faq, shape));
  for (const key of flowFields(shape)) {
    const node = document.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

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
