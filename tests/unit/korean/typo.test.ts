/** Jamo distance with the costs of fast typing on the 2-beolsik keyboard: which slips are close, which are not. */
import { describe, expect, it } from 'vitest';
import { closeInitials, isCloseJamo, jamoOf, typoBudget, typoDistance } from '../../../src/korean/typo';

const distance = (typed: string, meant: string) => typoDistance(jamoOf(typed), jamoOf(meant), 4);

describe('가까운 실수: 옆 글쇠, Shift, 소리가 같은 자모', () => {
  it.each([
    ['ㅗ', 'ㅜ'],
    ['ㅓ', 'ㅏ'],
    ['ㄱ', 'ㄹ'],
    ['ㄱ', 'ㄲ'],
    ['ㅐ', 'ㅔ'],
    ['ㄱ', 'ㅋ'],
  ])('%s ↔ %s', (a, b) => expect(isCloseJamo(a, b)).toBe(true));
  it.each([
    ['ㅜ', 'ㅏ'],
    ['ㄱ', 'ㅎ'],
    ['ㅣ', 'ㅗ'],
  ])('%s ↔ %s 는 멀다', (a, b) => expect(isCloseJamo(a, b)).toBe(false));
});

describe('오타 거리 (자모)', () => {
  it('옆 글쇠 모음 하나: 환볼 → 환불 1, 정선기 → 정산기 1', () => {
    expect(distance('환볼', '환불')).toBe(1);
    expect(distance('정선기', '정산기')).toBe(1);
  });
  it('먼 글쇠로 바뀐 모음은 2: 숙제 ↔ 삭제 (두 음절 낱말의 한도 1을 넘는다)', () => {
    expect(distance('숙제', '삭제')).toBe(2);
    expect(typoBudget(2)).toBe(1);
  });
  it('세 음절부터는 두 번까지: 할인귄 → 할인권', () => {
    expect(distance('할인귄', '할인권')).toBeLessThanOrEqual(typoBudget(3));
  });
  it('첫 자음도 틀릴 수 있다: ㅎ 대신 칠 만한 자음에 ㅎ 자신과 옆 글쇠가 있다', () => {
    expect(closeInitials('ㅎ')).toEqual(expect.arrayContaining(['ㅎ', 'ㅅ', 'ㄹ']));
    expect(closeInitials('ㅎ')).not.toContain('ㅂ');
  });
});
