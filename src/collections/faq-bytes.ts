/** Turns an FAQ file's bytes into text, refusing what is not a reasonably small UTF-8 text file. */
import type { ContentProblem } from './content-error';

/**
 * The largest FAQ file accepted. The longest seed script is about 5 KB; 1 MB leaves room for very
 * long notes and tables while rejecting pasted data dumps that would bloat every page and the index.
 */
export const maxFaqFileBytes = 1024 * 1024;

export type DecodedFaq = { ok: true; text: string } | { ok: false; problem: ContentProblem };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function decodeFaqBytes(file: string, bytes: Uint8Array): DecodedFaq {
  if (bytes.byteLength > maxFaqFileBytes) {
    return {
      ok: false,
      problem: { file, message: `the file is ${megabytes(bytes.byteLength)}; an FAQ file may be at most ${megabytes(maxFaqFileBytes)} — split it into several scripts or remove pasted data` },
    };
  }
  // Git's heuristic: a NUL byte near the start means binary (an image or document saved as .mdx).
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, problem: { file, line: 1, message: 'not a text file (it contains binary data); an FAQ is UTF-8 text — was an image or document saved under this name?' } };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return {
      ok: false,
      problem: { file, line: lineAt(lossy, lossy.indexOf('\uFFFD')), message: 'not valid UTF-8; save the file with UTF-8 encoding (not EUC-KR/CP949, which Windows tools often use for Korean)' },
    };
  }
}
