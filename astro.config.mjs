// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { normaliseMdx } from './src/collections/normalise-mdx.ts';
import { settings } from './src/config/settings.ts';
import { searchIndex } from './src/search/build/integration.ts';

// Every setting comes from kb.config.ts with KB_* overrides (src/config/settings.ts).
// Content may live outside the project (KB_CONTENT_DIR); the dev server must be allowed to read it.
const { contentDir, outDir, siteUrl, base } = settings();

// Astro 7's default Markdown processor (Sätteri) does not run remark plugins; the unified
// processor does, and MDX inherits it. remark-cjk-friendly makes `**강조**` next to Korean text
// render as emphasis. Smart punctuation stays off: scripts are quoted to customers verbatim.
export default defineConfig({
  site: siteUrl,
  // Every link is built by src/site/routes.ts under this sub-path.
  base,
  outDir,
  trailingSlash: 'always',
  // Stylesheets are always files, never inlined: the pages then have no inline style, and the CSP meta tag
  // (src/site/security.ts) needs no per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCjkFriendly],
    }),
  },
  // The search index is built with the pages: Pagefind indexes each script page while Astro renders
  // the next (src/middleware.ts), then the vocabulary is written (src/search/build/integration.ts).
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Writes .astro/collections/*.schema.json + collections.json, which the Astro VS Code extension
  // uses to complete and validate FAQ frontmatter in .mdx files (see README: editors).
  experimental: { contentIntellisense: true },
  vite: { plugins: [normaliseMdx()], server: { fs: { allow: ['.', contentDir] } } },
});
