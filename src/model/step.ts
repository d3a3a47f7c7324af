/** Steps: the numbered parts of an answer (① empathy line, ② what to check, …). */
import { z } from 'astro/zod';
import { branchSchema } from './branch';
import { blockSchema } from './script';

/** What a step does in the conversation; drives its icon and, later, practice and search weighting. */
export const stepKinds = ['empathy', 'check', 'explain', 'guide', 'resolve', 'close', 'other'] as const;
export type StepKind = (typeof stepKinds)[number];

/** Korean names of the step kinds, shown on the page. */
export const stepKindLabels: Record<StepKind, string> = {
  empathy: '감성표현',
  check: '확인',
  explain: '상황설명',
  guide: '안내',
  resolve: '처리',
  close: '마무리',
  other: '기타',
};

export const stepSchema = z.strictObject({
  /** The step's title as written: `발화 시점 및 상황에 맞는 감성표현 활용 필요 (호응, 공감, 양해, 사과)`. */
  title: z.string().min(1, 'every step needs a title').describe('단계 제목'),
  kind: z.enum(stepKinds, { error: `kind is one of ${stepKinds.join(', ')}` }).describe('단계 종류: empathy 감성표현, check 확인, explain 상황설명, guide 안내, resolve 처리, close 마무리, other 기타'),
  /** Example lines, script lines, routes, links and notes, in reading order. */
  script: z.array(blockSchema).default([]).describe('스크립트: 읽는 순서대로 — 말할 문장, (예시) 문장, 앱 경로, 링크, 상담사 메모, 다른 스크립트 링크'),
  /** Decisions the agent takes in this step. */
  branches: z.array(branchSchema).min(1).optional().describe('분기: 이 단계에서 상담사가 고르는 경우 (Y/N 등)'),
}).describe('단계');
export type Step = z.output<typeof stepSchema>;
