/**
 * The script page's steps as practice needs them, read from its own HTML (every step, branch label,
 * hint and block is server-rendered and readable without JavaScript): no second copy of the script
 * is shipped for practice. practiceCards runs over this exactly as the build runs it over the data.
 */
import type { PracticeBranch, PracticeStep } from '../model/practice';

/** A block of the page (a line, an (예시) line, a route, a link, a note) — the element itself. */
export type PageBlock = Element;

export interface PageStep extends PracticeStep<PageBlock> {
  /** The step's number as the page shows it (①). */
  number: string;
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** The blocks directly in a step or branch (not in its nested branches). */
const blocksOf = (container: Element): PageBlock[] => [...(container.querySelector(':scope > .blocks')?.children ?? [])];

function branchesOf(container: Element): PracticeBranch<PageBlock>[] | undefined {
  const sections = [...container.querySelectorAll(':scope > .branches > section.branch')];
  if (!sections.length) return undefined;
  return sections.map((section) => {
    const hint = text(section.querySelector(':scope > .branch-label .branch-hint'));
    const branches = branchesOf(section);
    return {
      label: text(section.querySelector(':scope > .branch-label .branch-name')),
      ...(hint ? { hint } : {}),
      script: blocksOf(section),
      ...(branches ? { branches } : {}),
    };
  });
}

/** Every step of the script in `root` (the script's article), in order. */
export function readPageSteps(root: ParentNode): PageStep[] {
  return [...root.querySelectorAll(':scope .steps > li.step')].map((step) => {
    const branches = branchesOf(step);
    return {
      number: text(step.querySelector(':scope > .step-title .step-number')),
      title: text(step.querySelector(':scope > .step-title .step-text')),
      script: blocksOf(step),
      ...(branches ? { branches } : {}),
    };
  });
}
