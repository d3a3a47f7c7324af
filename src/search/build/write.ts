/**
 * Writes the search data into <site>/search: `manifest.json` (fixed name, revalidated) and an
 * immutable directory named by the build's data hash with the script table and cards, one vocabulary file per
 * shard and the bitset files of common prefixes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shardFileKey, type SearchManifest } from '../data/format';
import type { SearchData } from './vocabulary';

export const searchDir = 'search';

export function writeSearchData(siteDir: string, data: SearchData): SearchManifest {
  const files = new Map<string, string | Uint8Array>();
  files.set('table.json', JSON.stringify(data.table));
  files.set('cards.json', JSON.stringify(data.cards));
  const shards: Record<string, string> = {};
  for (const [key, shard] of [...data.shards].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const name = `v/${shardFileKey(key)}.json`;
    shards[key] = name;
    files.set(name, JSON.stringify(shard));
  }
  for (const [name, bytes] of data.bitsets) files.set(name, bytes);
  const hash = createHash('sha256');
  for (const [name, content] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) hash.update(name).update(content);
  const build = hash.digest('hex').slice(0, 12);
  const dir = `${searchDir}/${build}/`;
  const scripts = data.table.category.length;
  const manifest: SearchManifest = { version: 1, build, dir, scripts, commonAt: data.commonAt, shards, table: 'table.json', cards: 'cards.json' };
  for (const [name, content] of files) {
    const file = path.join(siteDir, dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  writeFileSync(path.join(siteDir, searchDir, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}
