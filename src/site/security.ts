/**
 * The site's Content-Security-Policy and robots policy, read by astro.config.mjs (the CSP meta tag
 * Astro writes into every page, with hashes of its own scripts and styles), the layout, the local
 * server (scripts/serve.mjs) and the deployment examples (deploy/).
 */

/**
 * Directives besides script-src/style-src, which Astro computes. Everything is same-origin: the
 * site loads nothing from elsewhere and external links only navigate away.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * script-src sources besides Astro's hashes. No 'unsafe-inline': an injected inline script or
 * event handler never runs. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * module; it does not allow eval() or inline scripts.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Directives a <meta> tag cannot carry (browsers ignore them there); servers send them as a header.
 * frame-ancestors 'none': an internal page cannot be framed by another site (clickjacking).
 */
export const headerOnlyCsp = "frame-ancestors 'none'";

/** Internal scripts are not for search engines unless KB_INDEXABLE=true. */
export const isIndexable = (env: Record<string, string | undefined> = process.env) => env.KB_INDEXABLE === 'true';
