/** robots.txt: internal scripts stay out of search engines unless KB_INDEXABLE=true. */
import type { APIRoute } from 'astro';
import { isIndexable } from '../site/security';

export const GET: APIRoute = () =>
  new Response(isIndexable() ? 'User-agent: *\nAllow: /\n' : '# Internal customer-service scripts: not for search engines (KB_INDEXABLE=true allows indexing).\nUser-agent: *\nDisallow: /\n', {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
