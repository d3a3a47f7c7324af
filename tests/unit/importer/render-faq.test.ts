import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { faqFieldShape, fieldOrder, flowFields } from '../../../src/importer/faq-fields';
import { renderFaqFile } from '../../../src/importer/render-faq';
import type { Faq } from '../../../src/model/faq';

const faq = {
  id: 'new-field',
  title: '새 필드',
  category: ['발레'],
  sites: ['에버랜드', '코엑스'],
  steps: [{ title: '감성표현', kind: 'empathy', script: ['놀라셨겠습니다.'] }],
  updated: '2026-12-01',
  reviewed: '2026-12-01',
  owner: '발레 CS팀',
  changes: [{ date: '2026-12-01', summary: '작성' }],
  keywords: ['두번결제'],
  related: ['valet-exit-not-processed'],
  source: { anchor: 'h_1', document: '내보내기' },
} as Faq;

const keysOf = (text: string) => [...text.matchAll(/^(\w+):/gm)].map((match) => match[1]);

describe('FAQ 파일 쓰기: 필드 순서와 목록은 스키마에서 온다', () => {
  it('스키마의 모든 필드를 스키마 순서대로 쓰고, 단계(steps)는 맨 뒤에 쓴다', () => {
    const text = renderFaqFile(faq, '', false);
    expect(keysOf(text)).toEqual(fieldOrder());
    expect(fieldOrder().at(-1)).toBe('steps');
    expect(new Set(fieldOrder())).toEqual(new Set(Object.keys(faqFieldShape)));
    expect(text).toContain('sites: [에버랜드, 코엑스]\n');
    expect(text).toContain('source:\n  document: 내보내기\n  anchor: h_1\n');
  });

  it('스키마에 새 필드를 더하면 kb import와 kb new의 writer가 그 필드를 빠뜨리지 않는다', () => {
    const shape = { ...faqFieldShape, team: z.string().optional(), aliases: z.array(z.string()).optional() };
    const text = renderFaqFile({ ...faq, team: '주차 CS팀', aliases: ['중복결제', '이중결제'] } as Faq, '', false, shape);
    expect(keysOf(text)).toEqual([...fieldOrder().slice(0, -1), 'team', 'aliases', 'steps']);
    expect(text).toContain('related: [valet-exit-not-processed]\nteam: 주차 CS팀\naliases: [중복결제, 이중결제]\nsteps:');
    expect(flowFields(shape)).toEqual(['category', 'sites', 'keywords', 'related', 'aliases']);
  });
});
