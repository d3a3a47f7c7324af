/** Which slots a script uses, in order of first appearance: the fields of its 상담 정보 panel. */
import { blockTexts, type Block } from './script';
import { slotNamesIn } from './slot';
import { scriptBlocks, type WalkStep } from './walk';

export const scriptSlotNames = (steps: readonly WalkStep<Block>[]): string[] => [...new Set([...scriptBlocks(steps)].flatMap(({ block }) => blockTexts(block).flatMap(slotNamesIn)))];
