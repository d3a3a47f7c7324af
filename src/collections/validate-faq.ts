/** Validates one FAQ file's text against the schema, reporting every problem with its line. */
import type { z } from 'astro/zod';
import type { Faq } from '../model/faq';
import { problemFromIssue, type ContentProblem } from './content-error';
import { normaliseText, splitMdx } from './mdx-file';
import { parseYamlSource } from './yaml-source';

export type FaqSchema = z.ZodType<Faq, unknown>;

export type FaqValidation =
  | {
      ok: true;
      data: Faq;
      body: string;
      /** Line of the file where the body starts. */
      bodyLine: number;
      idLine: number | undefined;
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

  const yaml = parseYamlSource(parts.frontmatter, parts.frontmatterLine);
  if (yaml.errors.length) {
    return { ok: false, problems: yaml.errors.map((error) => ({ file, line: error.line, message: `invalid YAML: ${error.message}` })) };
  }
  const result = schema.safeParse(yaml.document.toJS() ?? {});
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => problemFromIssue(file, issue, yaml.lineOf)),
    };
  }
  return { ok: true, data: result.data, body: parts.body, bodyLine: parts.bodyLine, idLine: yaml.lineOf(['id']), lineOf: yaml.lineOf, problems: [] };
}
