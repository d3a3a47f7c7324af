/**
 * The site's Content-Security-Policy, read by astro.config.mjs (the CSP meta tag
 * Astro writes into every page, with hashes of its own scripts and styles). Whether search engines may
 * index the site is a setting (`settings().indexable`, src/config/settings.ts). Headers
 * that a <meta> tag cannot carry (frame-ancestors) are in src/server/headers.ts.
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
] as const;

/**
 * script-src sources besides Astro's hashes. No 'unsafe-inline': an injected inline script or
 * event handler never runs. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * module; it does not allow eval() or inline scripts.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

