/** The lines a script says, as the page renders them (`data-line`), and their fingerprints (build side). */
import type { Branch } from './branch';
import { lineFingerprint } from './line-fingerprint';
import { tagBlock, type Block } from './script';
import type { Step } from './step';

/** The templates of every line and (예시) line, steps and branches in reading order: what the page renders as `data-line`. */
export function spokenLines(steps: readonly Step[]): string[] {
  const fromBlocks = (blocks: readonly Block[]) => blocks.map(tagBlock).flatMap((block) => (block.kind === 'line' || block.kind === 'example' ? [block.text] : []));
  const fromBranches = (branches: readonly Branch[] = []): string[] => branches.flatMap((branch) => [...fromBlocks(branch.script), ...fromBranches(branch.branches)]);
  return steps.flatMap((step) => [...fromBlocks(step.script), ...fromBranches(step.branches)]);
}

/** The distinct fingerprints of a script's lines, in reading order. */
export const scriptFingerprints = (steps: readonly Step[]) => [...new Set(spokenLines(steps).map(lineFingerprint))];

