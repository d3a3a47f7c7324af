/** Sentences of a script line, for a transcript with one sentence per line. */

const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });
const quotes = /['"‘’“”]/g;

/**
 * Splits text into sentences with the platform's Intl.Segmenter, keeping a quoted passage whole
 * (the segmenter would break inside `'… 있습니다. 발레패스 …'`).
 * @example splitSentences('확인 됩니다. 혹시 결제하셨을까요?') → ['확인 됩니다.', '혹시 결제하셨을까요?']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if ((pending.match(quotes)?.length ?? 0) % 2 === 0) {
      if (pending.trim()) sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}
