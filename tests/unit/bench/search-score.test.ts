import { describe, expect, it } from 'vitest';
import { scoreOutcomes, searchTargets, type Outcome, type Part } from '../../../bench/search/score';

const outcome = (part: Part, kind: string, expected: string, ids: string[]): Outcome => ({ part, kind, query: `${kind} ${expected}`, expected, ids, ms: 10, warmMs: 5, baseline: [] });
const tuned = [
  outcome('tuned', 'exact', 'a', ['a', 'b']),
  outcome('tuned', 'exact', 'b', ['a', 'b']),
  outcome('tuned', 'typo', 'c', []),
  outcome('tuned', 'negative', 'none', []),
];
const held = [outcome('held-back', 'exact', 'a', ['a']), outcome('held-back', 'negative', 'none', ['x'])];

describe('검색 벤치마크 채점', () => {
  it('부분(tuned / held-back)마다 종류별 행과 전체 행을 내고, 전체에는 negative를 넣지 않는다', () => {
    const rows = scoreOutcomes([...tuned, ...held]);
    const row = (part: string, kind: string) => rows.find((r) => r.part === part && r.kind === kind);
    expect(row('tuned', 'exact')).toMatchObject({ n: 2, r1: 0.5, r3: 1, zero: 0 });
    expect(row('tuned', 'typo')).toMatchObject({ n: 1, r1: 0, r3: 0, zero: 1 });
    expect(row('tuned', 'overall')).toMatchObject({ n: 3, r3: 2 / 3, zero: 1 / 3 });
    // Negatives: the recall columns say how many returned nothing.
    expect(row('tuned', 'negative')).toMatchObject({ n: 1, r3: 1, zero: 0 });
    expect(row('held-back', 'negative')).toMatchObject({ n: 1, r3: 0, zero: 1 });
    expect(row('all', 'overall')).toMatchObject({ n: 4 });
  });

  it('목표는 부분마다 PASS/FAIL로, 못 미친 종류와 빈 결과를 밝힌다', () => {
    const targets = searchTargets([...tuned, ...held]);
    const target = (name: string) => targets.find((t) => t.name === name);
    expect(target('tuned: recall@3 ≥ 0.97 overall')).toMatchObject({ ok: false, detail: '66.7%' });
    expect(target('tuned: recall@3 ≥ 0.90 for every kind')).toMatchObject({ ok: false, detail: 'typo 0.0%' });
    expect(target('tuned: no empty result for a query that has an answer')).toMatchObject({ ok: false, detail: '1 empty' });
    expect(target('tuned: negatives return nothing')?.ok).toBe(true);
    expect(target('held-back: recall@3 ≥ 0.97 overall')?.ok).toBe(true);
    expect(target('held-back: recall@1 ≥ 0.85')?.ok).toBe(true);
    expect(target('held-back: negatives return nothing')).toMatchObject({ ok: false, detail: '1/1 returned results' });
  });
});
