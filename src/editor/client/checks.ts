/**
 * The checks the editor runs while editing and before saving, with `kb check`'s messages: the
 * file's own checks in the browser (validateFaqText with the content's vocabulary: schema, sites,
 * categories, slots, branch labels) and, in the local editor, the server's full `kb check` of the
 * content as it would be (duplicate ids, links between scripts, MDX body).
 */
import { formatProblem } from '../../collections/content-error';
import { validateFaqText } from '../../collections/validate-faq';
import { createFaqSchema } from '../../model/faq';
import type { EditorSettings } from './settings';

export function localProblems(settings: EditorSettings, file: string, text: string): string[] {
  const result = validateFaqText(file, text, createFaqSchema(settings.vocabulary));
  return result.ok ? [] : result.problems.map(formatProblem);
}

export async function fullProblems(settings: EditorSettings, file: string, text: string): Promise<string[]> {
  const local = file.endsWith('.mdx') ? localProblems(settings, file, text) : [];
  if (local.length || !settings.checkUrl) return local;
  const response = await fetch(settings.checkUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: file, text }) });
  const { problems } = (await response.json()) as { problems: string[] };
  return problems;
}
