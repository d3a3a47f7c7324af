/**
 * The production editor's configuration, generated from the zod schema and the bundled
 * vocabulary by `kb schema` (and checked by a test, like schemas/*.json): the GitHub backend of
 * backend.json (sign-in with the git host's accounts) with Decap's editorial workflow, so every
 * save is a branch and a pull request that CI (`npm test`, `kb check`) checks and a reviewer merges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVocabulary } from '../../collections/vocabulary';
import type { EditorSettings } from '../client/settings';
import { decapConfig } from '../server/decap-config';
import { editorCspFor } from '../server/editor-page';

const here = path.dirname(fileURLToPath(import.meta.url));
export const editorGeneratedDir = path.resolve(here, '../generated');
export const backend = JSON.parse(readFileSync(path.join(here, 'backend.json'), 'utf8')) as Record<string, unknown> & { repo: string; base_url: string };

/** The production page's policy: GitHub's API and avatars, the sign-in service of backend.json. */
export const productionCsp = () =>
  editorCspFor(['https://api.github.com', new URL(backend.base_url).origin], ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']);

/** Paths in the repository: the content lives under content/. */
export function productionSettings(contentDir: string): Omit<EditorSettings, 'today'> {
  const vocabulary = loadVocabulary(contentDir);
  return {
    decap: decapConfig(vocabulary, { ...backend, squash_merges: true, commit_messages: { create: '편집기: {{slug}} 추가', update: '편집기: {{slug}} 수정' } }, 'content/', { publish_mode: 'editorial_workflow' }),
    vocabulary,
  };
}

/** File name → text, for `kb schema`. */
export function editorFiles(contentDir: string): Map<string, string> {
  return new Map([['editor.json', `${JSON.stringify(productionSettings(contentDir), null, 2)}\n`]]);
}
