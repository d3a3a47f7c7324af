/** Nouns about another topic (topic.ts): an unknown first word before the site's one domain word finds nothing. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey } from '../../../src/search/data/format';
import { resolveTerms } from '../../../src/search/resolve';
import { headNounOf, isOtherTopic } from '../../../src/search/topic';

const record = (title: string, content: string): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', title, headings: [], content: `${title} ${content}`, category: '주차', sites: ['기타현장'] });

const data = buildSearchData([
  record('발레 예약 취소 및 환불 문의', '예약하신 차를 확인하겠습니다. 환불은 결제 취소로 진행됩니다.'),
  record('방문 차량은 어떻게 등록하나요?', '방문 예정 차량번호를 미리 등록하시면 됩니다. 한 장의 사진을 첨부해 주세요. 불편한 점 죄송합니다.'),
  record('경차도 주차 할인이 되나요?', '경차와 저공해 차량은 할인을 적용합니다. 차가 들어가면 번호를 인식합니다.'),
  record('발레 분실물 문의', '차 안에 두고 내린 물건을 찾아 드립니다. 분실물은 발레존에서 보관합니다.'),
]);
const shardOf = (text: string) => data.shards.get(shardKey(text));
const lexicon = buildLexicon([], []);
lexicon.thesaurus = { words: [['자동차', '차량'], ['차', '차량'], ['오늘', '오늘'], ['두고 내렸', '분실물']], misspellings: [] };
const otherTopic = (query: string) => {
  const plan = planQuery(query, lexicon);
  return isOtherTopic(plan, resolveTerms(plan, lexicon, shardOf), shardOf, lexicon);
};

describe('모르는 말 + 사이트의 말 하나인 명사 나열은 다른 주제 (미용실 예약, 택배 환불)', () => {
  it('모르는 첫 낱말 뒤에 사이트의 말', () => {
    expect(otherTopic('미용실 예약')).toBe(true);
    expect(otherTopic('택배 환불')).toBe(true);
    expect(otherTopic('헬스장 등록')).toBe(true);
    expect(otherTopic('피아노 학원 등록')).toBe(true);
  });
  it('동사가 있는 문장은 검색한다 (지갑 두고 내렸어요, 빠진 할인 다시 넣어 주세요)', () => {
    expect(otherTopic('지갑 두고 내렸어요')).toBe(false);
    expect(otherTopic('미용실 예약 취소됐어요')).toBe(false);
    expect(otherTopic('빠진 할인 다시 넣어 주세요')).toBe(false);
  });
  it('사이트의 명사로 끝나는 합성어는 그 명사의 한 종류 (경형차 → 차): 다른 주제가 아니다', () => {
    expect(headNounOf(shardOf, lexicon, '경형차')).toBe('차');
    expect(otherTopic('경형차 할인')).toBe(false);
  });
  it('사이트에 다른 뜻으로만 있는 한 음절은 머리 명사가 아니다 (헬스장의 장, 편의점의 점)', () => {
    expect(headNounOf(shardOf, lexicon, '헬스장')).toBeUndefined();
    expect(headNounOf(shardOf, lexicon, '편의점')).toBeUndefined();
  });
  it('첫 낱말을 사이트나 목록이 알면 아니다 (발레 예약, 오늘 예약, 예약 미용실)', () => {
    expect(otherTopic('발레 예약')).toBe(false);
    expect(otherTopic('오늘 예약')).toBe(false);
    expect(otherTopic('예약 미용실')).toBe(false);
  });
  it('찾은 말이 없거나 다섯 낱말 이상이면 이 규칙이 아니다', () => {
    expect(otherTopic('김치찌개 레시피')).toBe(false);
    expect(otherTopic('미용실 예약 환불 취소 문의')).toBe(false);
  });
});
