import { describe, expect, it } from 'vitest';
import { addDays, freshness, updateEvents } from '../../../src/model/freshness';
import { loadSettings } from '../../../src/config/settings';

const settings = { today: '2026-11-25', recentDays: 14, reviewDays: 90 };

describe('NEW / 변경 / 검토 필요', () => {
  it('처음 본 날이 14일 안이면 NEW, 14일째부터는 표시 없음', () => {
    expect(freshness({ updated: '2026-11-25' }, settings).badge).toBe('new');
    expect(freshness({ updated: '2026-11-12' }, settings).badge).toBe('new');
    expect(freshness({ updated: '2026-11-11' }, settings).badge).toBeUndefined();
  });

  it('예전에 만들고 최근에 바꾼 스크립트는 변경, 요약과 함께', () => {
    const state = freshness({ updated: '2026-11-18', changes: [{ date: '2026-11-18', summary: '문장 수정' }, { date: '2026-09-01', summary: '작성' }] }, settings);
    expect(state.badge).toBe('changed');
    expect(state.latestChange).toEqual({ date: '2026-11-18', summary: '문장 수정' });
  });

  it('검토 기한은 마지막 검토일(없으면 수정일) + 주기, 기한 당일부터 검토 필요', () => {
    expect(freshness({ updated: '2026-08-27' }, settings)).toMatchObject({ reviewDue: true, reviewDueOn: '2026-11-25' });
    expect(freshness({ updated: '2026-08-28' }, settings).reviewDue).toBe(false);
    expect(freshness({ updated: '2026-01-01', reviewed: '2026-11-01' }, settings)).toMatchObject({ reviewDue: false, lastReviewed: '2026-11-01' });
    expect(freshness({ updated: '2026-01-01', reviewed: '2026-11-01' }, { ...settings, reviewDays: 20 }).reviewDue).toBe(true);
  });

  it('변경 기록이 없으면 수정일 하나가 새 스크립트 이벤트, 있으면 최신순 기록', () => {
    expect(updateEvents({ updated: '2026-11-20' })).toEqual([{ date: '2026-11-20', kind: 'new' }]);
    expect(updateEvents({ updated: '2026-11-20', changes: [{ date: '2026-09-01', summary: '작성' }, { date: '2026-11-20', summary: '수정' }] }).map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-20', 'changed'],
      ['2026-09-01', 'new'],
    ]);
  });

  it('날짜 계산은 월·윤년 경계를 넘는다', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
