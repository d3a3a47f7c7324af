/**
 * `kb check` on the content directory as it would be after a save, without touching it: the
 * directory is copied to a temporary one, the changed files are written there, and the same
 * checkContent that `kb check` and the build use runs on the copy. Problems name the real files.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../collections/check-content';
import { displayPath } from '../../collections/content-dir';
import { formatProblem, type ContentProblem } from '../../collections/content-error';
import { vocabularyFiles } from '../../collections/vocabulary';

export interface FileChange {
  /** Path inside the content directory, e.g. faq/valet-pass-not-own-use.mdx. */
  path: string;
  text: string;
}

const editable = new Set<string>(Object.values(vocabularyFiles));

/** A change's path inside the content directory, or undefined when it points elsewhere (../, absolute, not a content file). */
export function contentPath(contentDir: string, relative: string): string | undefined {
  const absolute = path.resolve(contentDir, relative);
  const inside = path.relative(contentDir, absolute).split(path.sep).join('/');
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return /^faq\/(?:[^/]+\/)*[^/]+\.mdx$/.test(inside) || editable.has(inside) ? absolute : undefined;
}

/**
 * The problems `kb check` would report after the change that concern it: every problem in a
 * changed file, and any problem elsewhere that the change creates (a duplicate id, a broken link).
 */
export async function problemsAfter(contentDir: string, changes: readonly FileChange[]): Promise<ContentProblem[]> {
  const stage = await mkdtemp(path.join(os.tmpdir(), 'kb-editor-check-'));
  try {
    await cp(contentDir, stage, { recursive: true });
    for (const change of changes) await writeFile(path.join(stage, change.path), change.text);
    const shownDir = displayPath(contentDir);
    const realName = (file: string) => (file.startsWith(stage) ? path.join(shownDir, path.relative(stage, file)) : file);
    const after = (await checkContent(stage)).problems.map((problem) => ({ ...problem, file: realName(problem.file) }));
    const before = new Set((await checkContent(contentDir)).problems.map(formatProblem));
    const changed = new Set(changes.map((change) => path.join(shownDir, change.path)));
    return after.filter((problem) => changed.has(problem.file) || !before.has(formatProblem(problem)));
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
