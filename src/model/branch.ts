/** Branches: the decision paths of a step (`> Y`, `> 판매차량/ 렌트차량`, nested `>> Y` / `>> N`). */
import { z } from 'astro/zod';
import { blockSchema, type Block } from './script';

export interface Branch {
  /** The label as written in the export: `Y`, `N`, `판매차량/ 렌트차량`, `이용 요금이 0원일 경우`. */
  label: string;
  /** What the label means for the agent, written after it: `Y :  발레존/담당 부서 확인 필요`. */
  hint?: string;
  /** What the agent says on this path, in order. */
  script: Block[];
  /** Decisions further down this path. */
  branches?: Branch[];
}

export const branchSchema: z.ZodType<Branch> = z.lazy(() =>
  z.strictObject({
    label: z.string({ error: 'every branch needs a label, e.g. label: Y' }).trim().min(1, 'every branch needs a label, e.g. label: Y').describe('분기 이름 (예: Y, N, 판매차량/ 렌트차량)'),
    hint: z.string().min(1).optional().describe('분기 설명: 이 경우가 무슨 뜻인지 (예: 발레존/담당 부서 확인 필요)'),
    script: z.array(blockSchema).default([]).describe('스크립트: 이 경우에 말할 내용, 읽는 순서대로'),
    branches: z.array(branchSchema).min(1).optional().describe('하위 분기: 이 경우 안에서 다시 고르는 경우'),
  }).describe('분기'),
) as z.ZodType<Branch>;

/** Paths through branches live in a zod-free module so browser code (practice mode) can use them. */
export { enumerateBranchPaths, type BranchPath } from './branch-paths';

/** Branch keys live in a zod-free module so browser code can use them without shipping the schema. */
export { branchKey, parseBranchKey } from './branch-key';
