/**
 * Parses one help-center export (Markdown-like text) into its Q&As, pure and line-numbered.
 *
 * Tolerates what real exports contain: a missing `A1.` underline, blank lines inside a step, hard
 * line breaks (two trailing spaces), `─` separators, table-of-contents links that point at the
 * wrong anchor, branch markers `>`, `>>`, `＞` with or without a space and bold or not. A line it
 * cannot place is kept as a note (with a warning), never dropped.
 */
import type { Branch } from '../model/branch';
import { normaliseText } from '../model/normalise-text';
import type { Block } from '../model/script';
import type { SlotDefinition } from '../model/slot';
import type { Step } from '../model/step';
import { bareUrl, branchMarker, circledDigit, cleanLine, isSeparator, markdownLink } from './markup';
import { fillSlots } from './placeholders';
import { stepKindOf } from './step-kind';

export interface ImportMessage {
  /** 1-based line of the export. */
  line: number;
  message: string;
}

export interface ImportNote {
  line: number;
  text: string;
}

export interface ParsedQuestion {
  /** The number written in the export: Q1 → 1. */
  number: number;
  title: string;
  /** Line of the `Q1.` heading. */
  line: number;
  /** The Q&A's anchor: the table of contents' link when it has one for this title, else the heading's own. */
  anchor?: string;
  category: string[];
  sites: string[];
  steps: Step[];
  /** Lines it could not place: they go to the page body as notes. */
  notes: ImportNote[];
}

export interface ParsedExport {
  /** The export's title (its `#` heading). */
  document?: string;
  questions: ParsedQuestion[];
  warnings: ImportMessage[];
  /** When not empty, the file cannot be imported. */
  errors: ImportMessage[];
}

interface Line {
  no: number;
  /** Cleaned text: entities decoded, `**` removed, trimmed. */
  text: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `[**Q1. title**](#anchor)`, `**Q1. title**`, `## Q1. title`, `Q1) title`. */
function questionHeading(line: Line): { number: number; title: string; anchor?: string } | undefined {
  let text = line.text.replace(/^#+\s*/, '');
  let anchor: string | undefined;
  const linked = /^\[(.*)\]\(#([^)\s]+)\)\s*$/.exec(text);
  if (linked) [text, anchor] = [linked[1]!.trim(), linked[2]];
  const match = /^Q\s*(\d+)\s*[.)]\s*(.+)$/.exec(text);
  return match ? { number: Number(match[1]), title: collapse(match[2]!), anchor } : undefined;
}

const answerMarker = /^#*\s*A\s*\d+\s*[.)]?\s*$/;
const consultType = /^상담\s*유형\s*[:：]\s*(.*)$/;
const tocItem = /^(?:\d+[.)]|[*-])\s+\[(.+)\]\(#([^)\s]+)\)\s*$/;
const routeTitle = /^\[([^\]]*경로[^\]]*)\]$/;
const bracketLabel = /^\[([^\]]+)\]$/;

export function parseExport(source: string, slots: readonly SlotDefinition[]): ParsedExport {
  const lines: Line[] = normaliseText(source)
    .split('\n')
    .map((raw, index) => ({ no: index + 1, text: cleanLine(raw) }));
  const result: ParsedExport = { questions: [], warnings: [], errors: [] };
  const toc: { title: string; anchor: string }[] = [];
  const preamble: ImportNote[] = [];

  let question: ParsedQuestion | undefined;
  let inAnswer = false;
  let step: Step | undefined;
  /** Open branches, index = depth - 1. */
  let stack: Branch[] = [];

  const warn = (line: number, message: string) => result.warnings.push({ line, message });
  const note = (line: Line, why: string) => {
    const target = question ? question.notes : preamble;
    target.push({ line: line.no, text: line.text });
    warn(line.no, `${why}; kept as a note in the page body: "${line.text}"`);
  };
  const blocksHere = (): Block[] | undefined => stack.at(-1)?.script ?? step?.script;
  const withSlots = (line: Line, text: string) => {
    const filled = fillSlots(text, slots);
    for (const message of filled.warnings) warn(line.no, message);
    return filled.text;
  };
  const addBlock = (line: Line, block: Block) => {
    const blocks = blocksHere();
    if (!blocks) return note(line, question ? 'text before the first step (①)' : 'text outside any Q&A');
    blocks.push(block);
  };

  const nextText = (index: number) => {
    for (let next = index + 1; next < lines.length; next++) if (lines[next]!.text) return { line: lines[next]!, index: next };
    return undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const { text } = line;
    if (!text || isSeparator(text)) continue;

    const heading = questionHeading(line);
    if (heading) {
      const fromToc = toc.find((entry) => collapse(entry.title) === heading.title) ?? toc[result.questions.length];
      if (fromToc && heading.anchor && fromToc.anchor !== heading.anchor) {
        warn(line.no, `Q${heading.number}'s heading links to #${heading.anchor}, the table of contents to #${fromToc.anchor}; kept the table of contents' anchor`);
      }
      question = { number: heading.number, title: heading.title, line: line.no, anchor: fromToc?.anchor ?? heading.anchor, category: [], sites: [], steps: [], notes: [] };
      result.questions.push(question);
      [inAnswer, step, stack] = [false, undefined, []];
      continue;
    }

    if (!question) {
      if (/^#\s/.test(text) && result.document === undefined) result.document = collapse(text.replace(/^#+\s*/, ''));
      else if (/^(?:[*-]\s+)?#*\s*목차$/.test(text)) continue;
      else if (tocItem.test(text)) {
        const [, title, anchor] = tocItem.exec(text)!;
        toc.push({ title: title!.trim(), anchor: anchor! });
      } else note(line, 'text before the first Q&A');
      continue;
    }

    const consult = consultType.exec(text);
    if (consult && !inAnswer) {
      const parts = consult[1]!.split(/\s*▶\s*/).map((part) => part.trim()).filter(Boolean);
      if (parts.length < 2) {
        result.errors.push({ line: line.no, message: `상담유형 needs a category path and sites: "상담유형: 발레 ▶ 오류 ▶ 기타현장, 에버랜드"; found "${text}"` });
        continue;
      }
      question.category = parts.slice(0, -1);
      question.sites = parts.at(-1)!.split(/\s*[,，、]\s*/).filter(Boolean);
      continue;
    }
    if (answerMarker.test(text)) {
      inAnswer = true;
      continue;
    }

    const stepHeading = circledDigit.exec(text);
    if (stepHeading && !branchMarker.test(text)) {
      step = { title: collapse(text.slice(stepHeading[0].length)), kind: stepKindOf(text), script: [] };
      question.steps.push(step);
      [inAnswer, stack] = [true, []];
      continue;
    }

    const marker = branchMarker.exec(text);
    if (marker) {
      if (!step) {
        note(line, 'a branch before the first step (①)');
        continue;
      }
      const depth = marker[1]!.replace(/\s/g, '').length;
      const rest = text.slice(marker[0].length).trim();
      if (!rest) {
        note(line, 'a branch marker without a label');
        continue;
      }
      const hinted = /^(.+?)\s*[:：]\s+(.+)$/.exec(rest);
      const branch: Branch = hinted ? { label: hinted[1]!, hint: collapse(hinted[2]!), script: [] } : { label: collapse(rest), script: [] };
      const parentDepth = Math.min(depth - 1, stack.length);
      if (parentDepth < depth - 1) warn(line.no, `"${'>'.repeat(depth)}" without an enclosing "${'>'.repeat(depth - 1)}" branch; placed at depth ${parentDepth + 1}`);
      stack = stack.slice(0, parentDepth);
      const siblings = parentDepth === 0 ? (step.branches ??= []) : (stack.at(-1)!.branches ??= []);
      siblings.push(branch);
      stack.push(branch);
      continue;
    }

    if (!inAnswer && !step) {
      note(line, `text between Q${question.number} and its answer`);
      continue;
    }

    const example = /^\(예시\)\s*(.*)$/.exec(text);
    if (example) {
      if (example[1]) addBlock(line, { example: withSlots(line, collapse(example[1])) });
      else note(line, 'an empty (예시) line');
      continue;
    }

    const route = routeTitle.exec(text);
    const next = nextText(index);
    if (route && next && next.line.text.startsWith('▶')) {
      const segments = next.line.text.replace(/^▶\s*/, '').split(/\s+-\s+/).map((segment) => segment.trim()).filter(Boolean);
      if (segments.length) {
        addBlock(line, { route: { title: route[1]!.trim(), segments } });
        index = next.index;
        continue;
      }
    }
    const label = bracketLabel.exec(text);
    const url = next && bareUrl.exec(next.line.text);
    if (label && url) {
      addBlock(line, { link: { label: label[1]!.trim(), url: url[1]! } });
      index = next.index;
      continue;
    }
    const wholeLink = /^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)$/.exec(text);
    if (wholeLink) {
      addBlock(line, { link: { label: wholeLink[1]!.trim(), url: wholeLink[2]! } });
      continue;
    }
    const alone = bareUrl.exec(text);
    if (alone) {
      addBlock(line, { link: { label: alone[1]!, url: alone[1]! } });
      continue;
    }

    // A script line; Markdown links inside it become link blocks after it.
    const links: Block[] = [];
    const spoken = text.replace(markdownLink, (_, label: string, target: string) => {
      if (/^https?:\/\//.test(target)) links.push({ link: { label: label.trim() || target, url: target } });
      return label;
    });
    if (spoken.trim()) addBlock(line, withSlots(line, collapse(spoken)));
    for (const link of links) addBlock(line, link);
  }

  if (result.questions.length === 0) {
    result.errors.push({ line: 1, message: 'no Q&A found: expected a heading like "[**Q1. 질문**](#anchor)" or "**Q1. 질문**"' });
  }
  if (preamble.length) {
    if (result.questions[0]) result.questions[0].notes.unshift(...preamble);
  }
  for (const parsed of result.questions) {
    if (!parsed.category.length) result.errors.push({ line: parsed.line, message: `Q${parsed.number} has no 상담유형 line ("상담유형: 발레 ▶ … ▶ 현장, …")` });
    if (!parsed.steps.length) result.errors.push({ line: parsed.line, message: `Q${parsed.number} has no steps: expected "① …" headings in its answer` });
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
