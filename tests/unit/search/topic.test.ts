/** Nouns of another service (topic.ts): an unknown first noun beside the site's words finds nothing; the site's own world does not. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey, type ScriptTable } from '../../../src/search/data/format';
import { resolveTerms } from '../../../src/search/resolve';
import { isOtherTopic } from '../../../src/search/topic';
import { withoutSitePhrases } from '../../../src/model/thesaurus';
import { searchKorean } from '../../../src/search/client';
import { testEngine } from '../../helpers/search-engine';

const record = (title: string, content: string, category: string): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', id: title, page: `/faq/${title}/`, title, headings: [], content: `${title} ${content}`, category, sites: ['기타현장'] });

const records = [
  record('발레 예약 취소 및 환불 문의', '예약하신 차를 확인하겠습니다. 환불은 결제 취소로 진행됩니다.', '발레 ▶ 결제/환불 ▶ 예약취소'),
  record('경차도 주차 할인이 되나요?', '경차와 저공해 차량은 할인을 적용합니다. 차가 들어가면 번호를 인식합니다. 카드를 등록하세요.', '주차 ▶ 결제/할인 ▶ 할인'),
  record('차 안에 있던 물건이 없어졌어요', '도난 신고를 접수합니다. 물건을 찾아 드립니다.', '발레 ▶ 이용불편/신고 ▶ 도난'),
  record('차량을 추가로 등록하고 싶어요', '앱에서 차량을 추가합니다. 고객님의 편의를 위해 점검합니다.', '앱 ▶ 차량 ▶ 등록'),
  record('휴대폰 번호가 바뀌었어요', '휴대폰 번호 변경은 앱에서 휴대폰 인증 후 합니다. 분실물 센터와 정기권 충전, 파손 접수도 안내합니다.', '앱 ▶ 회원 ▶ 번호'),
  record('카드 결제가 실패했어요', '카드 결제 실패 시 다른 카드를 등록합니다. 셔틀버스 정류장은 1층입니다.', '앱 ▶ 결제 ▶ 카드'),
];
const lexicon = buildLexicon([{ term: '결제 취소', synonyms: ['환불'] }], []);
lexicon.thesaurus = {
  words: [['자동차', '차량'], ['차', '차량'], ['지갑', '물건'], ['노트북', '물건'], ['발렛', '발레'], ['구독', '매월 결제'], ['예매', '예약'], ['충전기', '충전'], ['두고 내렸', '분실물']],
  misspellings: [],
  // Another service's words (the thesaurus' domain elsewhere); 셔틀버스 and 휴대폰 are the site's.
  elsewhere: [['지하철', '대중교통'], ['버스', '대중교통'], ['셔틀버스', '대중교통'], ['액정', '휴대폰 수리'], ['휴대폰', '휴대폰 수리'], ['노트북 충전기', '전자기기'], ['발레 학원', '발레 공연'], ['날씨', '생활 정보']],
  // 노트북 충전기 is a thing customers carry, not a service: a question about it may be the site's.
  carried: ['전자기기'],
};
/** Whether a query is another topic on a site of these pages, read with these lists. */
const topicReader = (pages: PageRecord[], lists = lexicon) => {
  const built = buildSearchData(pages);
  const pageShard = (text: string) => built.shards.get(shardKey(text));
  const pageTable = { categories: pages.map((page) => page.category), category: pages.map((_, index) => index) } as ScriptTable;
  return (query: string) => {
    const plan = planQuery(query, lists);
    return isOtherTopic(plan, resolveTerms(plan, lists, pageShard), pageShard, lists, pageTable);
  };
};
const otherTopic = topicReader(records);
/** The test lexicon with more thesaurus pairs (words: read as the term; elsewhere: another service's). */
const withPairs = (field: 'words' | 'elsewhere', pairs: [string, string][]) => ({ ...lexicon, thesaurus: { ...lexicon.thesaurus!, [field]: [...(lexicon.thesaurus![field] ?? []), ...pairs] } });

describe('다른 서비스의 명사 + 사이트의 말 (미용실 예약, 택배 환불)은 다른 주제', () => {
  it('첫 명사를 검색이 어떻게도 모르면 다른 주제', () => {
    expect(otherTopic('미용실 예약')).toBe(true);
    expect(otherTopic('미용실예약변경')).toBe(true);
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
  it('찾은 말이 없거나 여섯 낱말 이상이면 이 규칙이 아니다', () => {
    expect(otherTopic('김치찌개 레시피')).toBe(false);
    expect(otherTopic('미용실 예약 환불 취소 도난 접수')).toBe(false);
    expect(otherTopic('미용실 예약 환불 취소 도난')).toBe(true);
  });
});

describe('사전이 다른 서비스로 적은 말 (elsewhere: 지하철, 버스, 액정, 노트북 충전기)', () => {
  it('사이트의 말이 함께 있어도, 목록 어디에 있든 다른 주제 (지하철 분실물 센터, 버스 정기권 충전, 휴대폰 액정 파손)', () => {
    expect(otherTopic('지하철 분실물 센터')).toBe(true);
    expect(otherTopic('버스 정기권 충전')).toBe(true);
    expect(otherTopic('버스를 정기권으로')).toBe(true);
    expect(otherTopic('휴대폰 액정 파손')).toBe(true);
    expect(otherTopic('노트북 충전기')).toBe(true);
    expect(otherTopic('노트북충전기 분실')).toBe(true);
  });
  it('휴대폰·카드를 말하는 사이트의 질문은 그대로 찾는다 (휴대폰 번호 변경, 카드 결제 실패, 앱에서 휴대폰 인증)', () => {
    expect(otherTopic('휴대폰 번호 변경')).toBe(false);
    expect(otherTopic('카드 결제 실패')).toBe(false);
    expect(otherTopic('앱에서 휴대폰 인증')).toBe(false);
  });
  it('사이트의 스크립트에 있는 말은 다른 서비스가 아니다 (셔틀버스 정류장, 휴대폰 번호)', () => {
    expect(otherTopic('셔틀버스 정류장')).toBe(false);
    expect(otherTopic('휴대폰 파손')).toBe(false);
  });
  it('사이트의 주제를 말하거나 (지하철 발레 예약, 버스 주차 할인), 동사가 있으면 (노트북 충전기 두고 내렸어요) 찾는다', () => {
    expect(otherTopic('지하철 발레 예약')).toBe(false);
    expect(otherTopic('버스 주차 할인')).toBe(false);
    expect(otherTopic('노트북 충전기 두고 내렸어요')).toBe(false);
  });
  it('동사가 있어도 다른 말이 사이트의 것을 말하지 않으면 다른 주제 (지하철 막차 몇 시예요: 시 한 음절뿐)', () => {
    expect(otherTopic('지하철 막차 몇 시예요')).toBe(true);
    // A question word asks; it says nothing of the site (언제, a word of the site here).
    expect(topicReader([...records, record('환불은 언제 되나요', '환불은 언제 들어오는지 안내합니다.', '앱 ▶ 결제 ▶ 환불')])('지하철 언제 와요')).toBe(true);
  });
  it('물음이 다른 서비스의 것에 대한 것이면 (마지막 명사: 결제 카드 날씨 어때요) 술어가 목록으로 사이트를 말할 때만 찾는다', () => {
    expect(otherTopic('결제 카드 날씨 어때요')).toBe(true);
    expect(otherTopic('노트북 충전기 두고 내렸어요')).toBe(false);
  });
  it('다른 서비스의 이름 속 사이트 주제어는 그 서비스의 말이다 (발레 학원 예약: 춤; 발레 예약은 사이트의 것)', () => {
    expect(otherTopic('발레 학원 예약')).toBe(true);
    expect(otherTopic('발레 예약 취소')).toBe(false);
    expect(otherTopic('발레 학원 주차 할인')).toBe(false);
  });
  it('겹치는 이름은 이어서 읽는다 (자동차 보험 + 보험 갱신); 사이트의 글에 있는 여러 낱말 이름은 빌드가 뺀다', () => {
    const pages = [...records, record('사고가 났어요', '자동차 보험으로 보상합니다.', '발레 ▶ 사고 ▶ 보상')];
    const insurance = withPairs('elsewhere', [['자동차 보험', '자동차 관리'], ['보험 갱신', '자동차 관리']]);
    // As the build gives it (lexicon.json): 자동차 보험 is in a script's text, 보험 갱신 is not.
    const built = { ...insurance, thesaurus: withoutSitePhrases(insurance.thesaurus!, pages.map((page) => page.content)) };
    expect(built.thesaurus.elsewhere!.map(([name]) => name)).not.toContain('자동차 보험');
    const other = topicReader(pages, built);
    expect(other('자동차 보험 갱신')).toBe(true);
    expect(other('자동차 보험 보상')).toBe(false);
  });
  it('여러 낱말의 다른 서비스 이름은 사이트가 낱말을 다 가져도 그 서비스의 것이다 (카드 결제 취소: 글에 없는 구)', () => {
    expect(topicReader(records, withPairs('elsewhere', [['카드 결제 취소', '금융 상품']]))('카드 결제 취소')).toBe(true);
    expect(otherTopic('카드 결제 취소')).toBe(false);
  });
  it('동사가 있는 물음의 첫 명사가 다른 서비스면 그 서비스의 물음이다 (버스 기다렸는데 기사가 안 와요, 지하철에서 분실물 찾아요; 고객님은 건너뛴다), 술어가 목록으로 사이트를 말하지 않으면', () => {
    expect(otherTopic('버스 기다렸는데 기사가 안 와요')).toBe(true);
    expect(otherTopic('고객님이 버스 기다렸는데 기사가 안 와요')).toBe(true);
    expect(otherTopic('지하철에서 분실물 찾아요')).toBe(true);
    expect(otherTopic('노트북 충전기 두고 내렸어요')).toBe(false);
  });
  it('물음말(언제, 어디)은 물음의 대상이 아니다: 카드 지하철 노선 언제 바뀌어요의 대상은 노선', () => {
    expect(topicReader(records, withPairs('elsewhere', [['지하철 노선', '대중교통']]))('카드 지하철 노선 언제 바뀌어요')).toBe(true);
  });
  it('대부분의 스크립트에 있는 말로 읽히는 술어는 사이트를 말하지 않는다 (지하철 노선 알려 주세요 → 안내)', () => {
    const other = topicReader(
      records.map((page) => ({ ...page, content: `${page.content} 안내합니다.` })),
      withPairs('words', [['알려 주세요', '안내']]),
    );
    expect(other('지하철 노선 알려 주세요')).toBe(true);
    expect(other('노트북 충전기 두고 내렸어요')).toBe(false);
  });
  it('사전이 아는 것이지만 사이트에 없는 것 (주유소 → 주유)은 다른 주제; 사이트의 명사가 머리인 말은 아니다 (페이결제)', () => {
    const other = topicReader(records, withPairs('words', [['주유소', '주유'], ['페이 결제', '간편결제']]));
    expect(other('근처 주유소 어디예요')).toBe(true);
    // A piece search cut out of a run typed without spaces is not: the run is the site's compound.
    expect(other('카드 결제 실패 주유소')).toBe(true);
    expect(other('카드결제실패주유소')).toBe(false);
    expect(other('카드 페이결제 돼요')).toBe(false);
  });
  it('한 음절 주제(앱)는 사이트의 주제를 말하지 않고, 검색이 하나로 읽은 말(카카오 T)은 한 낱말로 센다', () => {
    const pages = [...records, record('카카오 T 앱 로그인이 안 돼요', '카카오 T 앱을 다시 설치합니다.', '앱 ▶ 회원 ▶ 로그인')];
    const other = topicReader(pages, withPairs('elsewhere', [['기차표', '기차표']]));
    expect(other('카카오 T 앱에서 기차표 예매')).toBe(true);
    expect(other('카카오 T 앱 로그인')).toBe(false);
  });
  it('다른 서비스의 것을 묻는 물음은 술어가 목록으로 사이트를 말해도 그 서비스의 것이다 (버스 기사님이 불친절했다고 신고, 버스 카드 결제가 안 돼요); 고객이 지니는 물건(carried)만 술어가 사이트를 말하면 찾는다', () => {
    const other = topicReader(records, withPairs('words', [['불친절했다고', '불친절'], ['안 돼요', '오류']]));
    expect(other('고객님이 버스 기사님이 불친절했다고 신고하고 싶대요')).toBe(true);
    expect(other('버스 카드 결제가 안 돼요')).toBe(true);
    expect(other('노트북 충전기 두고 내렸어요')).toBe(false);
    // The same question about the charger, its group not marked carried, is a service's.
    expect(topicReader(records, { ...lexicon, thesaurus: { ...lexicon.thesaurus!, carried: [] } })('노트북 충전기 두고 내렸어요')).toBe(true);
  });
  it('모든 서비스에 있는 주제(everyService: 결제)는 다른 서비스의 이름 바로 뒤 명사들 속에서 그 서비스의 것이다 (넷플릭스 결제 카드); 사이트의 서비스(주차)는 아니다', () => {
    const pages = [...records, record('결제 카드를 바꾸고 싶어요', '결제 카드 변경은 앱에서 합니다.', '결제 ▶ 결제수단 ▶ 카드')];
    const lists = withPairs('elsewhere', [['넷플릭스', '구독 서비스']]);
    const other = topicReader(pages, { ...lists, thesaurus: { ...lists.thesaurus!, everyService: ['결제', '앱'] } });
    expect(other('넷플릭스 결제 카드 변경')).toBe(true);
    expect(other('넷플릭스 결제 카드 바꾸는 법')).toBe(true);
    expect(other('버스 주차 할인')).toBe(false);
    // Only among bare nouns right after the name: a verb form or a particle ends that phrase.
    expect(other('넷플릭스 해지했는데 결제 카드 변경')).toBe(false);
    expect(other('넷플릭스는 결제 카드 변경')).toBe(false);
    // Without the thesaurus' everyService, 결제 is the site's topic wherever it stands.
    expect(topicReader(pages, lists)('넷플릭스 결제 카드 변경')).toBe(false);
  });
  it('장소의 조사가 붙은 다른 서비스 (버스에, 지하철에서)는 술어가 사이트를 말해도 그 서비스의 일이다', () => {
    expect(otherTopic('버스에 지갑 두고 내렸어요')).toBe(true);
    expect(otherTopic('노트북 충전기 두고 내렸어요')).toBe(false);
  });
  it('다른 서비스의 이름 속 말은 동사가 아니다 (선물하기): 명사 목록으로 읽는다', () => {
    expect(topicReader(records, withPairs('elsewhere', [['선물하기', '다른 카카오 서비스']]))('카드 선물하기 등록 취소')).toBe(true);
  });
  it('사전의 그룹 이름(term)도 사이트에 없으면 다른 주제의 것이다 (주유: 기름, 주유소의 term)', () => {
    expect(topicReader(records, withPairs('words', [['주유소', '주유']]))('주유 날짜 변경하고 싶어요')).toBe(true);
  });
  it('장소와 때(places, times)는 사이트에 없어도 다른 주제가 아니다: 일이 일어난 곳이다 (호텔에서 카드 결제 실패)', () => {
    const hotel = withPairs('words', [['숙소', '호텔']]);
    const other = topicReader(records, { ...hotel, thesaurus: { ...hotel.thesaurus, places: ['호텔'] } });
    expect(other('호텔 카드 결제 실패했어요')).toBe(false);
    expect(other('호텔 날짜 변경하고 싶어요')).toBe(false);
    // Nor are they the first noun, what a question is about: after them comes the bus.
    expect(other('호텔 버스 기다렸는데 카드 결제 안 돼요')).toBe(true);
  });
  it('물음말로 읽힌 술어(얼마예요 → 요금)와 의존명사 앞의 동사(나간 거)는 물음의 대상도 사이트의 술어도 아니다', () => {
    const priced = [...records, record('요금이 얼마 나오나요', '요금은 얼마 나오는지 시간마다 다릅니다. 요금을 안내합니다.', '발레 ▶ 요금 ▶ 안내')];
    expect(topicReader(priced, withPairs('words', [['얼마', '요금']]))('카드 액정 얼마예요')).toBe(true);
    expect(topicReader(records, withPairs('elsewhere', [['지하철 노선', '대중교통']]))('카드 지하철 노선 바뀐 거 돼요')).toBe(true);
  });
  it('물음의 대상은 속성(비용, 일정) 앞의 명사이고, 첫 명사를 덮는 이름도 대상이다 (호텔 버스 카드 결제 돼요)', () => {
    expect(topicReader(records, withPairs('elsewhere', [['지하철 노선', '대중교통']]))('카드 지하철 노선 일정 알려줘요')).toBe(true);
    const hotel = withPairs('elsewhere', [['호텔 버스', '대중교통']]);
    expect(topicReader(records, { ...hotel, thesaurus: { ...hotel.thesaurus, places: ['호텔'] } })('호텔 버스 카드 결제 돼요')).toBe(true);
  });
  it('스크립트 셋 중 하나 이상에 있는 흔한 말(카카오 T의 카카오)은 물음의 첫 명사가 아니다', () => {
    const branded = records.map((page, index) => (index % 2 ? page : { ...page, content: `${page.content} 카카오 T 앱에서 합니다.` }));
    expect(topicReader(branded)('카카오 버스 기다렸는데 카드 결제 안 돼요')).toBe(true);
    expect(topicReader(records)('카카오 버스 기다렸는데 카드 결제 안 돼요')).toBe(false);
  });
  it('물건의 말 하나는 다른 서비스가 아니다 (노트북 도난: 노트북 충전기만 목록에)', () => expect(otherTopic('노트북 도난')).toBe(false));
  it('물음말(뭐, 언제)은 물음의 길이에 세지 않는다: 중고차 팔 때 명의 이전 서류 뭐 필요해요는 일곱 낱말', () => {
    const other = topicReader(records, withPairs('elsewhere', [['중고차', '자동차 관리']]));
    expect(other('중고차 팔 때 명의 이전 서류 뭐 필요해요')).toBe(true);
    expect(other('중고차 팔 때 명의 이전 서류 하나 더 필요해요')).toBe(false);
  });
  it('길게 말한 문장도 첫 명사가 주어 조사를 단 다른 서비스면 그 서비스의 것이다 (버스가 길을 돌아가서 …); 물건(carried)이나 주어 아닌 서비스는 아니다', () => {
    const other = topicReader(records, withPairs('words', [['나왔다고', '결제'], ['없어졌', '도난']]));
    expect(other('고객님이 버스가 길을 돌아가서 요금이 많이 나왔다고 환불해 달래요')).toBe(true);
    expect(other('고객님이 버스 타고 와서 요금이 많이 나왔다고 환불해 달래요')).toBe(false);
    expect(other('고객님이 노트북 충전기가 차에서 없어졌다고 찾아 달라고 하시는데 어떻게 해요')).toBe(false);
  });
  it('고객님, 지금, 아직 같은 말은 물음의 길이에 세지 않는다 (고객님이 지금 버스 기다렸는데 기사가 아직 안 와요: 네 낱말)', () => {
    expect(otherTopic('고객님이 지금 버스 기다렸는데 기사가 아직 안 와요')).toBe(true);
  });
  it('타고 온 다른 서비스는 물음의 첫 명사가 아니다: 어떻게 왔는지다 (버스 타고 와서 카드 결제가 안 돼요)', () => {
    expect(otherTopic('버스 타고 와서 카드 결제가 안 돼요')).toBe(false);
    expect(otherTopic('버스 기다렸는데 카드 결제가 안 돼요')).toBe(true);
  });
  it('여섯 낱말 이상은 이 규칙이 아니다 (동사가 있는 물음은 일곱 낱말까지)', () => {
    expect(otherTopic('지하철 분실물 센터 정기권 충전 카드')).toBe(false);
    expect(otherTopic('지하철 분실물 센터 정기권 충전')).toBe(true);
    expect(otherTopic('버스 기사님이 아직 안 오세요')).toBe(true);
    expect(otherTopic('고객님이 버스 타고 오셔서 한참 기다리다가 결국 차 못 찾고 그냥 가셨대요')).toBe(false);
  });

  it('검색 전체로: 다른 서비스의 질의는 아무것도 찾지 않고, 휴대폰·카드의 질의는 스크립트를 찾는다', async () => {
    const engine = testEngine(
      records.map((page) => ({ id: page.id, title: page.title, text: page.content, category: page.category })),
      lexicon,
    );
    for (const query of ['지하철 분실물 센터', '버스 정기권 충전', '휴대폰 액정 파손']) expect((await searchKorean(engine, query)).hits, query).toEqual([]);
    expect((await searchKorean(engine, '휴대폰 번호 변경')).hits[0]?.id).toBe('휴대폰 번호가 바뀌었어요');
    expect((await searchKorean(engine, '앱에서 휴대폰 인증')).hits[0]?.id).toBe('휴대폰 번호가 바뀌었어요');
    expect((await searchKorean(engine, '카드 결제 실패')).hits[0]?.id).toBe('카드 결제가 실패했어요');
  });
});
