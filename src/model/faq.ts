/**
 * The FAQ: one Q&A of a help-center export, the unit of the knowledge base.
 * `createFaqSchema(vocabulary)` is the single source of truth for validation, types, pages,
 * search records and the editors' JSON Schema.
 */
import { z } from 'astro/zod';
import { blockTexts } from './script';
import { slotNamesIn, type SlotDefinition } from './slot';
import { stepSchema } from './step';
import { categoryKey, flattenCategories, slugPattern, type CategoryNode, type Site } from './vocabulary';
import { scriptBlocks } from './walk';

export interface Vocabulary {
  categories: CategoryNode[];
  sites: Site[];
  slots: SlotDefinition[];
}

const isoDate = z.iso.date({ error: 'a date written YYYY-MM-DD, e.g. 2026-11-25' });

export const changeSchema = z.strictObject({
  date: isoDate.describe('바뀐 날짜 (YYYY-MM-DD)'),
  /** One line saying what changed, for the 최근 업데이트 page and the feed. */
  summary: z.string().min(1).describe('무엇이 바뀌었는지 한 줄로 (최근 업데이트와 피드에 보입니다)'),
});

export const sourceSchema = z.strictObject({
  /** Title of the export document the Q&A came from. */
  document: z.string().min(1).optional().describe('원본 내보내기 문서의 제목'),
  /** The export's anchor id of this Q&A, e.g. h_01JH2F39D0JCMCAKGFY8FPQBVT. */
  anchor: z.string().min(1).describe('원본 내보내기에서 이 Q&A의 앵커 id (예: h_01JH2F39D0JCMCAKGFY8FPQBVT)'),
  /** Position in the export, e.g. Q1. */
  question: z.string().optional().describe('원본에서의 위치 (예: Q1)'),
  /**
   * Written by `kb import`: a content hash of the file as imported. When the file no longer
   * matches it, an editor changed it, and a re-import leaves it alone unless forced.
   */
  hash: z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits written by kb import; delete the line if unsure').optional().describe('kb import가 쓴 내용 해시 (직접 고치지 마세요)'),
}).describe('가져온 원본 정보 (kb import가 채움)');

/** Field order and docs here are what editors see in completion (and files list, steps last). */
export function faqShape(vocabulary: Vocabulary) {
  const siteNames = vocabulary.sites.map((site) => site.name) as [string, ...string[]];
  return {
    /** Stable ASCII id; the page lives at /faq/<id>/ and keeps its URL when the title changes. */
    id: z.string().regex(slugPattern, 'a lowercase ASCII slug such as valet-exit-not-processed').describe('고유 주소 id: 영문 소문자·숫자·하이픈 (페이지 주소 /faq/<id>/, 바꾸지 마세요)'),
    /** The question as agents know it. */
    title: z.string().trim().min(1, 'the question as agents know it, e.g. 발레 출차처리가 되지 않았어요.').describe('제목: 상담사가 아는 질문 그대로'),
    /** Category path from the root, one level per item: [발레, 오류, 입/출차오인식]. */
    category: z.array(z.string().min(1)).min(1, 'at least the top level, e.g. [발레]').describe('상담유형 경로: 최상위부터 한 단계씩 (vocabulary/categories.yaml)'),
    /** Sites (현장) the script applies to. */
    sites: z
      .array(z.enum(siteNames, { error: (issue) => `unknown site ${JSON.stringify(issue.input)}; known sites: ${siteNames.join(', ')} (add new ones to vocabulary/sites.yaml)` }))
      .min(1, 'at least one site, e.g. [기타현장]')
      .describe('적용 현장 (vocabulary/sites.yaml에서 선택)'),
    /** The answer, in numbered steps. */
    steps: z.array(stepSchema).min(1, 'a script needs at least one step').describe('단계: 번호 순서대로 (① 감성표현, ② 확인 …)'),
    source: sourceSchema.optional(),
    /** When the script last changed. */
    updated: isoDate.describe('마지막으로 바뀐 날짜 (YYYY-MM-DD)'),
    /** When an editor last confirmed the script is still right. */
    reviewed: isoDate.optional().describe('내용이 아직 맞는지 마지막으로 확인한 날짜 (YYYY-MM-DD)'),
    /** Team or person responsible for the script. */
    owner: z.string().min(1).optional().describe('담당 팀 또는 담당자'),
    /** Short history, newest first. */
    changes: z.array(changeSchema).optional().describe('변경 이력: 최신이 맨 위'),
    /** Extra search words (not shown): spoken wording agents hear from customers. */
    keywords: z.array(z.string().min(1)).optional().describe('검색어 (화면에 안 보임): 고객이 쓰는 말'),
    /** Ids of related scripts (shown as links; `kb check` and the build reject unknown ids). */
    related: z.array(z.string().regex(slugPattern, 'the id of another FAQ, e.g. valet-exit-not-processed')).optional().describe('관련 스크립트의 id (링크로 보임)'),
  };
}

/** Builds the FAQ schema for one content directory's vocabularies. */
export function createFaqSchema(vocabulary: Vocabulary) {
  const categoryKeys = new Set(flattenCategories(vocabulary.categories).map((entry) => categoryKey(entry.names)));
  const slotNames = new Set(vocabulary.slots.map((slot) => slot.name));

  return z.strictObject(faqShape(vocabulary)).superRefine((faq, ctx) => {
    if (!categoryKeys.has(categoryKey(faq.category))) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `unknown category "${categoryKey(faq.category)}"; use a path from vocabulary/categories.yaml, e.g. ${[...categoryKeys].at(-1)}`,
      });
    }
    for (const { block, path } of scriptBlocks(faq.steps)) {
      for (const name of blockTexts(block).flatMap(slotNamesIn)) {
        if (!slotNames.has(name)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `unknown slot "{{${name}}}"; known slots: ${[...slotNames].join(', ')} (define new ones in vocabulary/slots.yaml)`,
          });
        }
      }
    }
  });
}

export type Faq = z.output<ReturnType<typeof createFaqSchema>>;
