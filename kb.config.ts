/**
 * The team's settings, in one file: the brand the pages name, where content and output live, and how
 * much each page lists. A team that is not the valet team changes this file (or sets the KB_*
 * environment variables listed in src/config/settings.ts for one build). Checked with zod when read.
 */
import type { KbConfig } from './src/config/schema.ts';

export default {
  brand: {
    /** The service the scripts are for: page descriptions, the footer, the feed. */
    service: '카카오 T 발레',
    /** The site's own name: the header and every page title. */
    siteName: '상담 스크립트',
    /** The letter in the header's logo square. */
    mark: 'T',
  },
  /** Content directory (faq/ and vocabulary/), relative to where the build runs. KB_CONTENT_DIR overrides. */
  contentDir: 'content',
  /** Output directory of `npm run build`. KB_OUT_DIR overrides. */
  outDir: 'dist',
  /** The address the site is served at (feed links), without the sub-path. KB_SITE_URL overrides. */
  siteUrl: 'http://localhost:4321',
  /** The sub-path the site lives under (`/kb/` for https://intra.example.com/kb/); every link follows it. KB_BASE overrides. */
  base: '/',
  /** Let search engines index the site (internal scripts: no). KB_INDEXABLE=true overrides. */
  indexable: false,
  freshness: {
    /** NEW / 변경 badges last this many days. KB_RECENT_DAYS overrides. */
    recentDays: 14,
    /** A review is due this many days after the last review (or update). KB_REVIEW_DAYS overrides. */
    reviewDays: 90,
  },
  limits: {
    /** Scripts shown per category on the home page. */
    homePerCategory: 5,
    /** A category page lists up to this many scripts whole; above it, each sub-category's newest few. */
    categoryWholeList: 50,
    /** Scripts shown per sub-category on a category page. */
    categoryPerChild: 5,
    /** Changes listed on 최근 업데이트. */
    updatesHistory: 200,
    /** Overdue reviews listed on 최근 업데이트. */
    updatesBacklog: 100,
    /** Changes the RSS feed carries. */
    feedItems: 100,
    /** Related scripts listed per glossary term (more: a search link). */
    glossaryScripts: 8,
    /** Up to this many scripts, 학습 lists them all; above it, one page per category. */
    learnList: 200,
    sidebar: {
      /** Up to this many categories, the tree is shown whole. */
      wholeTree: 40,
      /** Up to this many sites, all are listed. */
      allSites: 12,
      /** At most this many of the current category's scripts are listed, around the current one. */
      scripts: 15,
    },
  },
} satisfies KbConfig;
