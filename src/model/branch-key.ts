/** Branch keys (`s2-b1-0`): the stable DOM id and URL hash of a branch; no zod, so browser code can import it. */

/** A stable DOM/URL key for a branch from its index path: `s2-b1-0` (step 2, branch 1, child 0). */
export const branchKey = (stepNumber: number, indexes: readonly number[]) => [`s${stepNumber}`, ...indexes.map((i, depth) => (depth === 0 ? `b${i}` : String(i)))].join('-');

/**
 * The step number and index path of a key made by branchKey; a bare step key (`s2`) has no indexes.
 * @example parseBranchKey('s2-b1-0') → { stepNumber: 2, indexes: [1, 0] }
 */
export function parseBranchKey(key: string): { stepNumber: number; indexes: number[] } | undefined {
  const match = /^s([1-9]\d*)(?:-b(\d+)((?:-\d+)*))?$/.exec(key);
  if (!match) return undefined;
  const indexes = match[2] === undefined ? [] : [match[2], ...(match[3] ?? '').split('-').filter(Boolean)].map(Number);
  return { stepNumber: Number(match[1]), indexes };
}
