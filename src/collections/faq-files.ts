/** Validates a set of FAQ files together: each against the schema, then ids unique across files. */
import type { ContentProblem } from './content-error';
import { validateFaqText, type FaqSchema, type FaqValidation } from './validate-faq';

export type ValidFaqFile = Extract<FaqValidation, { ok: true }> & { file: string; shown: string };

export function validateFaqFiles(files: readonly { file: string; shown: string; text: string }[], schema: FaqSchema) {
  const problems: ContentProblem[] = [];
  const entries: ValidFaqFile[] = [];
  const idToFile = new Map<string, string>();
  for (const { file, shown, text } of files) {
    const result = validateFaqText(shown, text, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const first = idToFile.get(result.data.id);
    if (first) {
      problems.push({ file: shown, line: result.lineOf(['id']), field: 'id', message: `duplicate id "${result.data.id}", already used by ${first}; give one of them another id` });
      continue;
    }
    idToFile.set(result.data.id, shown);
    entries.push({ ...result, file, shown });
  }
  return { entries, problems };
}
