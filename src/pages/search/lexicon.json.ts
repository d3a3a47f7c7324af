/** /search/lexicon.json: the glossary synonyms, terms and sites the browser's Korean query layer uses. */
import type { APIRoute } from 'astro';
import { buildLexicon } from '../../korean/lexicon';
import { getCatalog } from '../../site/catalog';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const lexicon = buildLexicon(catalog.glossary, catalog.sites.map((site) => site.name));
  return new Response(JSON.stringify(lexicon), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
