/**
 * /lines/<bucket>.json: what the home page and the search box need to know of the scripts an agent keeps
 * (즐겨찾기, 최근 본 스크립트) — each one's current title and category, and its line fingerprints, to count
 * the scripts that changed since this browser last showed them. 256 files at most, whatever the number of
 * scripts (src/model/line-fingerprint.ts); a removed script is missing from its bucket.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { linesBucket, type LinesBucket } from '../../model/line-fingerprint';
import { scriptFingerprints } from '../../model/script-lines';
import { getCatalog, type FaqEntry } from '../../site/catalog';

// The paths carry the entries only (Astro keeps every path's props until the build ends); each file's
// records are made when it is written.
export const getStaticPaths: GetStaticPaths = async () =>
  [...Map.groupBy((await getCatalog()).faqs, (faq: FaqEntry) => linesBucket(faq.data.id))].map(([bucket, faqs]) => ({ params: { bucket }, props: { faqs } }));

export const GET: APIRoute<{ faqs: FaqEntry[] }> = ({ props: { faqs } }) => {
  const records: LinesBucket = Object.fromEntries(faqs.map(({ data }) => [data.id, { title: data.title, category: data.category.join(' ▶ '), lines: scriptFingerprints(data.steps) }]));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
