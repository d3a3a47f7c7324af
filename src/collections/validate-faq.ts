/** Validates one FAQ file's text against the schema, reporting every problem with its line. */
import type { z } from 'astro/zod';
import type { Faq } from '../model/faq';
import { problemFromIssue, type ContentProblem } from './content-error';
import { normaliseText } from '../model/normalise-text';
import { splitMdx } from './mdx-file';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseYamlSource, type YamlSource } from './yaml-source';

export type FaqSchema = z.ZodType<Faq, unknown>;

export type FaqValidation =
  | {
      ok: true;
      data: Faq;
      body: string;
      /** Line of the file where the body starts. */
      bodyLine: number;
      /** Line of `id:`, computed on demand (only a duplicate id needs it). */
      idLine: () => number | undefined;
      /** Line of a frontmatter field, for problems found after validation (links to other scripts). */
      lineOf: (path: readonly PropertyKey[]) => number | undefined;
      problems: [];
    }
  | { ok: false; problems: ContentProblem[] };

export function validateFaqText(file: string, rawText: string, schema: FaqSchema): FaqValidation {
  const fail = (problem: Omit<ContentProblem, 'file'>): FaqValidation => ({ ok: false, problems: [{ file, ...problem }] });
  const text = normaliseText(rawText);
  if (text.trim() === '') return fail({ line: 1, message: 'the file is empty; an FAQ starts with --- frontmatter (id, title, category, sites, steps)' });

  const parts = splitMdx(text);
  if (!parts) {
    return /^---[ \t]*\n/.test(text)
      ? fail({ line: 1, message: 'the frontmatter is not closed; add a line "---" after the last field' })
      : fail({ line: 1, message: 'no frontmatter; the file must start with a line "---", the YAML fields, then "---"' });
  }

  // Fast path: js-yaml reads a valid file about four times faster than a positioned parse, which
  // matters for `kb check` and builds of thousands of files. Lines are computed only when needed.
  let source: YamlSource | undefined;
  const positioned = () => (source ??= parseYamlSource(parts.frontmatter, parts.frontmatterLine));
  let data: unknown;
  try {
    data = load(parts.frontmatter, { schema: CORE_SCHEMA });
  } catch {
    const yaml = positioned();
    if (yaml.errors.length) {
      return { ok: false, problems: yaml.errors.map((error) => ({ file, line: error.line, message: `invalid YAML: ${error.message}` })) };
    }
    data = yaml.document.toJS();
  }
  const result = schema.safeParse(data ?? {});
  const lineOf = (path: readonly PropertyKey[]) => positioned().lineOf(path);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => problemFromIssue(file, issue, lineOf)),
    };
  }
  return { ok: true, data: result.data, body: parts.body, bodyLine: parts.bodyLine, idLine: () => lineOf(['id']), lineOf, problems: [] };
}
