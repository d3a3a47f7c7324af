/**
 * Stable fingerprints of the lines a script says, so a browser can tell which lines are new or changed
 * since it last showed the script (`지난번 확인 이후 바뀐 문장`) without a server or history: the build
 * lists them per script (`/faq/<id>/lines.json`, from script-lines.ts), the page computes the same from
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

/** `/faq/<id>/lines.json`: a script's current title, category path and line fingerprints. */
export interface ScriptLines {
  title: string;
  category: string;
  lines: string[];
}
