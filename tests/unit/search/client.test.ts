/** The search core's pure parts: excerpts as text only, anchors → branch keys, build-time search terms. */
import { describe, expect, it } from 'vitest';
import { excerptParts, targetKey } from '../../../src/search/client';
import { searchTerms } from '../../../src/search/enrichment';
import { validate } from '../../helpers/schema';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledContent } from '../../helpers/schema';

describe('검색 결과 발췌', () => {
  it('<mark>만 강조로 남기고 나머지 태그는 글자로도 남기지 않는다', () => {
    expect(excerptParts('발레 <mark>출차처리가</mark> 되지 &lt;b&gt; 않았어요')).toEqual([
      { text: '발레 ', mark: false },
      { text: '출차처리가', mark: true },
      { text: ' 되지 <b> 않았어요', mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>위험').map((part) => part.text).join('')).toBe('위험');
  });
});

describe('하위 결과의 앵커 → 분기 키', () => {
  it('분기 제목 s2-b1-0-label → s2-b1-0, 단계 제목 s1-title → s1', () => {
    expect(targetKey('s2-b1-0-label')).toBe('s2-b1-0');
    expect(targetKey('s1-title')).toBe('s1');
  });
});

describe('빌드 때 더하는 검색 보조어', () => {
  const seed = (id: string) => {
    const text = readFileSync(path.join(bundledContent, 'faq', `${id}.mdx`), 'utf8');
    const result = validate(text, `content/faq/${id}.mdx`);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  };

  it('출차 스크립트: 복합어 가운데 말(오인식), 제목 초성(ㅊㅊㅊㄹ)', () => {
    const terms = searchTerms(seed('valet-exit-not-processed'), ['출차', '전산완료']);
    expect(terms).toEqual(expect.arrayContaining(['오인식', '처리', 'ㅊㅊㅊㄹ', 'ㅈㅅㅇㄹ']));
  });

  it('발레패스 스크립트: ㅂㄹㅍㅅ, 이미 페이지 낱말의 앞부분인 말은 더하지 않는다', () => {
    const terms = searchTerms(seed('valet-pass-not-own-use'));
    expect(terms).toContain('ㅂㄹㅍㅅ');
    expect(terms).not.toContain('발레');
    expect(terms).not.toContain('차량정보');
  });

  it('보조어는 작다: 스크립트 본문 낱말 수보다 적다', () => {
    const faq = seed('valet-pass-not-own-use');
    const words = JSON.stringify(faq.steps).split(/\s+/).length;
    expect(searchTerms(faq).length).toBeLessThan(words);
  });
});
