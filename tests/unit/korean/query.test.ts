/** The Korean query layer: what an agent types → the searches and concepts the engine runs. */
import { describe, expect, it } from 'vitest';
import { choseongOf } from '../../../src/korean/choseong';
import { looksLikePredicate, nounOf, stem, stems } from '../../../src/korean/endings';
import { buildLexicon } from '../../../src/korean/lexicon';
import { partialReadings } from '../../../src/korean/partial';
import { applySynonyms, findSynonyms, planQuery, spelledCounts } from '../../../src/korean/query';
import { rarityWeights, relevance, type ResultText } from '../../../src/korean/relevance';
import { isChoseongWord, normalise } from '../../../src/korean/text';
import { loadGlossary } from '../../../src/collections/vocabulary';
import { bundledContent } from '../../helpers/schema';

const lexicon = buildLexicon(loadGlossary(bundledContent), ['기타현장', '에버랜드', '김포공항', '인천공항', '코엑스']);

const kinds = (query: string) => planQuery(query, lexicon).variants.map((variant) => `${variant.kind}:${variant.text}`);

describe('조사·어미 떼기', () => {
  it.each([
    ['발레패스를', '발레패스'],
    ['출차가', '출차'],
    ['해지하려면', '해지'],
    ['결제됨', '결제'],
    ['차량정보가', '차량정보'],
    ['발레요금이', '발레요금'],
    ['현장에서', '현장'],
    ['예약을', '예약'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('어간만 남은 말과 한 글자 조사 앞의 한 음절은 그대로 둔다 (이가, 차가)', () => {
    expect(stem('발레')).toBe('발레');
    expect(stem('차가')).toBe('차가');
    expect(stems('등록정보')).toEqual(['등록정보']);
  });

  it('로마자·숫자 낱말 뒤의 조사도 뗀다 (suv도 → suv, cctv를 → cctv); 한 글자는 아니다', () => {
    expect(stems('suv도')).toEqual(['suv도', 'suv']);
    expect(stems('cctv를')).toEqual(['cctv를', 'cctv']);
    expect(stems('b도')).toEqual(['b도']);
  });

  it('문장 속 명사만 복합어 분해 대상이 된다 (사업자등록증을 → 사업자등록증, 드리겠습니다 → 없음)', () => {
    expect(nounOf('사업자등록증을')).toBe('사업자등록증');
    expect(nounOf('드리겠습니다')).toBeUndefined();
    expect(nounOf('해지하려면')).toBeUndefined();
  });

  it('"출차가 안돼요" → 어간 검색은 "출차" 하나 (안돼요는 검색어가 아니다)', () => {
    expect(kinds('출차가 안돼요')).toContain('stem:출차');
  });
});

describe('띄어쓰기', () => {
  it('"발레 패스" → 붙여 쓴 "발레패스"도 찾는다', () => {
    expect(kinds('발레 패스')).toContain('spacing:발레패스');
  });
  it('입/출차 → 입출차 (낱말 안의 빗금은 붙인다)', () => {
    expect(normalise('입/출차오인식 [발레패스 등록정보]')).toBe('입출차오인식 발레패스 등록정보');
  });
});

describe('동의어 (용어집)', () => {
  it('"렌트카" → 렌트차량', () => {
    expect(kinds('렌트카')).toContain('synonym:렌트차량');
  });
  it('"환불" → 결제 취소', () => {
    expect(kinds('환불')).toContain('synonym:결제 취소');
  });
  it('"차 팔았는데 결제됨" → 판매차량 (띄어 쓴 동의어, 뒤에 어미가 붙어도)', () => {
    expect(applySynonyms(['차', '팔았는데', '결제됨'], lexicon).words).toEqual(['판매차량', '결제됨']);
  });
  it('동의어의 일부만 있는 말은 바꾸지 않는다 ("차" 하나는 판매차량이 아니다)', () => {
    expect(applySynonyms(['차', '결제'], lexicon).terms).toEqual([]);
  });
});

describe('초성', () => {
  it('ㅂㄹㅍㅅ는 초성 검색어, 발레패스의 초성은 ㅂㄹㅍㅅ', () => {
    expect(isChoseongWord('ㅂㄹㅍㅅ')).toBe(true);
    expect(isChoseongWord('발레ㅍ')).toBe(false);
    expect(choseongOf('발레패스')).toBe('ㅂㄹㅍㅅ');
  });
});

describe('입력 중인 음절 (IME)', () => {
  it('"출ㅊ" → "출"로 찾고 출차처럼 ㅊ으로 시작하는 다음 음절이 있어야 한다', () => {
    const [reading] = partialReadings('출ㅊ');
    expect(reading?.prefix).toBe('출');
    expect(new RegExp(reading!.pattern).test('출차처리')).toBe(true);
    expect(new RegExp(reading!.pattern).test('출구')).toBe(false);
  });
  it('"발레팻" → 받침 ㅅ이 다음 음절로 넘어갈 수 있다: 발레패 + ㅅ…', () => {
    const [reading] = partialReadings('발레팻');
    expect(reading?.prefix).toBe('발레패');
    expect(new RegExp(reading!.pattern).test('발레패스')).toBe(true);
  });
  it('"분싦" → 겹받침의 뒤 자음만 넘어간다: 분실 + ㅁ…', () => {
    expect(partialReadings('분싦')[0]?.prefix).toBe('분실');
  });
  it('받침 없는 완성 음절은 입력 중으로 보지 않는다 (발레패)', () => {
    expect(partialReadings('발레패')).toEqual([]);
  });
});

describe('현장 + 문제', () => {
  it('"인천공항 발레 출차" → 현장은 필터, 검색어는 "발레 출차"', () => {
    const plan = planQuery('인천공항 발레 출차', lexicon);
    expect(plan.sites).toEqual(['인천공항']);
    expect(plan.variants[0]?.text).toBe('발레 출차');
  });
  it('현장 이름 하나만 치면 필터가 아니라 검색어다', () => {
    expect(planQuery('코엑스', lexicon).sites).toEqual([]);
  });
});

describe('순위: 찾은 결과 중 무엇이 먼저인가', () => {
  const pass: ResultText = {
    title: '발레패스 본인 미사용 문의',
    headings: ['차량번호 탐색', '판매차량/ 렌트차량'],
    content: '발레패스 해지와 차량정보 삭제할 수 있는 경로 [발레패스 해지경로] 가운데 [발레패스 등록정보]',
    terms: ['ㅂㄹㅍㅅ', '오인식'],
  };
  const exit: ResultText = {
    title: '발레 출차처리가 되지 않았어요.',
    headings: ['상황설명', '이용 요금이 0원일 경우'],
    content: '현장에서 전산완료가 원활하게 진행되지 않아 어플 내에서 이용 중으로 확인되었던 것 같습니다.',
    terms: ['오인식', 'ㅊㅊㅊㄹ'],
  };
  const score = (query: string, doc: ResultText) => relevance(planQuery(query, lexicon), doc);

  it('"발레패스를 해지하려면" → 발레패스 스크립트가 출차 스크립트보다 위', () => {
    expect(score('발레패스를 해지하려면', pass)).toBeGreaterThan(score('발레패스를 해지하려면', exit));
  });
  it('"출ㅊ" → 출차 스크립트는 맞고, 출차가 없는 스크립트는 맞지 않는다', () => {
    expect(score('출ㅊ', exit)).toBeGreaterThan(0.5);
    expect(score('출ㅊ', pass)).toBe(0);
  });
  it('"ㅊㅊㅊㄹ" → 제목의 초성이 맞는 스크립트만', () => {
    expect(score('ㅊㅊㅊㄹ', exit)).toBe(1);
    expect(score('ㅊㅊㅊㄹ', pass)).toBe(0);
  });
  it('"렌트카" → 분기 제목의 렌트차량으로 맞고, 출차 스크립트는 맞지 않는다', () => {
    expect(score('렌트카', pass)).toBeGreaterThanOrEqual(0.8);
    expect(score('렌트카', exit)).toBe(0);
  });
  it('글자 그대로 맞는 스크립트가 띄어쓰기만 맞는 스크립트보다 위 ("등록정보")', () => {
    const spaced = { ...pass, content: '등록 정보 변경 방법을 안내해 드리겠습니다' };
    expect(score('등록정보', pass)).toBeGreaterThan(score('등록정보', spaced));
  });
});

describe('사전 낱말의 활용형 (findSynonyms)', () => {
  const list = { synonyms: [['몰다', '운전'], ['결제 안 됨', '결제 실패'], ['주행', '운전']] as [string, string][] };
  const found = (query: string) => findSynonyms(query.split(' '), list).map((span) => span.term);
  it('사전형 동사는 어떤 어미로도 (몰다 ↔ 몰았다고, 몰고)', () => {
    expect(found('빨리 몰았다고')).toEqual(['운전']);
    expect(found('몰고 갔어요')).toEqual(['운전']);
  });
  it('과거형으로 끝나는 말 뒤에는 어떤 어미든 (차 팔았 ↔ 차를 팔았더니), 명사 뒤에는 서술격 조사 (캔슬이라서)', () => {
    const more = { synonyms: [['차 팔았', '판매차량'], ['캔슬', '취소']] as [string, string][] };
    expect(findSynonyms(['차를', '팔았더니'], more).map((span) => span.term)).toEqual(['판매차량']);
    expect(findSynonyms(['캔슬이라서'], more).map((span) => span.term)).toEqual(['취소']);
  });
  it('되다·하다 꼴과 앞 낱말의 조사는 달라도 된다 (결제 안 됨 ↔ 결제가 안 된대요)', () => expect(found('결제가 안 된대요')).toEqual(['결제 실패']));
  it('모음으로 끝나는 어간은 받침 붙은 꼴로도 (차 빼다 ↔ 차 뺄, 차 뺀, 차 뺐는데), -ㅁ 명사는 아니다 (알림 ≠ 알리다)', () => {
    const verbs = { synonyms: [['차 빼다', '출차'], ['알리다', '신고']] as [string, string][] };
    const terms = (query: string) => findSynonyms(query.split(' '), verbs).map((span) => span.term);
    expect(terms('밤늦게 차 뺄 수 있어요')).toEqual(['출차']);
    expect(terms('차 뺀 시간')).toEqual(['출차']);
    expect(terms('차 뺐는데')).toEqual(['출차']);
    expect(terms('알림이 안 와요')).toEqual([]);
    expect(terms('차 뼈')).toEqual([]);
  });
  it('공손형·-ㅁ 명사는 같은 자음의 음절로 (안 나옴 ↔ 안 나오네요), 요만 남은 다른 동사는 아니다 (기억이 안 나요)', () => {
    const late = { synonyms: [['안 나옴', '출차지연']] as [string, string][] };
    const terms = (query: string) => findSynonyms(query.split(' '), late).map((span) => span.term);
    expect(terms('차가 안 나오네요')).toEqual(['출차지연']);
    expect(terms('차 안 나옴')).toEqual(['출차지연']);
    expect(terms('기억이 안 나요')).toEqual([]);
  });
  it('같은 길이면 적힌 그대로의 구가 활용형 추측보다 먼저 (주차한 데 ↔ 주차 위치, 주차하다 아님)', () => {
    const both = { synonyms: [['주차하다', '주차'], ['주차한 데', '주차 위치']] as [string, string][] };
    expect(findSynonyms(['주차한', '데를', '모르겠어요'], both).map((span) => span.term)).toEqual(['주차 위치']);
  });
  it('사전 낱말 뒤에 다른 낱말이 붙으면 아니다 (주행거리 ≠ 주행, 몰래 ≠ 몰다)', () => {
    expect(found('주행거리')).toEqual([]);
    expect(found('몰래')).toEqual([]);
  });
  it('높임말로 적힌 동사는 같은 동사의 다른 꼴로도 (차가 안 나와요 ↔ 안 나오거든요, 안 나왔다고; 빼 주세요 ↔ 빼 줘)', () => {
    const polite = { synonyms: [['차가 안 나와요', '출차지연'], ['차 빼 주세요', '출차요청']] as [string, string][] };
    const terms = (query: string) => findSynonyms(query.split(' '), polite).map((span) => span.term);
    expect(terms('차가 안 나오거든요')).toEqual(['출차지연']);
    expect(terms('차가 안 나왔다고 하세요')).toEqual(['출차지연']);
    expect(terms('차 빼 줘')).toEqual(['출차요청']);
    // Another verb after the same words is not it: 나서 (ㄴ) is not a form of 나오다 (ㅇ).
    expect(terms('차가 안 나서')).toEqual([]);
  });
  it('-ㅁ으로 명사가 된 동사는 어떤 꼴로도 (튕김 ↔ 튕겨요, 꽉 참 ↔ 꽉 찼는지), ㅁ으로 끝나는 명사는 아니다 (요금 ≠ 요구)', () => {
    const nouns = { synonyms: [['튕김', '오류'], ['꽉 참', '만차'], ['요금', '비용']] as [string, string][] };
    const terms = (query: string) => findSynonyms(query.split(' '), nouns).map((span) => span.term);
    expect(terms('앱이 튕겨요')).toEqual(['오류']);
    expect(terms('꽉 찼는지')).toEqual(['만차']);
    expect(terms('요구')).toEqual([]);
  });
  it('명사로 끝나는 사전 말 "차 안"은 조사 뒤의 부정 "안"이 아니다 (차가 안 나와요 ≠ 차 안)', () => {
    const inside = { synonyms: [['차 안', '차량 내부']] as [string, string][] };
    expect(findSynonyms(['차가', '안', '나와요'], inside)).toEqual([]);
    expect(findSynonyms(['차', '안에', '두고'], inside).map((span) => span.term)).toEqual(['차량 내부']);
  });
});

describe('숫자 세기와 서술격 조사', () => {
  it('작은 수 + 단위는 말로 (결제 2번 → 결제 두 번, 차 2대 → 차 두 대), 큰 수·서수는 그대로 (12번 출구, 2번째)', () => {
    expect(spelledCounts('결제 2번 됐어요')).toBe('결제 두 번 됐어요');
    expect(spelledCounts('차 2대')).toBe('차 두 대');
    expect(spelledCounts('12번 출구')).toBe('12번 출구');
    expect(spelledCounts('2번째')).toBe('2번째');
  });
  it('명사 뒤 서술격 조사를 뗀다 (이용중이래요 → 이용중, 차량이면 → 차량), 두 음절이 안 남으면 그대로 (화면), 동사 꼴의 면은 아니다 (주시면)', () => {
    expect(stems('이용중이래요')).toContain('이용중');
    expect(stems('차량이면')).toContain('차량');
    expect(stems('화면')).toEqual(['화면']);
    expect(stems('주시면')).not.toContain('주시');
  });
});

describe('동사 꼴 알아보기 (고치지 않는 말)', () => {
  it.each(['찼는지', '세웠는지', '왔다고', '나갔냐고', '뭐라고'])('%s는 동사 꼴', (word) => expect(looksLikePredicate(word)).toBe(true));
  it.each(['위치', '사고', '주차', '할인권'])('%s는 명사', (word) => expect(looksLikePredicate(word)).toBe(false));
});

describe('순위: 흔한 낱말보다 드문 낱말', () => {
  it('모든 스크립트에 있는 낱말은 가볍고, 드문 낱말은 무겁고, 사이트에 없는 말은 0', () => {
    const plan = planQuery('요금 블랙박스 냉장고', lexicon);
    const counts: Record<string, number> = { 요금: 70, 블랙박스: 1 };
    const [fee, blackbox, fridge] = rarityWeights(plan, 74, (form) => counts[form] ?? 0);
    expect(blackbox).toBeGreaterThan(2 * fee!);
    expect(fridge).toBe(0);
  });
  it('검색이 읽은 말(고객 표현 사전의 말)로도 순위를 매기되, 그 말 그대로보다 낮게 (외제차 → 수입차)', () => {
    const plan = planQuery('외제차 발레', lexicon);
    const read = { ...plan, concepts: plan.concepts.map((concept) => (concept.forms[0] === '외제차' ? { ...concept, readings: [{ form: '수입차', weight: 0.8 }] } : concept)) };
    const imported: ResultText = { title: '수입차라서 발레를 거절당했어요', headings: [], content: '수입차 발레 안내', terms: [] };
    const other: ResultText = { title: '발레 운영시간', headings: [], content: '발레 운영 안내', terms: [] };
    const own: ResultText = { title: '외제차라서 발레를 거절당했어요', headings: [], content: '외제차 발레 안내', terms: [] };
    expect(relevance(read, imported)).toBeGreaterThan(relevance(read, other) + 0.3);
    expect(relevance(read, own)).toBeGreaterThan(relevance(read, imported));
    // A word no script has weighs as much as its reading: 외제차 counts by how many scripts say 수입차.
    expect(rarityWeights(read, 74, (form) => (form === '수입차' ? 1 : form === '발레' ? 40 : 0))[0]).toBeGreaterThan(0);
  });
  it('마지막 낱말이 받침으로 끝나도 완성된 낱말로 센다 (해지하려면 → 해지)', () => {
    const cancel: ResultText = { title: '발레패스 문의', headings: ['해지 경로'], content: '발레패스 해지 경로', terms: [] };
    const register: ResultText = { title: '발레패스 문의', headings: ['등록 경로'], content: '발레패스 등록 경로', terms: [] };
    const plan = planQuery('발레패스를 해지하려면', lexicon);
    expect(relevance(plan, cancel)).toBeGreaterThan(relevance(plan, register) + 0.3);
  });
});
