/**
 * Reads the seed export (../shared/seed) into the sentences each question must show, as plain
 * text with markdown syntax removed and whitespace runs collapsed (as a browser renders them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const seedFile = path.resolve(__dirname, '../../../shared/seed/000_0a32ee5b1a593dfc.txt');

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One seed line as the reader sees it, or undefined for pure structure (separators, underlines, A1.). */
export function seedLineText(line: string): string | undefined {
  let text = line
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\(#[^)]*\)/g, '$1')
    .replace(/^\s*(?:\*\s+)?#+\s*/, '')
    .replace(/^\s*\d+\.\s+/, '')
    .replace(/^\s*[>＞]+\s*/, '')
    .replace(/^Q\d+\.\s*/, '');
  text = collapse(text);
  if (!text || /^[─-]+$/.test(text) || /^A\d+\.$/.test(text) || text === '목차') return undefined;
  return text;
}

export interface SeedQuestion {
  number: number;
  title: string;
  sentences: string[];
}

export function readSeed(file = seedFile): { title: string; questions: SeedQuestion[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const title = seedLineText(lines[0] ?? '') ?? '';
  const questions: SeedQuestion[] = [];
  for (const line of lines.slice(1)) {
    const heading = /^\[\*\*Q(\d+)\.\s*(.+?)\*\*\]/.exec(line);
    if (heading) {
      questions.push({ number: Number(heading[1]), title: collapse(heading[2] ?? ''), sentences: [] });
      continue;
    }
    const text = seedLineText(line);
    if (text && questions.length) questions.at(-1)!.sentences.push(text);
  }
  return { title, questions };
}
