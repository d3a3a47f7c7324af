/**
 * Every content check in one place, shared by the build (faq-loader) and `kb check`: per-file
 * checks (bytes, YAML, schema, MDX body) and the checks across files (duplicate ids, links to
 * other scripts, glossary references). Each problem carries its file, line and field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { createFaqSchema, forEachBlock, type Faq } from '../model/faq';
import type { GlossaryEntry } from '../model/glossary';
import { tagBlock } from '../model/script';
import { ContentError, formatFieldPath, type ContentProblem } from './content-error';
import { displayPath } from './content-dir';
import { decodeFaqBytes } from './faq-bytes';
import { checkMdxBody } from './mdx-body';
import { validateFaqText, type FaqSchema } from './validate-faq';
import { loadGlossary, loadVocabulary, vocabularyFiles } from './vocabulary';

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
}

/** Validates a set of FAQ files together: each on its own, then ids and links across them. */
export function validateFaqSources(sources: readonly FaqSource[], schema: FaqSchema): FaqSetResult {
  const problems: ContentProblem[] = [];
  const valid: { file: string; data: Faq; body: string; lineOf: (path: readonly PropertyKey[]) => number | undefined }[] = [];
  const idToFile = new Map<string, string>();

  for (const { file, bytes } of sources) {
    const decoded = decodeFaqBytes(file, bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const result = validateFaqText(file, decoded.text, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const bodyProblems = result.body.trim() ? checkMdxBody(file, result.body, result.bodyLine) : [];
    if (bodyProblems.length) {
      problems.push(...bodyProblems);
      continue;
    }
    const first = idToFile.get(result.data.id);
    if (first) {
      problems.push({ file, line: result.idLine, field: 'id', message: `duplicate id "${result.data.id}", already used by ${first}; give one of them another id` });
      continue;
    }
    idToFile.set(result.data.id, file);
    valid.push({ file, data: result.data, body: result.body, lineOf: result.lineOf });
  }

  for (const { file, data, lineOf } of valid) {
    forEachBlock(data, (block, blockPath) => {
      const tagged = tagBlock(block);
      if (tagged.kind !== 'faq' || idToFile.has(tagged.id)) return;
      const field = [...blockPath, 'faq'];
      problems.push({ file, line: lineOf(field), field: formatFieldPath(field), message: `no script has id "${tagged.id}"; link to an existing script's id (the name in its /faq/<id>/ address) or remove the link` });
    });
  }

  return { entries: valid.map(({ file, data, body }) => ({ file, data, body })), problems };
}

/** Glossary entries must point at existing scripts. */
export function glossaryProblems(glossary: readonly GlossaryEntry[], ids: ReadonlySet<string>): ContentProblem[] {
  return glossary.flatMap((entry, index) =>
    entry.related.filter((id) => !ids.has(id)).map((id) => ({ file: vocabularyFiles.glossary, field: `[${index}].related`, message: `no FAQ has id "${id}"; use an existing id or remove it` })),
  );
}

/** Reads every FAQ file under a directory, sorted, with paths for messages. */
export async function readFaqSources(faqDir: string): Promise<(FaqSource & { absolute: string })[]> {
  const files = (await glob(faqPattern, { cwd: faqDir, absolute: true })).sort();
  return Promise.all(files.map(async (absolute) => ({ absolute, file: displayPath(absolute), bytes: await readFile(absolute) })));
}

/** Checks a whole content directory (vocabularies, glossary, every FAQ) the way the build does. */
export async function checkContentDir(dir: string): Promise<ContentProblem[]> {
  const caught = (error: unknown) => {
    if (error instanceof ContentError) return error.problems;
    throw error;
  };
  let schema: FaqSchema;
  try {
    schema = createFaqSchema(loadVocabulary(dir));
  } catch (error) {
    return caught(error);
  }
  const { entries, problems } = validateFaqSources(await readFaqSources(path.join(dir, 'faq')), schema);
  try {
    problems.push(...glossaryProblems(loadGlossary(dir), new Set(entries.map((entry) => entry.data.id))));
  } catch (error) {
    problems.push(...caught(error));
  }
  return problems;
}
