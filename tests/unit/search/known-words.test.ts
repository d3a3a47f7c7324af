/** Words of Korean a typo away from the site's words: found in the dictionary at build time, meant as typed. */
import { describe, expect, it } from 'vitest';
import { knownNear, koreanDictionary } from '../../../src/search/build/known-words';

describe('사전의 낱말 (build/known-words.ts)', () => {
  it('한국어 사전에는 축구·입시·결재가 있고 오타 환볼·정기귄은 없다', () => {
    const dictionary = koreanDictionary();
    for (const word of ['축구', '입시', '결재', '사랑']) expect(dictionary.has(word)).toBe(true);
    for (const word of ['환볼', '정기귄']) expect(dictionary.has(word)).toBe(false);
  });
  it('사이트 낱말에서 오타 하나 거리의 사전 낱말만 남긴다 (출구 → 축구, 임시 → 입시)', () => {
    const dictionary = new Set(['축구', '입시', '환불', '사랑', '날씨', '세금계단']);
    expect(knownNear(['출구', '임시', '환불', '세금계산서'], dictionary)).toEqual(['세금계단', '입시', '축구']);
  });
  it('세 음절 낱말은 두 음절이 바뀌어도 찾는다 (기다리시면의 기다리 → 개나리), 네 음절은 두 음절이 그대로인 것', () => {
    expect(knownNear(['기다리시면'], new Set(['개나리', '고구마']))).toEqual(['개나리']);
    expect(knownNear(['세금계산서'], new Set(['세금계단', '세탁계단']))).toEqual(['세금계단']);
  });
  it('사이트에 있는 낱말, 멀리 떨어진 낱말은 남기지 않는다', () => {
    expect(knownNear(['환불'], new Set(['환불', '숙제']))).toEqual([]);
  });
  it('두 음절 낱말은 사이트 낱말의 첫머리가 아니라 낱말이나 어간과만 견준다 (주시 of 주시면)', () => {
    expect(knownNear(['주시면'], new Set(['주사']))).toEqual([]);
    expect(knownNear(['주사를'], new Set(['주시']))).toEqual(['주시']);
  });
});
