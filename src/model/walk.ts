/**
 * The one walk over a script, in reading order: each step, then its blocks, then its branches depth
 * first (a branch, its blocks, its sub-branches). Every consumer (slot names, glossary texts, counts,
 * the importer's lost-sentence check, schema checks) is a map or filter over it. No zod, so browser
 * code may use it.
 */
import { branchKey } from './branch-key';

/** The shape the walk needs: a step or a branch holds blocks and sub-branches. */
interface ScriptNode<B> {
  script: readonly B[];
  branches?: readonly WalkBranch<B>[];
}
export interface WalkBranch<B> extends ScriptNode<B> {
  label: string;
  hint?: string;
}
export type WalkStep<B> = ScriptNode<B>;

/** A field path from the FAQ's root, as zod reports issues: `['steps', 1, 'branches', 0, 'script', 2]`. */
export type FieldPath = (string | number)[];

interface Place {
  /** 1-based step number (`s2` in a branch key). */
  stepNumber: number;
  /** Branch depth: 0 for a step and its own blocks, 1 for a first-level branch and its blocks, … */
  depth: number;
  path: FieldPath;
}

/** The block type of a step type. */
export type BlockOf<S> = S extends WalkStep<infer B> ? B : never;

export type WalkItem<S extends WalkStep<unknown>, B = BlockOf<S>> =
  | (Place & { type: 'step'; step: S })
  | (Place & { type: 'branch'; step: S; branch: WalkBranch<B>; /** Index path from the step. */ indexes: number[]; /** `s2-b1-0` */ key: string })
  | (Place & { type: 'block'; step: S; block: B; index: number; /** Key of the branch holding the block; undefined on the step itself. */ branchKey?: string });

/** Every step, block and branch of a script in reading order (see the module comment). */
export function* walkScript<S extends WalkStep<unknown>>(steps: readonly S[]): Generator<WalkItem<S>> {
  for (const [stepIndex, step] of steps.entries()) {
    const stepNumber = stepIndex + 1;
    const stepPath: FieldPath = ['steps', stepIndex];
    yield { type: 'step', step, stepNumber, depth: 0, path: stepPath };
    yield* walkNode<S>(step as WalkStep<BlockOf<S>>, step, stepNumber, [], stepPath, undefined);
  }
}

function* walkNode<S extends WalkStep<unknown>>(node: ScriptNode<BlockOf<S>>, step: S, stepNumber: number, indexes: number[], path: FieldPath, key: string | undefined): Generator<WalkItem<S>> {
  const depth = indexes.length;
  for (const [index, block] of node.script.entries()) yield { type: 'block', step, block, index, stepNumber, depth, path: [...path, 'script', index], branchKey: key };
  for (const [index, branch] of (node.branches ?? []).entries()) {
    const here = [...indexes, index];
    const branchPath = [...path, 'branches', index];
    const hereKey = branchKey(stepNumber, here);
    yield { type: 'branch', step, branch, indexes: here, key: hereKey, stepNumber, depth: here.length, path: branchPath };
    yield* walkNode<S>(branch, step, stepNumber, here, branchPath, hereKey);
  }
}

/** Only the blocks of a script, in reading order, with their place. */
export function* scriptBlocks<S extends WalkStep<unknown>>(steps: readonly S[]): Generator<Extract<WalkItem<S>, { type: 'block' }>> {
  for (const item of walkScript(steps)) if (item.type === 'block') yield item;
}

/** Only the branches of a script, in reading order, with their keys. */
export function* scriptBranches<S extends WalkStep<unknown>>(steps: readonly S[]): Generator<Extract<WalkItem<S>, { type: 'branch' }>> {
  for (const item of walkScript(steps)) if (item.type === 'branch') yield item;
}
