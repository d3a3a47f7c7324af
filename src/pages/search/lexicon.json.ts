/** /search/lexicon.json: the glossary synonyms, terms, sites and the customer-speech thesaurus the browser's Korean query layer uses. */
import type { APIRoute } from 'astro';
import { buildLexicon, type Lexicon } from '../../korean/lexicon';
import { thesaurusLexicon } from '../../model/thesaurus';
import { getCatalog } from '../../site/catalog';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const lexicon: Lexicon = { ...buildLexicon(catalog.glossary, catalog.sites.map((site) => site.name)), thesaurus: thesaurusLexicon(catalog.thesaurus) };
  return new Response(JSON.stringify(lexicon), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
