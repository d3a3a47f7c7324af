/** Readings that bridge customers' speech to the scripts: a group's other words, a term as a phrase, bound nouns, unrelated words. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey } from '../../../src/search/data/format';
import { isHalfUnsure } from '../../../src/search/found';
import { resolveTerms } from '../../../src/search/resolve';
import { siblingsOf } from '../../../src/search/siblings';

const record = (title: string, content: string): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', id: title, page: `/faq/${title}/`, title, headings: [], content: `${title} ${content}`, category: '주차', sites: ['기타현장'] });

const data = buildSearchData([
  record('주차장이 만차인지 미리 알 수 있나요?', '카카오 T 앱의 주차장 정보에서 실시간 빈자리 수를 확인하실 수 있습니다.'),
  record('발레 출차처리가 되지 않았어요.', '어플 내에서 이용 중으로 확인되었습니다. 발레존 위치를 안내해 드립니다.'),
  record('직원 응대 불만', '메뉴에서 추천 기능을 쓰실 수 있습니다.'),
]);
const shardOf = (text: string) => data.shards.get(shardKey(text));
const lexicon = buildLexicon([], []);
lexicon.thesaurus = {
  words: [['자리', '주차면'], ['빈자리', '주차면'], ['자리 없음', '주차면'], ['주차칸', '주차면'], ['사용 중', '이용 중'], ['이용 중', '이용 중'], ['오류', '에러'], ['스페이스', '공간'], ['여유 공간', '공간']],
  misspellings: [],
};
const terms = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, shardOf);
const read = (query: string) => terms(query).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));

describe('사이트에 없는 사전 term은 같은 그룹의 이름 낱말로 (siblings.ts)', () => {
  it('자리 → 주차면(사이트에 없음) → 같은 그룹의 빈자리', () => expect(read('자리 있는지')).toEqual(['thesaurus:빈자리']));
  it('그룹의 동사구와 손님이 쓴 말 자체는 형제가 아니다', () => {
    expect(siblingsOf(lexicon, '주차면', '자리')).toEqual(['빈자리', '주차칸']);
    expect(siblingsOf(lexicon, '주차면', '자리')).not.toContain('자리 없음');
  });
  it('그룹에 사이트의 말이 하나도 없으면 아무것도 찾지 않는다 (스페이스 → 공간 → 없음)', () => {
    expect(read('주차칸')).toEqual(['thesaurus:빈자리']);
    expect(read('스페이스')).toEqual(['']);
  });
});

describe('여러 낱말 term은 어미가 붙어도 term 그대로 (이용 중이라고 → 이용 중)', () => {
  it('사이트의 말로 읽는다 (word)', () => expect(read('이용 중이라고')).toEqual(['word:이용+중']));
});

describe('의존 명사와 조사 (데가, 수가)는 찾지도 고치지도 않는다', () => {
  it('맡기는 데가 어디예요: 데가를 제가로 고치지 않는다', () => expect(read('발레존 데가').join(' ')).not.toMatch(/typo/));
  it('수가는 검색하지 않는다', () => expect(terms('빈자리 수가').map((term) => term.typed.join(' '))).toEqual(['빈자리']));
});

describe('관련 없는 말 (isHalfUnsure)', () => {
  it('반 이상이 없거나 오타 추측뿐인 짧은 검색 (오늘 저녁 메뉴 추천)', () => {
    expect(isHalfUnsure(terms('오늘 저녁 메뉴 추천'))).toBe(true);
  });
  it('찾은 말이 반을 넘으면 아니다 (빈자리 확인, 발레존 위치 추천)', () => {
    expect(isHalfUnsure(terms('빈자리 확인'))).toBe(false);
    expect(isHalfUnsure(terms('발레존 위치 추천'))).toBe(false);
  });
  it('다섯 낱말 이상의 문장은 일상어가 많아도 아니다', () => expect(isHalfUnsure(terms('고객님이 어제 저녁 집에 가서 보니 빈자리 없다고'))).toBe(false));
});

describe('IME를 끈 채 친 검색어 전체를 한글로 (keyboard.ts)', () => {
  const site = buildSearchData([
    record('발레 예약 취소 및 환불 문의', '발레 예약을 취소하시면 환불해 드립니다. 차량 키를 돌려드립니다.'),
    record('IFC몰 주차 등록', 'IFC 안내데스크에서 등록합니다.'),
  ]);
  const siteShard = (text: string) => site.shards.get(shardKey(text));
  const words = buildLexicon([], []);
  words.thesaurus = { words: [['캔슬', '취소'], ['발렛', '발레']], misspellings: [] };
  const readOff = (query: string) =>
    resolveTerms(planQuery(query, words), words, siteShard).map((term) => `${term.corrected ?? ''}|${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);
  it('사전의 말도 한글처럼 (qkffpt zostmf → 발렛 캔슬 → 발레, 취소) 하고, 무엇으로 찾았는지 알린다', () =>
    expect(readOff('qkffpt zostmf')).toEqual(['발렛|thesaurus:발레', '캔슬|thesaurus:취소']));
  it('긴 말 옆의 한 글자 (ck zl → 차 키)', () => expect(readOff('ck zlfmf').join(' ')).toMatch(/차/));
  it('한 글자만 친 라틴 문자는 한글로 읽지 않는다 (ck → 없음)', () => expect(readOff('ck')).toEqual(['|']));
  it('사이트에 있는 라틴 낱말은 글자 그대로 먼저 (IFC)', () => expect(readOff('ifc')[0]).toMatch(/^\|word:ifc/));
  it('한글로 읽히지 않는 글자는 바꾸지 않는다 (qpzmxv)', () => expect(readOff('qpzmxv')).toEqual(['|']));
});

describe('사전의 구보다 사이트의 낱말이 먼저: 가벼운 동사가 붙은 명사도 (번호 잘못 입력했어요)', () => {
  const site = buildSearchData([record('차량번호를 잘못 등록했어요', '번호를 잘못 입력하셨군요. 차량을 삭제한 뒤 다시 등록해 주세요.')]);
  const siteShard = (text: string) => site.shards.get(shardKey(text));
  const words = buildLexicon([], []);
  words.thesaurus = { words: [['번호 잘못 입력', '오인식'], ['잘못 입력하다', '오인식']], misspellings: [] };
  const readSite = (query: string) => resolveTerms(planQuery(query, words), words, siteShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
  it('번호 잘못 입력했어요 → 번호 + 잘못 + 입력 (사이트의 말)', () => expect(readSite('번호 잘못 입력했어요')).toEqual(['word:번호+잘못+입력']));
  it('동사 꼴이 명사가 아니면 따로 읽지 않는다 (번호 잘못 눌렀어요 → 없음)', () => expect(readSite('번호 잘못 눌렀어요').join(' ')).not.toMatch(/word:번호\+잘못\+/));
});
