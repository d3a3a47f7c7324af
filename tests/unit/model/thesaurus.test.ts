import { describe, expect, it } from 'vitest';
import { mergeThesaurus, thesaurusIssues, thesaurusLexicon, thesaurusOverrideSchema, thesaurusSchema, withoutSitePhrases, type ThesaurusGroup } from '../../../src/model/thesaurus';

const group = (term: string, words: string[], misspellings: string[] = []): ThesaurusGroup => ({ term, words, opening: [], misspellings });
const base = [group('취소', ['캔슬', '철회']), group('환불', ['환급']), group('결제', ['페이'], ['결재'])];
const messages = (own: ThesaurusGroup[], against?: ThesaurusGroup[]) => thesaurusIssues(own, against).map((issue) => `${issue.path.join('.')} ${issue.message}`);

describe('고객 표현 사전 스키마', () => {
  it('term과 words로 된 그룹을 받고, words와 misspellings는 없으면 빈 목록이 된다', () => {
    const result = thesaurusSchema.safeParse([{ term: '취소', domain: 'payment', words: ['캔슬'] }]);
    expect(result.success).toBe(true);
    expect(result.data?.[0]).toEqual({ term: '취소', domain: 'payment', words: ['캔슬'], opening: [], misspellings: [] });
  });

  it('모르는 필드, 빈 term, 모르는 domain은 거부된다', () => {
    expect(thesaurusSchema.safeParse([{ term: '취소', word: ['캔슬'] }]).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(thesaurusSchema.safeParse([{ term: ' ', words: ['캔슬'] }]).success).toBe(false);
    expect(thesaurusSchema.safeParse([{ term: '취소', domain: 'weather', words: ['캔슬'] }]).success).toBe(false);
  });

  it('기본 사전에는 replace/remove를 쓸 수 없고, 콘텐츠의 사전에는 쓸 수 있다', () => {
    const input = [{ term: '취소', words: ['캔슬'], replace: true }];
    expect(thesaurusSchema.safeParse(input).error?.issues[0]?.message).toMatch(/^replace는 콘텐츠 디렉터리의 thesaurus.yaml/);
    expect(thesaurusOverrideSchema.safeParse(input).success).toBe(true);
  });
});

describe('고객 표현 사전 검사 (한국어 메시지, 위치와 고칠 방법)', () => {
  it('낱말이 없는 그룹', () => {
    expect(messages([group('취소', [])])).toEqual(['0.words 그룹 "취소"에 낱말이 없습니다; 고객이 쓰는 말을 words에 하나 이상 적거나 그룹을 지우세요']);
  });

  it('term과 같은 낱말 (띄어쓰기와 대소문자는 무시)', () => {
    expect(messages([group('결제 취소', ['결제취소', '결제 캔슬'])])).toEqual(['0.words.0 낱말 "결제취소"가 그룹의 term과 같습니다; 스크립트의 말은 이미 찾으므로 지우세요']);
    expect(messages([group('CCTV', ['cctv'])])).toHaveLength(1);
  });

  it('두 그룹에 있는 낱말은 두 번째 자리에서, 첫 그룹을 밝혀 보고된다', () => {
    expect(messages([group('취소', ['캔슬']), group('환불', ['환급', '캔슬'])])).toEqual([
      '1.words.1 낱말 "캔슬"이 1번째 그룹 "취소"에도 있습니다; 한 낱말은 한 그룹에만 두세요',
    ]);
  });

  it('다른 그룹의 term인 낱말, 같은 그룹에 두 번 있는 낱말, 두 번 나온 term', () => {
    expect(messages([group('취소', ['환불']), group('환불', ['환급', '환 급'])])).toEqual([
      '0.words.0 낱말 "환불"은 다른 그룹의 term입니다 (2번째 그룹); 한 낱말은 한 term으로만 이어지게 지우거나 그 그룹과 합치세요',
      '1.words.1 낱말 "환 급"이 이 그룹에 두 번 있습니다; 하나를 지우세요',
    ]);
    expect(messages([group('취소', ['캔슬']), group('취소', ['철회'])])[0]).toBe('1.term term "취소"가 1번째 그룹에도 있습니다; 두 그룹을 하나로 합치세요');
  });

  it('콘텐츠의 사전은 기본 사전과 합친 결과로 검사된다', () => {
    // 캔슬 is already the default's word for 취소: adding it to 환불 would make it lead to two terms.
    expect(messages([group('환불', ['캔슬'])], base)).toEqual([
      '0.words.0 낱말 "캔슬"이 기본 사전의 그룹 "취소"에도 있습니다; 한 낱말은 한 그룹에만 두세요 (기본 사전의 그룹에서 빼려면 그 term으로 replace: true 그룹을 쓰세요)',
    ]);
    // …unless the editors take it away from 취소 in the same file.
    expect(messages([{ ...group('취소', ['철회']), replace: true }, group('환불', ['캔슬'])], base)).toEqual([]);
    expect(messages([group('결재', ['결제 오류'])], base)).toEqual(['0.term term "결재"는 기본 사전의 그룹 "결제"의 낱말입니다; 그 그룹에 낱말을 더하거나 replace: true로 그 낱말을 빼세요']);
    expect(messages([{ ...group('없는말', []), remove: true }], base)).toEqual(['0.term 기본 사전에 term "없는말"이 없어 지울 수 없습니다; term의 철자를 고치거나 remove를 지우세요']);
    expect(messages([{ ...group('취소', ['캔슬']), remove: true }], base)[0]).toMatch(/^0\.remove remove: true인 그룹은 통째로 지워지므로/);
  });

  it('기본 사전의 낱말을 다시 적어 넓히는 것은 문제가 아니다', () => {
    expect(messages([group('취소', ['캔슬', '취소해줘'])], base)).toEqual([]);
  });
});

describe('합치기 규칙', () => {
  it('같은 term은 낱말을 더하고, replace는 바꾸고, remove는 지우고, 새 term은 더한다', () => {
    const merged = mergeThesaurus(base, [
      group('취소', ['무르기', '캔슬']),
      { ...group('환불', ['리펀드']), replace: true },
      { ...group('결제', []), remove: true },
      { ...group('발레', ['발렛']), domain: 'valet' },
    ]);
    expect(merged).toEqual([
      group('취소', ['캔슬', '철회', '무르기']),
      { term: '환불', words: ['리펀드'], opening: [], misspellings: [], replace: undefined, domain: undefined },
      { term: '발레', domain: 'valet', words: ['발렛'], opening: [], misspellings: [], replace: undefined },
    ]);
  });

  it('고칠 것이 없으면 기본 사전 그대로다', () => {
    expect(mergeThesaurus(base)).toEqual(base);
  });
});

describe('검색이 받는 데이터', () => {
  it('낱말 → term 쌍을 낱말 순으로, 오타는 따로', () => {
    expect(thesaurusLexicon(base)).toEqual({
      words: [['철회', '취소'], ['캔슬', '취소'], ['페이', '결제'], ['환급', '환불']],
      misspellings: [['결재', '결제']],
    });
  });
  it('여러 낱말로 된 term은 제 그룹의 말이기도 하다 (이용 중이라고 → 이용 중); 한 낱말 term은 아니다', () => {
    const words = thesaurusLexicon([group('이용 중', ['사용 중']), group('취소', ['캔슬'])]).words;
    expect(words).toContainEqual(['이용 중', '이용 중']);
    expect(words).not.toContainEqual(['취소', '취소']);
  });
  it('사이트의 글에 있는 다른 서비스의 여러 낱말 이름은 뺀다 (보험으로: 끝 낱말에 조사); 한 낱말 이름은 둔다', () => {
    const lexicon = { words: [], misspellings: [], elsewhere: [['자동차 보험', '자동차 관리'], ['보험 갱신', '자동차 관리'], ['보험', '자동차 관리']] as [string, string][] };
    expect(withoutSitePhrases(lexicon, ['사고는 자동차 보험으로 보상합니다.', '보험 처리']).elsewhere).toEqual([['보험 갱신', '자동차 관리'], ['보험', '자동차 관리']]);
  });
  it('장소와 때의 그룹은 term을 places, times로 따로 준다 (어디서, 언제: 물음의 대상이 아니다)', () => {
    const lexicon = thesaurusLexicon([{ ...group('호텔', ['숙소']), domain: 'place' }, { ...group('전날', ['어제']), domain: 'time' }, { ...group('주유', ['주유소']), domain: 'vehicle' }]);
    expect(lexicon.places).toEqual(['호텔']);
    expect(lexicon.times).toEqual(['전날']);
    expect(lexicon.words).toContainEqual(['숙소', '호텔']);
  });
  it('모든 서비스에 있는 것(결제, 앱: payment, app)의 그룹은 term을 everyService로 따로 준다', () => {
    const lexicon = thesaurusLexicon([{ ...group('결제', ['페이']), domain: 'payment' }, { ...group('앱', ['어플']), domain: 'app' }, { ...group('발레', ['발렛']), domain: 'valet' }]);
    expect(lexicon.everyService).toEqual(['결제', '앱']);
  });
  it('고객이 지니는 물건의 다른 서비스 그룹(carried)은 term을 carried로 따로 준다; 서비스의 그룹은 아니다', () => {
    const lexicon = thesaurusLexicon([{ ...group('전자기기', ['노트북 충전기']), domain: 'elsewhere', carried: true }, { ...group('택시', ['택시비']), domain: 'elsewhere' }]);
    expect(lexicon.carried).toEqual(['전자기기']);
    expect(lexicon.elsewhere).toContainEqual(['노트북 충전기', '전자기기']);
  });
  it('carried는 다른 서비스(elsewhere)의 그룹에서만 쓴다; 콘텐츠의 사전은 기본 사전의 domain을 이어받는다', () => {
    expect(messages([{ ...group('취소', ['캔슬']), domain: 'payment', carried: true }])).toEqual([
      '0.carried carried는 domain: elsewhere인 그룹에서만 씁니다 (다른 서비스의 말 가운데 고객이 지니는 물건); domain을 elsewhere로 하거나 carried를 지우세요',
    ]);
    const services = [{ ...group('전자기기', ['노트북 충전기']), domain: 'elsewhere' as const }];
    expect(messages([{ ...group('전자기기', ['보조배터리']), carried: true }], services)).toEqual([]);
    expect(mergeThesaurus(services, [{ ...group('전자기기', ['보조배터리']), carried: true }])[0]).toMatchObject({ domain: 'elsewhere', carried: true, words: ['노트북 충전기', '보조배터리'] });
  });
});
