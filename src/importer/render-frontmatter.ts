/**
 * A FAQ's frontmatter in the canonical form of the bundled files: schema order, flow lists for
 * category and sites, no line folding. Free of Node APIs so the web editor writes the same bytes.
 */
import { Document } from 'yaml';
import type { Faq } from '../model/faq';
import { faqFieldShape, fieldOrder, flowFields, sourceFieldOrder, type FaqShape } from './faq-fields';

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
