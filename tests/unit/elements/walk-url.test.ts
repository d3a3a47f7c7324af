import { describe, expect, it } from 'vitest';
import { branchKey } from '../../../src/model/branch-key';
import { formatWalkHash, parseWalkHash, type WalkPath } from '../../../src/elements/contract/walk-url';

describe('walk URL (#s2-b1-0,s4-b0)', () => {
  it('writes the chosen key of each step in step order, leaving out steps with nothing chosen', () => {
    const path: WalkPath = new Map([
      [4, [0]],
      [2, [1, 0]],
      [3, []],
    ]);
    expect(formatWalkHash(path)).toBe('s2-b1-0,s4-b0');
    expect(formatWalkHash(new Map())).toBe('');
  });

  it('uses the branch keys of model/branch-key.ts', () => {
    expect(formatWalkHash(new Map([[7, [2, 0, 3]]]))).toBe(branchKey(7, [2, 0, 3]));
  });

  it('reads back what it writes (round trip), with or without #', () => {
    const paths: WalkPath[] = [new Map([[2, [1, 0]]]), new Map([[1, [0]], [2, [1]], [10, [3, 2, 1]]]), new Map()];
    for (const path of paths) {
      const hash = formatWalkHash(path);
      const keys = parseWalkHash(`#${hash}`)!;
      expect(new Map(keys.map((key) => [key.stepNumber, key.indexes]))).toEqual(path);
      expect(parseWalkHash(hash)).toEqual(keys);
      expect(formatWalkHash(new Map(keys.map((key) => [key.stepNumber, key.indexes])))).toBe(hash);
    }
  });

  it('reads a bare step key as the step with nothing chosen, and keeps the hash order', () => {
    expect(parseWalkHash('#s4-b0,s2')).toEqual([
      { stepNumber: 4, indexes: [0] },
      { stepNumber: 2, indexes: [] },
    ]);
  });

  it('reads a percent-encoded hash', () => {
    expect(parseWalkHash('#s2-b1-0%2Cs4-b0')).toEqual([
      { stepNumber: 2, indexes: [1, 0] },
      { stepNumber: 4, indexes: [0] },
    ]);
  });

  it('tolerates a hash that is not a walk: no error, undefined', () => {
    for (const hash of ['#main', '#practice', '#s0', '#s2-b', '#s2-x1', '#s2-b1,', '#,', '#s2-b1-0,main', '#%E0%A4%A', '#%', '#s01']) {
      expect(parseWalkHash(hash), hash).toBeUndefined();
    }
  });

  it('reads no hash as an empty walk', () => {
    expect(parseWalkHash('')).toEqual([]);
    expect(parseWalkHash('#')).toEqual([]);
  });
});
