/**
 * /lines/<bucket>.json: what the home page and the search box need to know of the scripts an agent keeps
 * (즐겨찾기, 최근 본 스크립트) — each one's current title and category, and its line fingerprints, to count
 * the scripts that changed since this browser last showed them. 256 files at most, whatever the number of
 * scripts (src/model/line-fingerprint.ts); a removed script is missing from its bucket.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { linesBucket, type LinesBucket } from '../../model/line-fingerprint';
import { scriptFingerprints } from '../../model/script-lines';
import { getCatalog } from '../../site/catalog';

export const getStaticPaths: GetStaticPaths = async () => {
  const buckets = new Map<string, LinesBucket>();
  for (const { data } of (await getCatalog()).faqs) {
    const bucket = buckets.get(linesBucket(data.id)) ?? {};
    bucket[data.id] = { title: data.title, category: data.category.join(' ▶ '), lines: scriptFingerprints(data.steps) };
    buckets.set(linesBucket(data.id), bucket);
  }
  return [...buckets].map(([bucket, records]) => ({ params: { bucket }, props: { records } }));
};

export const GET: APIRoute<{ records: LinesBucket }> = ({ props: { records } }) =>
  new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
