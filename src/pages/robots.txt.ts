/** robots.txt: internal scripts stay out of search engines unless KB_INDEXABLE=true. */
import type { APIRoute } from 'astro';
import { settings } from '../config/settings';

export const GET: APIRoute = () =>
  new Response(settings().indexable ? 'User-agent: *\nAllow: /\n' : '# Internal customer-service scripts: not for search engines (KB_INDEXABLE=true allows indexing).\nUser-agent: *\nDisallow: /\n', {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
