/**
 * The walk's URL state: the hash of a script page names the deepest chosen branch of each step
 * (`#s2-b1-0`; several steps joined by commas, `#s2-b1-0,s4-b0`; a bare step `#s2` is the step with
 * nothing chosen). Keys are src/model/branch-key.ts's; this module only joins and splits them. Pure.
 */
import { branchKey, parseBranchKey } from '../../model/branch-key';

/** Step number → the index path chosen in that step (empty: nothing chosen). */
export type WalkPath = ReadonlyMap<number, readonly number[]>;

/** One step's part of a hash: its number and the index path chosen (empty for a bare step key). */
export interface WalkKey {
  stepNumber: number;
  indexes: number[];
}

/**
 * The hash of a walk, without `#`: the chosen key of each step in step order; steps with nothing
 * chosen are left out, so an empty walk is ''.
 * @example formatWalkHash(new Map([[4, [0]], [2, [1, 0]]])) → 's2-b1-0,s4-b0'
 */
export function formatWalkHash(path: WalkPath): string {
  return [...path]
    .filter(([, indexes]) => indexes.length)
    .sort(([a], [b]) => a - b)
    .map(([step, indexes]) => branchKey(step, indexes))
    .join(',');
}

/**
 * The keys a URL hash names, in its order (with or without the `#`, percent-encoded or not); [] for no
 * hash, undefined when the hash is not a walk (`#main`, `#practice`, a malformed key or escape).
 * @example parseWalkHash('#s2-b1-0,s4') → [{ stepNumber: 2, indexes: [1, 0] }, { stepNumber: 4, indexes: [] }]
 */
export function parseWalkHash(hash: string): WalkKey[] | undefined {
  let raw: string;
  try {
    raw = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  if (!raw) return [];
  const keys = raw.split(',').map(parseBranchKey);
  return keys.every((key) => key !== undefined) ? keys : undefined;
}

