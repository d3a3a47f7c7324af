/**
 * Every content check in one place, shared by the build (faq-loader) and `kb check`: per-file
 * checks (bytes, YAML, schema, MDX body) and the checks across files (duplicate ids, links to
 * other scripts, glossary references). Each problem carries its file, line and field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { createFaqSchema, type Faq } from '../model/faq';
import { tagBlock } from '../model/script';
import { scriptBlocks } from '../model/walk';
import { ContentError, formatFieldPath, type ContentProblem } from './content-error';
import { displayPath } from './content-dir';
import { decodeFaqBytes } from './faq-bytes';
import { linkProblems } from './links';
import { normaliseText } from '../model/normalise-text';
import { checkMdxBody } from './mdx-body';
import { validateFaqText, type FaqSchema } from './validate-faq';
import { readThesaurus } from './thesaurus';
import { loadCallMemo, loadGlossary, loadVocabulary, vocabularyFiles } from './vocabulary';

export const faqPattern = '**/*.mdx';

export interface FaqSource {
  /** Path shown in messages. */
  file: string;
  bytes: Uint8Array;
}

export interface CheckedFaq {
  file: string;
  data: Faq;
  body: string;
}

export interface FaqSetResult {
  entries: CheckedFaq[];
  problems: ContentProblem[];
  /** Ids named by files that failed, so links to them are not reported a second time. */
  failedIds: string[];
}

/** The id a file names, read loosely, for a file that failed validation. */
const looseId = (text: string) => /^---\n(?:[^\n]*\n)*?id:\s*["']?([a-z0-9-]+)/.exec(text)?.[1];

/** Validates a set of FAQ files together: each on its own, then ids and links across them. */
export function validateFaqSources(sources: readonly FaqSource[], schema: FaqSchema): FaqSetResult {
  const problems: ContentProblem[] = [];
  const valid: { file: string; data: Faq; body: string; lineOf: (path: readonly PropertyKey[]) => number | undefined }[] = [];
  const idToFile = new Map<string, string>();
  const failedIds: string[] = [];

  for (const { file, bytes } of sources) {
    const decoded = decodeFaqBytes(file, bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const result = validateFaqText(file, decoded.text, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      const id = looseId(normaliseText(decoded.text));
      if (id) failedIds.push(id);
      continue;
    }
    const bodyProblems = result.body.trim() ? checkMdxBody(file, result.body, result.bodyLine) : [];
    if (bodyProblems.length) {
      problems.push(...bodyProblems);
      continue;
    }
    const first = idToFile.get(result.data.id);
    if (first) {
      problems.push({ file, line: result.idLine(), field: 'id', message: `duplicate id "${result.data.id}", already used by ${first}; give one of them another id` });
      continue;
    }
    idToFile.set(result.data.id, file);
    valid.push({ file, data: result.data, body: result.body, lineOf: result.lineOf });
  }

  for (const { file, data, lineOf } of valid) {
    for (const { block, path: blockPath } of scriptBlocks(data.steps)) {
      const tagged = tagBlock(block);
      if (tagged.kind !== 'faq' || idToFile.has(tagged.id) || failedIds.includes(tagged.id)) continue;
      const field = [...blockPath, 'faq'];
      problems.push({ file, line: lineOf(field), field: formatFieldPath(field), message: `no script has id "${tagged.id}"; link to an existing script's id (the name in its /faq/<id>/ address) or remove the link` });
    }
  }

  problems.push(...linkProblems(valid.map(({ file, data, lineOf }) => ({ shown: file, data, lineOf })), [], undefined, failedIds));

  return { entries: valid.map(({ file, data, body }) => ({ file, data, body })), problems, failedIds };
}

/** Files read at once: all of them at once ran out of file handles at 50,000 scripts (EMFILE). */
const filesInFlight = 256;

/** Reads every FAQ file under a directory, sorted, with paths for messages. */
export async function readFaqSources(faqDir: string): Promise<(FaqSource & { absolute: string })[]> {
  const files = (await glob(faqPattern, { cwd: faqDir, absolute: true })).sort();
  const sources: (FaqSource & { absolute: string })[] = [];
  for (let at = 0; at < files.length; at += filesInFlight) {
    const batch = files.slice(at, at + filesInFlight);
    sources.push(...(await Promise.all(batch.map(async (absolute) => ({ absolute, file: displayPath(absolute), bytes: await readFile(absolute) })))));
  }
  return sources;
}

export interface CheckResult {
  files: number;
  faqs: number;
  problems: ContentProblem[];
}

/** Checks a whole content directory (vocabularies, glossary, thesaurus, every FAQ) the way the build does (`kb check`). */
export async function checkContent(dir: string): Promise<CheckResult> {
  const caught = (error: unknown) => {
    if (error instanceof ContentError) return error.problems;
    throw error;
  };
  let schema: FaqSchema;
  try {
    schema = createFaqSchema(loadVocabulary(dir));
  } catch (error) {
    // Without vocabularies no FAQ can be checked: report them first.
    return { files: 0, faqs: 0, problems: caught(error) };
  }
  const sources = await readFaqSources(path.join(dir, 'faq'));
  const { entries, problems, failedIds } = validateFaqSources(sources, schema);
  try {
    const glossaryFile = displayPath(path.join(dir, vocabularyFiles.glossary));
    problems.push(...linkProblems([], loadGlossary(dir), glossaryFile, [...entries.map((entry) => entry.data.id), ...failedIds]));
  } catch (error) {
    problems.push(...caught(error));
  }
  try {
    loadCallMemo(dir);
  } catch (error) {
    problems.push(...caught(error));
  }
  problems.push(...readThesaurus(dir).problems);
  return { files: sources.length, faqs: entries.length, problems };
}

/** The problems of a content directory, for callers that need only them. */
export async function checkContentDir(dir: string): Promise<ContentProblem[]> {
  return (await checkContent(dir)).problems;
}
