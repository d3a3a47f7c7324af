import { describe, expect, it } from 'vitest';
import { branchKey, enumerateBranchPaths, parseBranchKey } from '../../../src/model/branch';
import { scriptSlotNames } from '../../../src/model/script-slots';
import { lineWithPlaceholders, parseLine, slotNamesIn } from '../../../src/model/slot';
import { vocabulary } from '../../helpers/schema';

describe('분기 경로', () => {
  const q2Branches = [
    { label: '이용 요금이 0원일 경우', script: [] },
    { label: '이용 요금 있을 경우', script: [], branches: [{ label: 'Y', script: [] }, { label: 'N', script: [] }] },
  ];

  it('시드 Q2의 ② 단계에는 경로가 세 개 있다', () => {
    expect(enumerateBranchPaths(q2Branches).map((path) => path.labels.join(' › '))).toEqual([
      '이용 요금이 0원일 경우',
      '이용 요금 있을 경우 › Y',
      '이용 요금 있을 경우 › N',
    ]);
  });

  it('분기 키는 단계 번호와 위치로 만든다', () => {
    expect(branchKey(2, [1, 0])).toBe('s2-b1-0');
    expect(branchKey(1, [0])).toBe('s1-b0');
  });
});

describe('슬롯', () => {
  const slots = new Map(vocabulary.slots.map((slot) => [slot.name, slot]));

  it('"차량번호 {{carNumber}}는"을 글자와 슬롯으로 나눈다', () => {
    expect(parseLine('차량번호 {{carNumber}}는')).toEqual([{ text: '차량번호 ' }, { slot: 'carNumber' }, { text: '는' }]);
    expect(slotNamesIn('{{usageDate}} 이용 건, {{amount}}')).toEqual(['usageDate', 'amount']);
  });

  it('빈 슬롯은 내보내기 원문의 자리표시로 보인다', () => {
    expect(lineWithPlaceholders('등록된 차량번호 {{carNumber}}는 맞을까요?', slots)).toBe('등록된 차량번호 OOO OOOO는 맞을까요?');
    expect(lineWithPlaceholders('발레 요금은 {{amount}}으로', slots)).toBe('발레 요금은 ○○○원으로');
  });
});

describe('분기 키 읽기', () => {
  it('"s2-b1-0"은 2단계의 1번 분기 아래 0번', () => {
    expect(parseBranchKey('s2-b1-0')).toEqual({ stepNumber: 2, indexes: [1, 0] });
    expect(parseBranchKey(branchKey(3, [0, 2, 1]))).toEqual({ stepNumber: 3, indexes: [0, 2, 1] });
  });
  it('"s2"는 분기 없는 2단계, "main"이나 "s0"은 분기 키가 아니다', () => {
    expect(parseBranchKey('s2')).toEqual({ stepNumber: 2, indexes: [] });
    expect(parseBranchKey('main')).toBeUndefined();
    expect(parseBranchKey('s0')).toBeUndefined();
    expect(parseBranchKey('s2-1')).toBeUndefined();
  });
});

describe('스크립트가 쓰는 슬롯', () => {
  it('단계와 분기 속 문장에서 처음 나온 순서대로 모은다', () => {
    const steps = [
      { title: '①', kind: 'empathy' as const, script: ['실례지만 {{usageDate}} 이용 건 말씀하실까요?'] },
      { title: '②', kind: 'explain' as const, script: [], branches: [{ label: 'Y', script: [{ note: '{{amount}} 확인' }], branches: [{ label: 'N', script: ['{{usageDate}} {{carNumber}}'] }] }] },
    ];
    expect(scriptSlotNames(steps)).toEqual(['usageDate', 'amount', 'carNumber']);
  });
});
