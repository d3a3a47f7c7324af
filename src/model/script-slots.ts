/** Which slots a script uses, in order of first appearance: the fields of its 상담 정보 panel. */
import type { Branch } from './branch';
import { blockTexts, type Block } from './script';
import { slotNamesIn } from './slot';
import type { Step } from './step';

export function scriptSlotNames(steps: readonly Step[]): string[] {
  const names = new Set<string>();
  const visitBlocks = (blocks: readonly Block[]) => blocks.flatMap(blockTexts).flatMap(slotNamesIn).forEach((name) => names.add(name));
  const visitBranches = (branches: readonly Branch[] = []) =>
    branches.forEach((branch) => {
      visitBlocks(branch.script);
      visitBranches(branch.branches);
    });
  steps.forEach((step) => {
    visitBlocks(step.script);
    visitBranches(step.branches);
  });
  return [...names];
}
