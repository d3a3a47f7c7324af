/**
 * Reads the fragments Pagefind wrote (one per indexed page: its URL, text, metadata and heading
 * anchors) back from <site>/<bundle>/fragment/. Each file is gzip of `pagefind_dcd` + JSON; the
 * browser reads the same files (src/search/fragment.ts), so the vocabulary is built from exactly
 * the text the agents' results show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFragment } from '../fragment';
import type { PageRecord } from './vocabulary';

export function readFragments(siteDir: string, bundle: string): PageRecord[] {
  const dir = path.join(siteDir, bundle, 'fragment');
  const records: PageRecord[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fragment = parseFragment(gunzipSync(readFileSync(path.join(dir, name))).toString('utf8'));
    const page = fragment.url.split('#')[0]!;
    records.push({
      fragment: name.slice(0, -'.pf_fragment'.length),
      bundle,
      id: fragment.meta.id ?? page,
      page,
      title: fragment.meta.title ?? '',
      headings: fragment.anchors.filter((anchor) => anchor.element !== 'h1' && anchor.text).map((anchor) => anchor.text!),
      content: fragment.content,
      category: fragment.meta.category ?? '',
      sites: JSON.parse(fragment.meta.sites || '[]') as string[],
    });
  }
  return records;
}
