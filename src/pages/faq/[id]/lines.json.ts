/**
 * /faq/<id>/lines.json: what the home page and the search box need to know of a script an agent keeps
 * (즐겨찾기, 최근 본 스크립트) — its current title and category, and its line fingerprints, to count the
 * scripts that changed since this browser last showed them. A removed script has none (404).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ScriptLines } from '../../../model/line-fingerprint';
import { scriptFingerprints } from '../../../model/script-lines';
import { getCatalog, type FaqEntry } from '../../../site/catalog';

export const getStaticPaths: GetStaticPaths = async () => {
  const { faqs } = await getCatalog();
  return faqs.map((faq) => ({ params: { id: faq.data.id }, props: { faq } }));
};

export const GET: APIRoute<{ faq: FaqEntry }> = ({ props: { faq } }) => {
  const record: ScriptLines = { title: faq.data.title, category: faq.data.category.join(' ▶ '), lines: scriptFingerprints(faq.data.steps) };
  return new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
