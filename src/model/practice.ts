/**
 * Practice cards (연습): every distinct path through a script's branches, as situation + hidden lines.
 * No zod: the build (학습 lists, card keys) runs it over the schema's steps, and the script page's
 * practice mode runs it in the browser over the same steps read from the page (blocks = elements).
 */
import { branchKey } from './branch-key';
import { enumerateBranchPaths, type BranchPath } from './branch-paths';
import type { Block } from './script';

/** A branch as practice needs it; the schema's `Branch` is one (with `Block`s), a branch read from the page another. */
export interface PracticeBranch<B> {
  label: string;
  hint?: string;
  script: readonly B[];
  branches?: readonly PracticeBranch<B>[];
}

/** A step as practice needs it; the schema's `Step` is one. */
export interface PracticeStep<B> {
  title: string;
  script: readonly B[];
  branches?: readonly PracticeBranch<B>[];
}

/** One step as a card meets it: its title, and the branch labels chosen in it (empty when it has none). */
export interface PracticeStop<B = Block> {
  /** 1-based step number (①, ②, …). */
  step: number;
  title: string;
  /** Branch labels from the step down, with their hints: `이용 요금 있을 경우` › `Y`. */
  choices: Array<Pick<PracticeBranch<B>, 'label' | 'hint'>>;
  /** What the agent says at this stop, in reading order: the step's blocks, then each chosen branch's. */
  blocks: B[];
}

export interface PracticeCard<B = Block> {
  /** Stable within a script: the branch keys chosen (`s2-b1-0`), joined by `+`; `main` when there are none. */
  key: string;
  stops: PracticeStop<B>[];
}

/** The chosen branch objects along a path, root first. */
function branchesAlong<B>(branches: readonly PracticeBranch<B>[], indexes: readonly number[]): PracticeBranch<B>[] {
  const chosen: PracticeBranch<B>[] = [];
  let level: readonly PracticeBranch<B>[] = branches;
  for (const index of indexes) {
    const branch = level[index];
    if (!branch) break;
    chosen.push(branch);
    level = branch.branches ?? [];
  }
  return chosen;
}

/**
 * Every card of a script: each branch path of each step is practised on at least one card. A call
 * takes one path in each step that branches; card i takes path i of every step (the last path of a step
 * with fewer), so a script needs as many cards as its most-branching step has paths, not their product
 * (which grows exponentially with branching steps). A script without branches is one card.
 * @example seed Q2 (branches only in ②: 0원 | 요금 있음 › Y | 요금 있음 › N) → 3 cards: s2-b0, s2-b1-0, s2-b1-1
 */
export function practiceCards<B = Block>(steps: readonly PracticeStep<B>[]): PracticeCard<B>[] {
  // One option list per step: its branch paths, or a single "no choice" when it does not branch.
  const options: Array<Array<BranchPath<PracticeBranch<B>> | undefined>> = steps.map((step) => (step.branches?.length ? enumerateBranchPaths(step.branches) : [undefined]));
  const cardCount = Math.max(1, ...options.map((stepOptions) => stepOptions.length));
  const combinations = Array.from({ length: cardCount }, (_, card) => options.map((stepOptions) => stepOptions[Math.min(card, stepOptions.length - 1)]));
  return combinations.map((choice) => {
    const stops = steps.map((step, index): PracticeStop<B> => {
      const path = choice[index];
      const chosen = path ? branchesAlong(step.branches ?? [], path.indexes) : [];
      return {
        step: index + 1,
        title: step.title,
        choices: chosen.map(({ label, hint }) => (hint ? { label, hint } : { label })),
        blocks: [...step.script, ...chosen.flatMap((branch) => branch.script)],
      };
    });
    const keys = choice.flatMap((path, index) => (path ? [branchKey(index + 1, path.indexes)] : []));
    return { key: keys.length ? keys.join('+') : 'main', stops };
  });
}

/** The situation of a card in one line, as the learner reads it: `② 상황설명 › 이용 요금 있을 경우 › Y`. */
export function cardSituation(card: PracticeCard<unknown>): string {
  const branching = card.stops.filter((stop) => stop.choices.length > 0);
  return branching.length ? branching.map((stop) => [stop.title, ...stop.choices.map((choice) => choice.label)].join(' › ')).join(' / ') : '분기 없음';
}
