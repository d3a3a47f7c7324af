/** A run of syllables read as the site's words (segments.ts): compounds of three words or more, and spaces put in the wrong place. */
import { describe, expect, it } from 'vitest';
import {
  respaced,
  segments,
  spacedRun,
  type SegmentLookups,
} from '../../../src/korean/segments';

/** A site whose words are these (each also starts itself). */
const site = (...words: string[]): SegmentLookups => ({
  isWord: (text) => words.includes(text),
  isPrefix: (text) => words.some((word) => word.startsWith(text)),
});
const valet = site(
  '발레',
  '발레패스',
  '결제',
  '결제카드',
  '변경',
  '예약',
  '확정',
  '문자',
  '주차',
  '요금',
  '미리',
  '정산',
  '정산기',
  '월',
  '휠',
  '연석',
  '자국',
  '만차',
  '확인',
  '세금',
  '세금계산서',
  '발급',
  '요금',
  '문의',
  '위치',
  '발레존',
  '위약금',
  '안',
);

describe('붙여 쓴 세 낱말 이상 (segments)', () => {
  it.each([
    ['발레패스결제카드변경', ['발레패스', '결제카드', '변경']],
    ['주차요금미리정산', ['주차', '요금', '미리', '정산']],
    ['휠연석자국', ['휠', '연석', '자국']],
    ['발레예약위약금', ['발레', '예약', '위약금']],
  ])('%s → %j', (run, parts) => expect(segments(run, valet)).toEqual(parts));
  it('마지막 부분은 사이트 낱말의 앞부분이어도 된다 (주차요금정산ㄱ 없이 정산기 → 정산)', () =>
    expect(segments('주차요금정산', valet)).toEqual(['주차', '요금', '정산']));
  it('끝의 입말 부정은 뺀다 (예약확정문자안옴 → 예약 + 확정 + 문자)', () =>
    expect(segments('예약확정문자안옴', valet)).toEqual([
      '예약',
      '확정',
      '문자',
    ]));
  it('가장 적은 부분으로 (세금계산서발급 → 세금계산서 + 발급, 세금 + 계산 + … 아님)', () =>
    expect(
      segments(
        '세금계산서발급',
        site('세금', '계산', '서', '세금계산서', '발급'),
      ),
    ).toEqual(['세금계산서', '발급']));
});

describe('맞으면 안 되는 것 (segments)', () => {
  it.each([
    ['미용실예약취소'], // 미용실 is no word of the site
    ['버스정기권충전'],
    ['발레'], // one word, nothing to split
    ['월휠'], // parts of one syllable say too little
    ['발레ㅍ'], // not whole syllables
  ])('%s → none', (run) => expect(segments(run, valet)).toBeUndefined());
});

describe('잘못 띄어 쓴 두 낱말 (respaced)', () => {
  it.each([
    ['만', '차확인', ['만차', '확인']],
    ['발레존위', '치', ['발레존', '위치']],
    ['발레요', '금문의', ['발레', '요금', '문의']],
    ['세금', '계산서발급', ['세금계산서', '발급']],
  ])('%s %s → %j', (first, second, parts) => {
    const lookups = site(
      '만차',
      '확인',
      '발레존',
      '위치',
      '세금',
      '세금계산서',
      '계산서',
      '발급',
      '발레',
      '요금',
      '문의',
      '만',
      '차',
    );
    expect(respaced(first, second, lookups)).toEqual(parts);
  });
  it('사이트처럼 띄어 쓴 말은 그대로 (요금 문의, 발레 요금)', () => {
    expect(respaced('요금', '문의', valet)).toBeUndefined();
    expect(respaced('발레', '요금', valet)).toBeUndefined();
  });
  it('따로 읽는 편이 적으면 그대로 (세금 발급)', () =>
    expect(respaced('세금', '발급', valet)).toBeUndefined());
  it('첫 음절만 떨어진 한 낱말, 나머지는 낱말이 아닐 때 (할 인권 → 할인권, 영 수증 → 영수증)', () => {
    const coupons = site('할인권', '영수증', '할', '영');
    expect(respaced('할', '인권', coupons)).toEqual(['할인권']);
    expect(respaced('영', '수증', coupons)).toEqual(['영수증']);
    expect(respaced('할', '영수증', coupons)).toBeUndefined();
  });
});

describe('띄어 쓰지 않은 문장 (spacedRun)', () => {
  const known = new Set(['발레', '주행거리', '차키를', '프로모션', '코드', '카카오', '회원', '탈퇴', '방법']);
  const isKnown = (text: string) => known.has(text);
  it('아는 낱말 둘레에 띄어쓰기를 되살리고, 모르는 부분은 그대로 한 조각 (뒤, 늘었어요)', () => {
    expect(spacedRun('발레맡긴뒤주행거리늘었어요', isKnown)).toEqual(['발레', '맡긴뒤', '주행거리', '늘었어요']);
    expect(spacedRun('프로모션코드어디에넣어요', isKnown)).toEqual(['프로모션', '코드', '어디에넣어요']);
  });
  it('라틴 문자는 제 조각 (카카오T회원탈퇴방법)', () =>
    expect(spacedRun('카카오t회원탈퇴방법', isKnown)).toEqual(['카카오', 't', '회원', '탈퇴', '방법']));
  it('다섯 음절은 아는 낱말이 한 음절만 남기고 덮을 때만 (발레휠긁힘 → 발레 휠 긁힘; 발레휠수리 아님)', () => {
    const withScratch = (text: string) => isKnown(text) || text === '긁힘';
    expect(spacedRun('발레휠긁힘', withScratch)).toEqual(['발레', '휠', '긁힘']);
    expect(spacedRun('발레휠수리', withScratch)).toBeUndefined();
  });
  it('짧은 낱말, 아는 낱말이 없는 줄은 읽지 않는다', () => {
    expect(spacedRun('발레패스', isKnown)).toBeUndefined();
    expect(spacedRun('가나다라마바사', isKnown)).toBeUndefined();
  });
});
