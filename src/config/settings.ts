/**
 * Every setting of the knowledge base, parsed once with zod: the team's file (kb.config.ts) with the
 * KB_* environment variables over it. Modules take what they need from `settings()`; nothing else
 * reads process.env. Imports carry their `.ts` extension so plain Node (scripts/, bench/) can load it.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import teamConfig from '../../kb.config.ts';
import { configSchema, type KbConfig } from './schema.ts';

export type { KbConfig };

export interface Settings extends Omit<z.output<typeof configSchema>, 'freshness'> {
  /** Absolute content and output directories. */
  contentDir: string;
  outDir: string;
  freshness: z.output<typeof configSchema>['freshness'] & {
    /** ISO date of "today": KB_TODAY (tests, previews of a date), else the date in Seoul. */
    today: string;
  };
}

type Env = Record<string, string | undefined>;

const isoDate = z.iso.date();
const wholeDays = z.coerce.number().int().min(1);

/** The environment variables that override the file, each parsed where it is read. */
const overrides: Record<string, (value: string, config: KbConfig) => void> = {
  KB_CONTENT_DIR: (value, config) => void (config.contentDir = value),
  KB_OUT_DIR: (value, config) => void (config.outDir = value),
  KB_SITE_URL: (value, config) => void (config.siteUrl = value),
  KB_BASE: (value, config) => void (config.base = `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')),
  KB_INDEXABLE: (value, config) => void (config.indexable = z.enum(['true', 'false']).parse(value) === 'true'),
  KB_RECENT_DAYS: (value, config) => void (config.freshness.recentDays = wholeDays.parse(value)),
  KB_REVIEW_DAYS: (value, config) => void (config.freshness.reviewDays = wholeDays.parse(value)),
};

const hints: Record<string, string> = {
  KB_INDEXABLE: 'true or false',
  KB_RECENT_DAYS: 'a whole number of days',
  KB_REVIEW_DAYS: 'a whole number of days',
  KB_TODAY: 'a date written YYYY-MM-DD',
};

// One formatter for the process: constructing Intl.DateTimeFormat is costly.
const seoulDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Seoul: agents and editors work in Korea; a build at 01:00 KST must not say "yesterday". */
export const seoulToday = (now = new Date()) => seoulDate.format(now);

/** Parses the team's file with the environment over it; a bad value names its variable and what it must be. */
export function loadSettings(env: Env = process.env, file: KbConfig = teamConfig, options: { cwd?: string; now?: Date } = {}): Settings {
  const config = structuredClone(file) as KbConfig;
  for (const [name, apply] of Object.entries(overrides)) {
    const value = env[name]?.trim();
    if (!value) continue;
    try {
      apply(value, config);
    } catch {
      throw new Error(`${name} must be ${hints[name] ?? 'a valid value'}, got "${value}"`);
    }
  }
  const fixedToday = env.KB_TODAY?.trim();
  if (fixedToday && !isoDate.safeParse(fixedToday).success) throw new Error(`KB_TODAY must be ${hints.KB_TODAY}, got "${fixedToday}"`);
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`kb.config.ts: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const cwd = options.cwd ?? process.cwd();
  return {
    ...parsed.data,
    contentDir: path.resolve(cwd, parsed.data.contentDir),
    outDir: path.resolve(cwd, parsed.data.outDir),
    freshness: { ...parsed.data.freshness, today: fixedToday || seoulToday(options.now) },
  };
}

const watched = ['KB_TODAY', ...Object.keys(overrides)];
let cached: { key: string; settings: Settings } | undefined;

/** The settings of this process, parsed once (again only if a KB_* variable or the working directory changed). */
export function settings(): Settings {
  const key = JSON.stringify([process.cwd(), ...watched.map((name) => process.env[name] ?? null)]);
  if (cached?.key !== key) cached = { key, settings: loadSettings() };
  return cached.settings;
}
