/** What the editor page is told by whoever serves it (`editor.json` beside the page). */
import type { Vocabulary } from '../../model/faq';

export interface EditorSettings {
  /** Decap CMS configuration (backend, collections generated from the schema). */
  decap: Record<string, unknown>;
  vocabulary: Vocabulary;
  /** Local editor only: the full `kb check` of the content as it would be after saving. */
  checkUrl?: string;
  /** Where the agents' site runs, for the preview link (local `astro dev`). */
  siteUrl?: string;
  /** Today (KB_TODAY or the date in Seoul) for `updated` and the `changes` line; the production page computes it. */
  today?: string;
}

export const settingsFile = 'editor.json';
