/**
 * Stable fingerprints of the lines a script says, so a browser can tell which lines are new or changed
 * since it last showed the script (`지난번 확인 이후 바뀐 문장`) without a server or history: the build
 * lists them per script (in `/lines/<bucket>.json`, from script-lines.ts), the page computes the same from
 * its `data-line`s. No imports, so browser code can use it.
 */

/**
 * FNV-1a (32 bit) over the line's UTF-16 code units, as 8 hex digits: identical in Node and the browser.
 * @example lineFingerprint('이용에 불편을 드려 죄송합니다.') → '1f0c…' (8 hex digits)
 */
export function lineFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const fingerprintPattern = /^[0-9a-f]{8}$/;

/** Fingerprints in `current` that `seen` lacks: lines new or changed since then. */
export const changedSince = (current: readonly string[], seen: readonly string[]) => {
  const known = new Set(seen);
  return current.filter((fingerprint) => !known.has(fingerprint));
};

/** A script's current title, category path and line fingerprints. */
export interface ScriptLines {
  title: string;
  category: string;
  lines: string[];
}

/**
 * The scripts' lines are published in 256 files, `/lines/<bucket>.json` (script id → ScriptLines), not one
 * per script: 10,000 scripts cost the build 10,000 routes to render and write, and a browser asks for a
 * few dozen kept scripts at most. The bucket is the first two hex digits of the id's fingerprint.
 */
export const linesBucket = (id: string) => lineFingerprint(id).slice(0, 2);

/** One `/lines/<bucket>.json`: the records of the scripts whose id falls in the bucket. */
export type LinesBucket = Record<string, ScriptLines>;
