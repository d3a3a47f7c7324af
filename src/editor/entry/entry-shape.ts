/**
 * The FAQ as the editor's form holds it, and back. The file's script blocks are a string or a
 * one-key object ({ example }, { route }, …); the form needs every list item to be an object with a
 * `type`, so blocks are tagged here (and only here). The category path is one choice of
 * `발레 ▶ 오류 ▶ 입/출차오인식`. Everything else is the file's own shape.
 */
import type { Branch } from '../../model/branch';
import type { Faq } from '../../model/faq';
import type { Block } from '../../model/script';
import { categoryKey } from '../../model/vocabulary';

export type EntryBlock =
  | { type: 'line'; text: string }
  | { type: 'example'; example: string }
  | { type: 'route'; title: string; segments: string[] }
  | { type: 'link'; label: string; url: string }
  | { type: 'note'; note: string }
  | { type: 'faq'; faq: string };

export interface EntryBranch {
  label: string;
  hint?: string;
  script?: EntryBlock[];
  branches?: EntryBranch[];
}

export type EntryFaq = Omit<Faq, 'category' | 'steps'> & {
  category: string;
  steps: (Omit<Faq['steps'][number], 'script' | 'branches'> & { script?: EntryBlock[]; branches?: EntryBranch[] })[];
  body: string;
};

/** The category choice ↔ the file's path of names. */
export const categoryChoice = categoryKey;
export const categoryPath = (choice: string) => choice.split(' ▶ ');

export function blockToEntry(block: Block): EntryBlock {
  if (typeof block === 'string') return { type: 'line', text: block };
  if ('example' in block) return { type: 'example', example: block.example };
  if ('note' in block) return { type: 'note', note: block.note };
  if ('faq' in block) return { type: 'faq', faq: block.faq };
  if ('route' in block) return { type: 'route', title: block.route.title, segments: block.route.segments };
  return { type: 'link', label: block.link.label, url: block.link.url };
}

/** Unknown or half-filled items pass through as they are, so validation names them (nothing is dropped silently). */
export function blockFromEntry(block: EntryBlock): Block {
  switch (block.type) {
    case 'line':
      return block.text;
    case 'example':
      return { example: block.example };
    case 'note':
      return { note: block.note };
    case 'faq':
      return { faq: block.faq };
    case 'route':
      return { route: { title: block.title, segments: block.segments } };
    case 'link':
      return { link: { label: block.label, url: block.url } };
    default:
      return block as never;
  }
}

const branchToEntry = (branch: Branch): EntryBranch => ({
  label: branch.label,
  ...(branch.hint !== undefined ? { hint: branch.hint } : {}),
  script: branch.script.map(blockToEntry),
  ...(branch.branches ? { branches: branch.branches.map(branchToEntry) } : {}),
});

/** Empty optional lists are left out of the file, as the importer writes them. */
const present = <T>(list: T[] | undefined) => (list && list.length ? list : undefined);

const branchFromEntry = (branch: EntryBranch): Branch => {
  const branches = present(branch.branches)?.map(branchFromEntry);
  return {
    label: branch.label,
    ...(branch.hint ? { hint: branch.hint } : {}),
    script: (branch.script ?? []).map(blockFromEntry),
    ...(branches ? { branches } : {}),
  };
};

export function faqToEntry(faq: Faq, body: string): EntryFaq {
  return {
    ...faq,
    category: categoryChoice(faq.category),
    steps: faq.steps.map(({ script, branches, ...step }) => ({
      ...step,
      script: script.map(blockToEntry),
      ...(branches ? { branches: branches.map(branchToEntry) } : {}),
    })),
    body,
  };
}

/** The form's values as the file's frontmatter data and body (not yet validated). */
export function entryToFaq(entry: EntryFaq): { faq: Faq; body: string } {
  const { body, category, steps, ...rest } = entry;
  const optional = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
  const faq = {
    ...optional,
    category: categoryPath(category ?? ''),
    steps: (steps ?? []).map((step) => {
      const branches = present(step.branches)?.map(branchFromEntry);
      return { ...step, script: (step.script ?? []).map(blockFromEntry), ...(branches ? { branches } : { branches: undefined }) };
    }),
  } as Faq;
  return { faq, body: body ?? '' };
}
