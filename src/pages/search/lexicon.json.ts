/** /search/lexicon.json: the glossary synonyms, terms, sites and the customer-speech thesaurus the browser's Korean query layer uses. */
import type { APIRoute } from 'astro';
import { buildLexicon, type Lexicon } from '../../korean/lexicon';
import { thesaurusLexicon, withoutSitePhrases } from '../../model/thesaurus';
import { getCatalog } from '../../site/catalog';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  // The site's own text, every string of every script (titles, steps, lines, branches): another service's
  // phrase the scripts say is the site's (withoutSitePhrases).
  const thesaurus = withoutSitePhrases(thesaurusLexicon(catalog.thesaurus), catalog.faqs.flatMap((faq) => stringsOf(faq.data)));
  const lexicon: Lexicon = { ...buildLexicon(catalog.glossary, catalog.sites.map((site) => site.name)), thesaurus };
  return new Response(JSON.stringify(lexicon), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/** Every string inside a value (a script's frontmatter), in order. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

