/**
 * The site's Content-Security-Policy: one <meta> tag, the same on every page (src/layouts/Base.astro). The
 * pages have no inline script or style — Astro's scripts are module files and its CSS is always a file
 * (`build.inlineStylesheets: 'never'` in astro.config.mjs) — so the policy needs no hashes: Astro's own CSP
 * (`security.csp`) hashed each page's styles and scripts again, ≈ 4 s of a 10,000-script build for the same
 * result. tests/build/security.test.ts fails if an inline script or style ever appears. Whether search engines may
 * index the site is a setting (`settings().indexable`, src/config/settings.ts). Headers
 * that a <meta> tag cannot carry (frame-ancestors) are in src/server/headers.ts.
 */

/**
 * Directives besides script-src/style-src. Everything is same-origin: the site loads nothing from
 * elsewhere and external links only navigate away.
 */
const cspDirectives = [
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
const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** The policy of every page's CSP meta tag. Styles come only from the site's own files. */
export const contentSecurityPolicy = [...cspDirectives, `script-src ${scriptResources.join(' ')}`, "style-src 'self'"].join('; ');

