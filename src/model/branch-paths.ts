/** Paths through nested branches, over any branch-shaped tree (the schema's data, or one read from a page): no zod, so browser code can import it. */

/** The shape of a branch that paths are enumerated over: a label and, optionally, decisions below it. */
export interface BranchTree<T> {
  label: string;
  branches?: readonly T[];
}

/** A path through nested branches: the labels from the step down, and their index path. */
export interface BranchPath<T = unknown> {
  labels: string[];
  indexes: number[];
  /** The branch at the end of the path. */
  branch: T;
}

/**
 * Every complete path through a list of branches (leaf to root), depth first.
 * Seed Q2's step ② has three: `이용 요금이 0원일 경우`, `이용 요금 있을 경우 › Y`, `… › N`.
 */
export function enumerateBranchPaths<T extends BranchTree<T>>(branches: readonly T[], prefix: Omit<BranchPath, 'branch'> = { labels: [], indexes: [] }): BranchPath<T>[] {
  return branches.flatMap((branch, index) => {
    const here = { labels: [...prefix.labels, branch.label], indexes: [...prefix.indexes, index] };
    return branch.branches?.length ? enumerateBranchPaths(branch.branches, here) : [{ ...here, branch }];
  });
}
