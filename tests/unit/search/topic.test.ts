/** Nouns of another service (topic.ts): an unknown first noun beside the site's words finds nothing; the site's own world does not. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey, type ScriptTable } from '../../../src/search/data/format';
import { resolveTerms } from '../../../src/search/resolve';
import { isOtherTopic } from '../../../src/search/topic';

const record = (title: string, content: string, category: string): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', id: title, page: `/faq/${title}/`, title, headings: [], content: `${title} ${content}`, category, sites: ['기타현장'] });

const records = [
  record('발레 예약 취소 및 환불 문의', '예약하신 차를 확인하겠습니다. 환불은 결제 취소로 진행됩니다.', '발레 ▶ 결제/환불 ▶ 예약취소'),
  record('경차도 주차 할인이 되나요?', '경차와 저공해 차량은 할인을 적용합니다. 차가 들어가면 번호를 인식합니다. 카드를 등록하세요.', '주차 ▶ 결제/할인 ▶ 할인'),
  record('차 안에 있던 물건이 없어졌어요', '도난 신고를 접수합니다. 물건을 찾아 드립니다.', '발레 ▶ 이용불편/신고 ▶ 도난'),
  record('차량을 추가로 등록하고 싶어요', '앱에서 차량을 추가합니다. 고객님의 편의를 위해 점검합니다.', '앱 ▶ 차량 ▶ 등록'),
];
const data = buildSearchData(records);
const shardOf = (text: string) => data.shards.get(shardKey(text));
const table = { categories: records.map((page) => page.category) } as ScriptTable;
const lexicon = buildLexicon([{ term: '결제 취소', synonyms: ['환불'] }], []);
lexicon.thesaurus = { words: [['자동차', '차량'], ['차', '차량'], ['지갑', '물건'], ['발렛', '발레'], ['구독', '매월 결제'], ['예매', '예약']], misspellings: [] };
const otherTopic = (query: string) => {
  const plan = planQuery(query, lexicon);
  return isOtherTopic(plan, resolveTerms(plan, lexicon, shardOf), shardOf, lexicon, table);
};

describe('다른 서비스의 명사 + 사이트의 말 (미용실 예약, 택배 환불)은 다른 주제', () => {
  it('첫 명사를 검색이 어떻게도 모르면 다른 주제', () => {
    expect(otherTopic('미용실 예약')).toBe(true);
    expect(otherTopic('택배 환불')).toBe(true);
    expect(otherTopic('영화 예매 취소')).toBe(true);
    expect(otherTopic('넷플릭스 구독 취소')).toBe(true);
  });
  it('목록의 말이 주제로 시작할 뿐인 읽기는 주제를 말한 것이 아니다 (환불 → 결제 취소, 구독 → 매월 결제)', () => {
    expect(otherTopic('학원비 환불')).toBe(true);
  });
});

describe('사이트의 세계에 있는 말은 다른 주제가 아니다', () => {
  it('동사가 있는 문장 (지갑 두고 내렸어요, 카톡 안옴, 탈퇴하려면)', () => {
    expect(otherTopic('미용실 예약 취소됐어요')).toBe(false);
    expect(otherTopic('미용실 예약 안옴')).toBe(false);
    expect(otherTopic('미용실 하려면')).toBe(false);
  });
  it('사이트의 주제(카테고리의 첫 말: 발레, 주차, 앱)를 말하면 (테슬라 발레 예약, 거래처 손님 주차, 발렛 → 발레)', () => {
    expect(otherTopic('테슬라 발레 예약')).toBe(false);
    expect(otherTopic('거래처 주차 할인')).toBe(false);
    expect(otherTopic('테슬라 발렛 예약')).toBe(false);
  });
  it('사이트나 목록의 명사가 머리인 합성어 (경형차 → 차, 아빠카드 → 카드), 띄어 써도 (와이프 차 추가)', () => {
    expect(otherTopic('경형차 할인')).toBe(false);
    expect(otherTopic('아빠카드 등록')).toBe(false);
    expect(otherTopic('와이프 차 추가')).toBe(false);
  });
  it('사이트나 목록의 말로 시작하는 합성어 (발렛비 → 발렛)', () => expect(otherTopic('발렛비 환불')).toBe(false));
  it('사이트에 다른 뜻으로만 있는 말은 머리도 여는 말도 아니다 (편의점의 점, 사이트의 편의)', () => expect(otherTopic('편의점 도난')).toBe(true));
  it('목록이 아는 말 (지갑 → 물건), 첫 말이 아닌 모르는 말 (예약 미용실: 사이트에 없는 말이 끝에)', () => {
    expect(otherTopic('지갑 도난')).toBe(false);
    expect(otherTopic('예약 미용실')).toBe(false);
  });
  it('찾은 말이 없거나 다섯 낱말 이상이면 이 규칙이 아니다', () => {
    expect(otherTopic('김치찌개 레시피')).toBe(false);
    expect(otherTopic('미용실 예약 환불 취소 도난')).toBe(false);
  });
});
