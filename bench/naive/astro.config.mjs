// The naive floor of `npm run bench:large`: the cheapest Astro 7 + @astrojs/mdx site over the same
// FAQ files — one plain page per FAQ from zod-typed frontmatter, every FAQ compiled as its own MDX
// module (Astro's glob loader), then plain Pagefind over those pages (bench/naive/build.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.KB_OUT_DIR || './dist',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { server: { fs: { allow: ['.', process.env.KB_CONTENT_DIR || '.'] } } },
});
