/**
 * During `astro build`, hands every script page Astro renders to the search index (the integration in
 * src/search/build/integration.ts sets the indexer; Pagefind indexes in its own process while Astro
 * renders on). Everything else, and every page of the dev server, passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageIndexer } from './search/build/page-channel';
import { routeOf } from './site/url';

const utf8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = context.isPrerendered ? pageIndexer() : undefined;
  const route = indexer && response.ok ? routeOf(context.url.pathname) : undefined;
  if (!indexer || route?.page !== 'faq') return response;
  // The bytes are read once and handed back as they are: Astro writes bytes, and encoding the text again
  // cost ≈ 1 s of the 10,000-script build's one rendering thread.
  const bytes = await response.arrayBuffer();
  // Pagefind's URLs are relative to the site root; the browser resolves them under the base.
  await indexer.add(`/faq/${route.id}/`, utf8.decode(bytes));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
