/**
 * The script page's steps as practice needs them, read from its own HTML (every step, branch label,
 * hint and block is server-rendered and readable without JavaScript): no second copy of the script
 * is shipped for practice. practiceCards runs over this exactly as the build runs it over the data.
 */
import type { PracticeBranch, PracticeStep } from '../model/practice';
import * as dom from './contract/dom-names';

/** A block of the page (a line, an (예시) line, a route, a link, a note) — the element itself. */
export type PageBlock = Element;

export interface PageStep extends PracticeStep<PageBlock> {
  /** The step's number as the page shows it (①). */
  number: string;
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** The blocks directly in a step or branch (not in its nested branches). */
const blocksOf = (container: Element): PageBlock[] => [...(container.querySelector(dom.ownBlocksSelector)?.children ?? [])];

function branchesOf(container: Element): PracticeBranch<PageBlock>[] | undefined {
  const sections = [...container.querySelectorAll(dom.ownBranchesSelector)];
  if (!sections.length) return undefined;
  return sections.map((section) => {
    const hint = text(section.querySelector(dom.ownBranchHintSelector));
    const branches = branchesOf(section);
    return {
      label: text(section.querySelector(dom.ownBranchNameSelector)),
      ...(hint ? { hint } : {}),
      script: blocksOf(section),
      ...(branches ? { branches } : {}),
    };
  });
}

/** Every step of the script in `root` (the script's article), in order. */
export function readPageSteps(root: ParentNode): PageStep[] {
  return [...root.querySelectorAll(`:scope ${dom.stepsInOrderSelector}`)].map((step) => {
    const branches = branchesOf(step);
    return {
      number: text(step.querySelector(dom.ownStepNumberSelector)),
      title: text(step.querySelector(dom.ownStepTextSelector)),
      script: blocksOf(step),
      ...(branches ? { branches } : {}),
    };
  });
}
