/** ASCII slugs for ids and vocabulary entries, by romanising Korean (es-hangul's Revised Romanization). */
import { romanize } from 'es-hangul';

/** `발레 출차처리가 되지 않았어요.` → `balle-chulchacheoriga-doeji-anasseoyo`, at most `maxWords` words. */
export function slugify(text: string, maxWords = 6): string {
  const words = romanize(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}

/** A slug not in `taken`: adds -2, -3, … when needed; `fallback` when the text has no letters. */
export function uniqueSlug(text: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
