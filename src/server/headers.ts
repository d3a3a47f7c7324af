/**
 * HTTP headers for serving the built site: cache lifetimes by kind of file and security headers.
 * Used by `npm run serve` (scripts/serve.mjs); deploy/nginx.conf and the README's CDN notes mirror
 * it (tests/build/serve.test.ts checks the server). No imports: Node runs this file directly.
 */

/** Fingerprinted build assets (/_astro/*): the name changes with the content, so cache forever. */
export const immutableAsset = 'public, max-age=31536000, immutable';

/**
 * Pagefind's content-hashed chunks (fragment/, index/, filter/, *.pf_meta) and our search data
 * (search/<hash>/: vocabulary, bitsets, script table): never change under
 * one name, but hold script text, so `private`: a shared cache in front of the access control
 * must not hand them to anyone.
 */
export const immutableContent = 'private, max-age=31536000, immutable';

/**
 * HTML, robots.txt and Pagefind's fixed-name files (pagefind.js, pagefind-worker.js, the UI,
 * pagefind-entry.json, wasm.*.pagefind): revalidated on every use (a cheap 304 with the ETag),
 * so a corrected script is live on the agent's next page view. `private` as above.
 */
export const revalidate = 'private, no-cache';

const pagefindChunk = /^\/pagefind\/(?:parts\/\d+\/)?(?:(?:fragment|index|filter)\/[^/]+|[^/]+\.pf_meta)$/;
/** The search data under a directory named by its content hash (src/search/build/write.ts); manifest.json and lexicon.json keep fixed names. */
const searchData = /^\/search\/[0-9a-f]{12}\//;

/** Every path whose content never changes under its name. */
export const contentHashedPaths = [/^\/_astro\//, pagefindChunk, searchData];

/**
 * What the search box's own loader fetches per query (src/search/data/load.ts): Pagefind's fragments and
 * our search data. The service worker leaves these to the browser — a hop through the worker costs more
 * than the request itself (15 fragments: ≈ 130 ms through it, ≈ 65 ms without, on the benchmark's
 * machine) — and the loader asks the HTTP cache first (`force-cache`), which also answers offline.
 */
export const searchLoaderPaths = [/^\/pagefind\/(?:parts\/\d+\/)?fragment\/[^/]+$/, searchData];

export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return immutableAsset;
  if (pagefindChunk.test(pathname) || searchData.test(pathname)) return immutableContent;
  return revalidate;
}

/**
 * Sent with every response. The pages carry their own CSP <meta> (scripts and styles, with
 * Astro's hashes); this header adds what a meta tag cannot: frame-ancestors (no framing by
 * other sites). Both policies apply; neither loosens the other.
 */
export function securityHeaders(indexable: boolean): Record<string, string> {
  return {
    'content-security-policy': "frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(indexable ? {} : { 'x-robots-tag': 'noindex, nofollow' }),
  };
}
