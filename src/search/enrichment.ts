/**
 * Build-time search terms added (hidden, low weight) to each script page, for what Pagefind's
 * whitespace-and-prefix matching cannot find on its own: a word in the middle of a compound
 * (`오인식` in `입/출차오인식`), two short words of a title or label written together (`이용 요금` → `이용요금`), and
 * 초성 forms of titles and key terms (`ㅂㄹㅍㅅ`). Kept small: only forms no page word already starts with.
 */
import type { Branch } from '../model/branch';
import type { Faq } from '../model/faq';
import { tagBlock, type Block } from '../model/script';
import { choseongOf as choseongOfWord } from '../korean/choseong';
import { nounOf as nounOfWord, stem as stemOf } from '../korean/endings';
import { isSyllable, syllableCount, words as wordsOf } from '../korean/text';

/**
 * A pure function remembered for the whole build: scripts share most of their sentences and words
 * (greetings, apologies, 발레존 …), so at 10,000 scripts these ran millions of times on the same input.
 */
function remembered<T>(compute: (input: string) => T): (input: string) => T {
  const results = new Map<string, T>();
  return (input) => {
    let result = results.get(input);
    if (result === undefined && !results.has(input)) results.set(input, (result = compute(input)));
    return result as T;
  };
}
const words = remembered(wordsOf);
const stem = remembered(stemOf);
const nounOf = remembered(nounOfWord);
const choseongOf = remembered(choseongOfWord);

/** Set KB_SEARCH_ENRICH=off to build without enrichment (the benchmark measures its cost). */
export const enrichmentEnabled = () => process.env.KB_SEARCH_ENRICH !== 'off';

const withoutSlots = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');

function blockText(block: Block): string[] {
  const tagged = tagBlock(block);
  if ('text' in tagged) return [withoutSlots(tagged.text)];
  if (tagged.kind === 'route') return [tagged.route.title, ...tagged.route.segments];
  if (tagged.kind === 'link') return [tagged.link.label];
  // A link to another script shows that script's title: its words belong to that script, not this one.
  return [];
}

function branchTexts(branches: readonly Branch[] | undefined, key: string[], body: string[]): void {
  for (const branch of branches ?? []) {
    key.push(branch.label, branch.hint ?? '');
    for (const block of branch.script) {
      const tagged = tagBlock(block);
      (tagged.kind === 'route' || tagged.kind === 'link' ? key : body).push(...blockText(block));
    }
    branchTexts(branch.branches, key, body);
  }
}

/** The texts of a script: key texts (title, step titles, branch labels, routes, links) and the rest. */
export function scriptTexts(faq: Pick<Faq, 'title' | 'category' | 'steps'>): { key: string[]; body: string[] } {
  const key = [faq.title, ...faq.category];
  const body: string[] = [];
  for (const step of faq.steps) {
    key.push(step.title);
    for (const block of step.script) {
      const tagged = tagBlock(block);
      (tagged.kind === 'route' || tagged.kind === 'link' ? key : body).push(...blockText(block));
    }
    branchTexts(step.branches, key, body);
  }
  return { key: key.filter(Boolean), body };
}

const isHangulWord = (word: string) => [...word].every(isSyllable);

/** Proper suffixes of at least two syllables of a compound (출차처리 → 차처리, 처리). */
function compoundParts(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || !isHangulWord(word)) return [];
  return chars.slice(1, -1).map((_, index) => chars.slice(index + 1).join(''));
}

/**
 * The hidden search terms of one script: compound parts of every word, adjacent short words joined,
 * and 초성 of key words, the whole title and the glossary terms the script uses.
 */
export function searchTerms(faq: Pick<Faq, 'title' | 'category' | 'steps'>, glossaryTerms: readonly string[] = []): string[] {
  const { key, body } = scriptTexts(faq);
  const all = [...key, ...body];
  // Every prefix of every page word: a term that one of them starts with is found without help.
  const pagePrefixes = new Set<string>();
  for (const word of new Set(all.flatMap(words))) for (let end = 2; end <= word.length; end++) pagePrefixes.add(word.slice(0, end));
  const terms = new Set<string>();
  const add = (term: string) => {
    if (term.length < 2 || terms.has(term) || pagePrefixes.has(term)) return;
    terms.add(term);
  };
  // Compound parts of every word of the key texts (titles, labels, routes), where the nouns agents search for live.
  for (const word of key.flatMap(words)) compoundParts(stem(word)).forEach(add);
  // In sentences, only nouns (a word with a particle, or one not ending like a verb): 사업자등록증을 → 등록증.
  for (const word of body.flatMap(words)) {
    const noun = nounOf(word);
    if (noun && syllableCount(noun) >= 3) compoundParts(noun).forEach(add);
  }
  // Short words of the key texts written together (이용 요금 → 이용요금); sentences would add many pairs for little.
  for (const text of key) {
    const list = words(text).map(stem);
    list.slice(1).forEach((next, index) => {
      const first = list[index]!;
      if (isHangulWord(first) && isHangulWord(next) && syllableCount(first) <= 3 && syllableCount(next) <= 3) add(first + next);
    });
  }
  const joinedText = all.join(' ').replace(/\s+/g, '');
  for (const word of key.flatMap(words)) add(choseongOf(stem(word)));
  add(choseongOf(faq.title));
  for (const term of glossaryTerms) if (joinedText.includes(term.replace(/\s+/g, ''))) add(choseongOf(term));
  return [...terms];
}
