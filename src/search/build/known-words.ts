/**
 * Words of Korean that the site does not contain but that a typo reading would turn into one of its
 * words (축구 → 출구, 입시 → 임시, 사랑 → 사람): the build looks them up in a Korean spelling
 * dictionary (dictionary-ko: hunspell-dict-ko's word list, 100,000 entries) and writes them into the
 * vocabulary shards, so the browser takes such a word as meant rather than as a slip, unless words of
 * the site stand beside it (프로모션 코트 → 코드; resolve.ts). Only the dictionary's words within a
 * typo of the site's words are kept: about 2,500 for 74 varied scripts, not the dictionary's 88,000.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stems } from '../../korean/endings';
import { isSyllable } from '../../korean/text';
import { jamoLetters, typoBudget, typoDistance } from '../../korean/typo';

/** Lengths, in syllables, of the words a typo reading corrects and of the dictionary words kept. */
const shortest = 2;
const longest = 4;

const isHangulWord = (word: string) => word.length >= shortest && word.length <= longest && [...word].every(isSyllable);

/** The dictionary's Hangul words of two to four syllables (its stems and listed forms, flags dropped). */
export function koreanDictionary(): Set<string> {
  const entry = createRequire(import.meta.url).resolve('dictionary-ko');
  const lines = readFileSync(path.join(path.dirname(entry), 'index.dic'), 'utf8').split('\n').slice(1);
  return new Set(lines.map((line) => line.split('/')[0]!.normalize('NFC')).filter(isHangulWord));
}

/** Keys of a word's places in an index: what a word within a typo of it shares with it. */
type Keys = (word: string) => string[];

/**
 * Two syllables, one edit: the word's jamo and each with one jamo deleted (a symmetric deletion
 * index: two words one edit apart share one of these).
 */
const deletionKeys: Keys = (word) => {
  const letters = jamoLetters(word);
  return [letters.join(''), ...letters.map((_, at) => [...letters.slice(0, at), ...letters.slice(at + 1)].join(''))];
};

/** Three syllables, two edits: each syllable at its place (two edits leave one of three as it was: 개나리, 기다리). */
const syllableKeys: Keys = (word) => [...word].map((syllable, at) => `3|${at}|${syllable}`);

/** Four syllables, two edits: each pair of syllables at their places (two edits leave two of four as they were). */
const pairKeys: Keys = (word) => {
  const chars = [...word];
  const keys: string[] = [];
  for (let i = 0; i < chars.length; i++) for (let j = i + 1; j < chars.length; j++) keys.push(`${chars.length}|${i}|${j}|${chars[i]}${chars[j]}`);
  return keys;
};

const keysOf = (word: string) => [deletionKeys, syllableKeys, pairKeys][[...word].length - 2]!(word);

/**
 * The dictionary words, not words of the site, that are within a typo (typo.ts: its distance and
 * budget) of the opening of a site word of the same length, as the browser's correction compares
 * them: a word of two syllables with a word or its stem, a longer one with any opening too. An index
 * of the openings' keys gives each dictionary word the few openings worth comparing.
 */
export function knownNear(siteWords: readonly string[], dictionary: ReadonlySet<string>): string[] {
  const site = new Set(siteWords);
  const index = new Map<string, Set<string>>();
  for (const word of siteWords) {
    const chars = [...word];
    const forms = new Set(stems(word));
    for (let length = shortest; length <= Math.min(longest, chars.length); length++) {
      const opening = chars.slice(0, length);
      if (!opening.every(isSyllable)) break;
      const text = opening.join('');
      if (length < 3 && text !== word && !forms.has(text)) continue;
      for (const key of keysOf(text)) {
        let openings = index.get(key);
        if (!openings) index.set(key, (openings = new Set()));
        openings.add(text);
      }
    }
  }
  // The openings' jamo, once each (they are compared with many dictionary words).
  const jamo = new Map<string, string[]>();
  const jamoOf = (opening: string) => {
    let letters = jamo.get(opening);
    if (!letters) jamo.set(opening, (letters = jamoLetters(opening)));
    return letters;
  };
  const known: string[] = [];
  for (const word of dictionary) {
    if (site.has(word)) continue;
    const budget = typoBudget(word.length);
    const typed = jamoLetters(word);
    const near = keysOf(word).some((key) => {
      for (const opening of index.get(key) ?? []) {
        if (opening !== word && opening.length === word.length && typoDistance(typed, jamoOf(opening), budget) <= budget) return true;
      }
      return false;
    });
    if (near) known.push(word);
  }
  return known.sort();
}
