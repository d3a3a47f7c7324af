import { describe, expect, it } from 'vitest';
import { cardId, faqOfCard, practiceOrder, progressOf } from '../../../src/elements/practice-store';

describe('연습 순서와 진도', () => {
  it('다시 볼게요 → 처음 보는 카드 → 알았어요 순서로 낸다', () => {
    const records = { c: { status: 'again' as const, at: 5 }, a: { status: 'known' as const, at: 1 } };
    expect(practiceOrder(['a', 'b', 'c', 'd'], records)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('다시 볼 카드끼리는 오래전에 표시한 것부터', () => {
    const records = { a: { status: 'again' as const, at: 9 }, b: { status: 'again' as const, at: 3 } };
    expect(practiceOrder(['a', 'b'], records)).toEqual(['b', 'a']);
  });

  it('카드 3장 중 알았어요 1, 다시 볼게요 1 → 남은 카드 1', () => {
    expect(progressOf(['x', 'y', 'z'], { x: { status: 'known' }, y: { status: 'again' }, other: { status: 'known' } })).toEqual({ total: 3, known: 1, again: 1, unseen: 1 });
  });

  it('카드 id는 스크립트 id와 경로 키로 만든다', () => {
    expect(cardId('valet-exit-not-processed', 's2-b1-0')).toBe('valet-exit-not-processed/s2-b1-0');
    expect(faqOfCard('valet-exit-not-processed/s2-b1-0')).toBe('valet-exit-not-processed');
  });
});
