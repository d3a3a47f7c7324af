import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/collections/vocabulary';
import { glossarySchema } from '../../../src/model/glossary';
import { bundledContent } from '../../helpers/schema';

describe('용어집', () => {
  it('번들 용어집은 유효하고 검색 동의어를 담는다', () => {
    const glossary = loadGlossary(bundledContent);
    const rental = glossary.find((entry) => entry.term === '렌트차량');
    expect(rental?.synonyms).toContain('렌트카');
    expect(glossary.find((entry) => entry.term === '결제 취소')?.synonyms).toContain('환불');
  });

  it('같은 용어가 두 번 나오면 거부된다', () => {
    const entry = { term: '발레', slug: 'valet', definition: '정의' };
    const result = glossarySchema.safeParse([entry, { ...entry, slug: 'valet-2' }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('duplicate term "발레"');
  });
});
