/** The shape of kb.config.ts, checked with zod (no imports of the file itself, so it can import this). */
import { z } from 'astro/zod';

const positiveDays = z.number().int().min(1);
const count = z.number().int().min(1);

export const configSchema = z.strictObject({
  brand: z.strictObject({ service: z.string().min(1), siteName: z.string().min(1), mark: z.string().min(1).max(2) }),
  contentDir: z.string().min(1),
  outDir: z.string().min(1),
  siteUrl: z.url(),
  base: z.string().regex(/^\/(?:[\w.-]+\/)*$/, 'a path that starts and ends with "/", e.g. /kb/'),
  indexable: z.boolean(),
  freshness: z.strictObject({ recentDays: positiveDays, reviewDays: positiveDays }),
  limits: z.strictObject({
    homePerCategory: count,
    categoryWholeList: count,
    categoryPerChild: count,
    updatesHistory: count,
    updatesBacklog: count,
    feedItems: count,
    glossaryScripts: count,
    learnList: count,
    sidebar: z.strictObject({ wholeTree: count, allSites: count, scripts: count }),
  }),
});

/** What kb.config.ts holds. */
export type KbConfig = z.input<typeof configSchema>;
