import { describe, expect, it } from 'vitest';
import { scriptBlocks, scriptBranches, walkScript } from '../../../src/model/walk';

const steps = [
  { title: '① 감성표현', script: ['놀라셨겠습니다.'] },
  {
    title: '② 상황설명',
    script: ['확인해 보겠습니다.', { note: '메모' }],
    branches: [
      { label: '이용 요금이 0원일 경우', script: ['0원 안내'] },
      { label: '이용 요금 있을 경우', script: [], branches: [{ label: 'Y', hint: '확인 필요', script: ['Y 안내'] }, { label: 'N', script: ['N 안내'] }] },
    ],
  },
];

describe('스크립트 한 번 걷기', () => {
  it('단계 → 블록 → 분기(깊이 우선) 순서로 모든 것을 한 번씩 낸다', () => {
    const seen = [...walkScript(steps)].map((item) =>
      item.type === 'step' ? `step ${item.stepNumber}` : item.type === 'branch' ? `branch ${item.key} ${item.branch.label} d${item.depth}` : `block ${JSON.stringify(item.block)} d${item.depth} ${item.branchKey ?? '-'}`,
    );
    expect(seen).toEqual([
      'step 1',
      'block "놀라셨겠습니다." d0 -',
      'step 2',
      'block "확인해 보겠습니다." d0 -',
      'block {"note":"메모"} d0 -',
      'branch s2-b0 이용 요금이 0원일 경우 d1',
      'block "0원 안내" d1 s2-b0',
      'branch s2-b1 이용 요금 있을 경우 d1',
      'branch s2-b1-0 Y d2',
      'block "Y 안내" d2 s2-b1-0',
      'branch s2-b1-1 N d2',
      'block "N 안내" d2 s2-b1-1',
    ]);
  });

  it('블록과 분기에는 zod가 쓰는 필드 경로와 단계가 붙는다', () => {
    const blocks = [...scriptBlocks(steps)];
    expect(blocks.at(-1)).toMatchObject({ path: ['steps', 1, 'branches', 1, 'branches', 1, 'script', 0], index: 0, stepNumber: 2 });
    expect(blocks.at(-1)?.step.title).toBe('② 상황설명');
    expect([...scriptBranches(steps)].map((item) => [item.key, item.indexes, item.path])).toEqual([
      ['s2-b0', [0], ['steps', 1, 'branches', 0]],
      ['s2-b1', [1], ['steps', 1, 'branches', 1]],
      ['s2-b1-0', [1, 0], ['steps', 1, 'branches', 1, 'branches', 0]],
      ['s2-b1-1', [1, 1], ['steps', 1, 'branches', 1, 'branches', 1]],
    ]);
  });

  it('분기가 없는 단계와 빈 스크립트도 걷는다', () => {
    expect([...walkScript([])]).toEqual([]);
    expect([...scriptBlocks([{ script: [] }])]).toEqual([]);
  });
});
