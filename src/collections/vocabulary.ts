/** Loads and validates the controlled vocabularies of a content directory (vocabulary/*.yaml). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Vocabulary } from '../model/faq';
import { callMemoSchema, type CallMemo } from '../model/call-memo';
import { glossarySchema, type GlossaryEntry } from '../model/glossary';
import { slotRegistrySchema } from '../model/slot';
import { categoryTreeSchema, siteListSchema } from '../model/vocabulary';
import { ContentError, problemFromIssue, type ContentProblem } from './content-error';
import { displayPath } from './content-dir';
import { normaliseText } from '../model/normalise-text';
import { parseYamlSource } from './yaml-source';

export const vocabularyFiles = {
  categories: 'vocabulary/categories.yaml',
  sites: 'vocabulary/sites.yaml',
  slots: 'vocabulary/slots.yaml',
  glossary: 'glossary.yaml',
  callMemo: 'call-memo.yaml',
} as const;

export function loadYamlFile<T>(file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.push({ file: shown, message: 'missing vocabulary file; copy it from the bundled content/ and edit it' });
    return undefined;
  }
  const yaml = parseYamlSource(normaliseText(readFileSync(file, 'utf8')));
  if (yaml.errors.length) {
    problems.push(...yaml.errors.map((error) => ({ file: shown, line: error.line, message: `invalid YAML: ${error.message}` })));
    return undefined;
  }
  const result = schema.safeParse(yaml.document.toJS());
  if (!result.success) {
    problems.push(
      ...result.error.issues.map((issue) => problemFromIssue(shown, issue, yaml.lineOf)),
    );
    return undefined;
  }
  return result.data;
}

/** Reads the three vocabularies; throws one ContentError listing every problem. */
export function loadVocabulary(dir: string): Vocabulary {
  const problems: ContentProblem[] = [];
  const categories = loadYamlFile(path.join(dir, vocabularyFiles.categories), categoryTreeSchema, problems);
  const sites = loadYamlFile(path.join(dir, vocabularyFiles.sites), siteListSchema, problems);
  const slots = loadYamlFile(path.join(dir, vocabularyFiles.slots), slotRegistrySchema, problems);
  if (problems.length || !categories || !sites || !slots) throw new ContentError(problems);
  return { categories, sites, slots };
}

/** Reads the glossary (content/glossary.yaml); an absent file is an empty glossary. */
export function loadGlossary(dir: string): GlossaryEntry[] {
  const file = path.join(dir, vocabularyFiles.glossary);
  if (!existsSync(file)) return [];
  const problems: ContentProblem[] = [];
  const glossary = loadYamlFile(file, glossarySchema, problems);
  if (problems.length || !glossary) throw new ContentError(problems);
  return glossary;
}

/** Reads the after-call memo's format (content/call-memo.yaml); an absent file is the schema's defaults. */
export function loadCallMemo(dir: string): CallMemo {
  const file = path.join(dir, vocabularyFiles.callMemo);
  if (!existsSync(file)) return callMemoSchema.parse({});
  const problems: ContentProblem[] = [];
  const callMemo = loadYamlFile(file, callMemoSchema, problems);
  if (problems.length || !callMemo) throw new ContentError(problems);
  return callMemo;
}
