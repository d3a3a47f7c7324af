/**
 * The "nothing is lost" check: every sentence of an export must appear in the pages written from
 * it. Independent of the parser on purpose — it reads the export line by line with only markup
 * removed, and the written pages back from their data — so a parser bug that drops a line is caught.
 */
import type { Faq } from '../model/faq';
import { normaliseText } from '../model/normalise-text';
import { tagBlock } from '../model/script';
import { lineWithPlaceholders, type SlotDefinition } from '../model/slot';
import { walkScript } from '../model/walk';
import { bareUrl, branchMarker, circledDigit, cleanLine, isSeparator, markdownLink } from './markup';
import { notesComment, unescapeMdx } from './render-faq';

export interface SourceSentence {
  line: number;
  text: string;
}

/** Whitespace and colon width do not count: the check is about words, not spacing. */
const key = (text: string) => text.replace(/[：]/g, ':').replace(/\s+/g, '');

/** What a reader of the export sees on each line, without structure markers. */
export function sourceSentences(source: string): SourceSentence[] {
  const sentences: SourceSentence[] = [];
  normaliseText(source)
    .split('\n')
    .forEach((raw, index) => {
      let text = cleanLine(raw);
      // Table-of-contents entries only point at questions whose titles are checked themselves.
      if (!text || isSeparator(text) || /^(?:\d+[.)]|[*-])\s+\[[^\]]*\]\(#[^)]*\)$/.test(text)) return;
      const urls: string[] = [];
      text = text
        .replace(/^#+\s*/, '')
        .replace(/^(?:[*-]|\d+[.)])\s+/, '')
        .replace(/^#+\s*/, '')
        .replace(markdownLink, (_, label: string, target: string) => {
          if (/^https?:\/\//.test(target)) urls.push(target);
          return label;
        })
        .replace(branchMarker, '')
        .replace(/^Q\s*\d+\s*[.)]\s*/, '')
        .replace(/^\(예시\)\s*/, '')
        .replace(/^상담\s*유형\s*[:：]\s*/, '')
        .replace(circledDigit, '')
        .replace(/^\[([^\]]+)\]$/, '$1')
        .replace(bareUrl, '$1')
        .trim();
      if (!text || text === '목차' || /^A\s*\d+\s*[.)]?$/.test(text)) return;
      sentences.push({ line: index + 1, text });
      for (const url of urls) sentences.push({ line: index + 1, text: url });
    });
  return sentences;
}

/** Everything a written page says, as text with slots shown as their placeholders. */
export function pageSentences(faq: Faq, body: string, slots: readonly SlotDefinition[]): string[] {
  const byName = new Map(slots.map((slot) => [slot.name, slot]));
  const say = (text: string) => lineWithPlaceholders(text, byName);
  const out: string[] = [faq.title, `${faq.category.join(' ▶ ')} ▶ ${faq.sites.join(', ')}`];
  if (faq.source?.document) out.push(faq.source.document);
  for (const item of walkScript(faq.steps)) {
    if (item.type === 'step') out.push(item.step.title);
    else if (item.type === 'branch') out.push(item.branch.hint ? `${item.branch.label} : ${item.branch.hint}` : item.branch.label);
    else {
      const tagged = tagBlock(item.block);
      if (tagged.kind === 'route') out.push(tagged.route.title, `▶${tagged.route.segments.join(' - ')}`);
      else if (tagged.kind === 'link') out.push(tagged.link.label, tagged.link.url);
      else if (tagged.kind !== 'faq') out.push(say(tagged.text)); // a link to another script says nothing of the export
    }
  }
  for (const paragraph of body.replace(notesComment, '').split(/\n{2,}/)) if (paragraph.trim()) out.push(unescapeMdx(paragraph.trim()));
  return out;
}

const countOf = (haystack: string, needle: string) => {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
};

/** Sentences of the export that the pages do not contain (as often as the export has them). */
export function findLostSentences(source: string, pages: readonly { faq: Faq; body: string }[], slots: readonly SlotDefinition[]): SourceSentence[] {
  const written = pages.flatMap((page) => pageSentences(page.faq, page.body, slots)).map(key).join('\n');
  const needed = new Map<string, number>();
  const lost: SourceSentence[] = [];
  for (const sentence of sourceSentences(source)) {
    const wanted = key(sentence.text);
    const seen = (needed.get(wanted) ?? 0) + 1;
    needed.set(wanted, seen);
    if (countOf(written, wanted) < seen) lost.push(sentence);
  }
  return lost;
}
