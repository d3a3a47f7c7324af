/**
 * Loads the customer-speech thesaurus: the product's default (src/data/thesaurus.yaml) merged with the
 * content directory's thesaurus.yaml (optional), each checked with file:line messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeThesaurus, thesaurusIssues, thesaurusOverrideSchema, thesaurusSchema, type ThesaurusGroup } from '../model/thesaurus';
import { ContentError, formatFieldPath, type ContentProblem } from './content-error';
import { displayPath } from './content-dir';
import { normaliseText } from '../model/normalise-text';
import { loadYamlFile } from './vocabulary';
import { parseYamlSource } from './yaml-source';

/** The editors' file in a content directory. */
export const thesaurusFileName = 'thesaurus.yaml';

/**
 * The default thesaurus shipped with the product. Found next to this module when the source runs
 * (kb CLI through tsx, vitest); the Astro build runs a bundled copy under .astro/, from the project
 * root (scripts/build.mjs and astro dev set it), so there it is found from the working directory.
 */
export function defaultThesaurusFile(cwd = process.cwd()): string {
  const fromSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/thesaurus.yaml');
  return existsSync(fromSource) ? fromSource : path.resolve(cwd, 'src/data/thesaurus.yaml');
}

export interface LoadedThesaurus {
  /** The merged groups (default plus the content directory's changes). */
  groups: ThesaurusGroup[];
  problems: ContentProblem[];
}

/** Reads and checks both files; problems name the file, line and field. Never throws for bad content. */
export function readThesaurus(dir: string, defaultFile = defaultThesaurusFile()): LoadedThesaurus {
  const problems: ContentProblem[] = [];
  const base = loadYamlFile(defaultFile, thesaurusSchema, problems) ?? [];
  const file = path.join(dir, thesaurusFileName);
  if (!existsSync(file)) return { groups: base, problems };
  const overrides = loadYamlFile(file, thesaurusOverrideSchema, problems);
  if (!overrides) return { groups: base, problems };
  const { lineOf } = parseYamlSource(normaliseText(readFileSync(file, 'utf8')));
  for (const issue of thesaurusIssues(overrides, base)) {
    problems.push({ file: displayPath(file), line: lineOf(issue.path), field: formatFieldPath(issue.path), message: issue.message });
  }
  return { groups: mergeThesaurus(base, overrides), problems };
}

/** The merged thesaurus for the build; throws one ContentError listing every problem. */
export function loadThesaurus(dir: string, defaultFile?: string): ThesaurusGroup[] {
  const { groups, problems } = readThesaurus(dir, defaultFile);
  if (problems.length) throw new ContentError(problems);
  return groups;
}
