/**
 * Validates a whole content directory without building the site (`kb check`): vocabularies, every
 * FAQ against the build's schema, duplicate ids, slot names and links between scripts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { ContentError, type ContentProblem } from './content-error';
import { displayPath } from './content-dir';
import { faqPattern } from './faq-loader';
import { validateFaqFiles } from './faq-files';
import { linkProblems } from './links';
import { normaliseText } from './mdx-file';
import { mdxBodyProblems } from './mdx-body';
import { loadGlossary, loadVocabulary, vocabularyFiles } from './vocabulary';
import { createFaqSchema } from '../model/faq';
import type { GlossaryEntry } from '../model/glossary';

export interface CheckResult {
  files: number;
  faqs: number;
  problems: ContentProblem[];
}

const asProblems = (error: unknown): ContentProblem[] => {
  if (error instanceof ContentError) return error.problems;
  throw error;
};

export async function checkContent(dir: string): Promise<CheckResult> {
  const problems: ContentProblem[] = [];
  let glossary: GlossaryEntry[] = [];
  try {
    glossary = loadGlossary(dir);
  } catch (error) {
    problems.push(...asProblems(error));
  }
  let schema;
  try {
    schema = createFaqSchema(loadVocabulary(dir));
  } catch (error) {
    // Without vocabularies no FAQ can be checked: report them first.
    return { files: 0, faqs: 0, problems: [...problems, ...asProblems(error)] };
  }
  const files = (await glob(faqPattern, { cwd: path.join(dir, 'faq'), absolute: true })).sort();
  const texts = await Promise.all(files.map(async (file) => ({ file, shown: displayPath(file), text: await readFile(file, 'utf8') })));
  const { entries, problems: fileProblems } = validateFaqFiles(texts, schema);
  // Files that failed still name their id: links to them are not a second problem.
  const invalidIds = texts.flatMap(({ text }) => /^---\r?\n(?:[^\n]*\n)*?id:\s*["']?([a-z0-9-]+)/.exec(text)?.[1] ?? []);
  for (const entry of entries) {
    const text = normaliseText(texts.find((candidate) => candidate.file === entry.file)!.text);
    const firstLine = text.slice(0, text.length - entry.body.length).split('\n').length;
    fileProblems.push(...mdxBodyProblems(entry.shown, entry.body, firstLine));
  }
  problems.push(...fileProblems, ...linkProblems(entries, glossary, displayPath(path.join(dir, vocabularyFiles.glossary)), invalidIds));
  return { files: files.length, faqs: entries.length, problems };
}
