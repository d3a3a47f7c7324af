import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { enumerateBranchPaths, type Branch } from '../../../src/model/branch';
import { cardSituation, practiceCards, type PracticeBranch } from '../../../src/model/practice';
import { isPracticeUrl } from '../../../src/model/practice-url';
import { routePath } from '../../../src/site/routes';

const practiceUrl = (id: string) => routePath({ page: 'practice', id }, '/');
import { blockTexts } from '../../../src/model/script';
import type { Step } from '../../../src/model/step';
import { bundledContent, validate } from '../../helpers/schema';

const bundled = globSync('faq/**/*.mdx', { cwd: bundledContent }).map((file) => {
  const result = validate(readFileSync(path.join(bundledContent, file), 'utf8'), file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
});
const byId = (id: string) => bundled.find((faq) => faq.id === id)!;

/** Every text of a script, to check that the cards together cover all of it. */
const allTexts = (steps: Step[]) => {
  const fromBranches = (branches: Branch[]): string[] => branches.flatMap((branch) => [...branch.script.flatMap(blockTexts), ...fromBranches(branch.branches ?? [])]);
  return steps.flatMap((step) => [...step.script.flatMap(blockTexts), ...fromBranches(step.branches ?? [])]);
};

describe('연습 카드', () => {
  it('번들된 스크립트가 두 개 이상 있다', () => {
    expect(bundled.length).toBeGreaterThanOrEqual(2);
  });

  for (const faq of bundled) {
    it(`${faq.id}: 카드 수 = 분기 경로 수, 키는 모두 다르고 모든 문장을 덮는다`, () => {
      const cards = practiceCards(faq.steps);
      const expected = faq.steps.reduce((product, step) => product * (step.branches ? enumerateBranchPaths(step.branches).length : 1), 1);
      expect(cards).toHaveLength(expected);
      expect(new Set(cards.map((card) => card.key)).size).toBe(cards.length);
      const covered = new Set(cards.flatMap((card) => card.stops.flatMap((stop) => stop.blocks.flatMap(blockTexts))));
      expect(allTexts(faq.steps).filter((text) => !covered.has(text))).toEqual([]);
      for (const card of cards) expect(card.stops.map((stop) => stop.step)).toEqual(faq.steps.map((_, index) => index + 1));
    });
  }

  it('시드 Q1(발레패스 본인 미사용)은 ② 단계의 형제 분기 세 개 → 카드 3장', () => {
    const q1 = byId('valet-pass-not-own-use');
    expect(q1.steps[1]?.branches).toHaveLength(3);
    const cards = practiceCards(q1.steps);
    expect(cards.map((card) => card.key)).toEqual(['s2-b0', 's2-b1', 's2-b2']);
    expect(cards.map(cardSituation)).toEqual(['차량번호 탐색 › Y', '차량번호 탐색 › 판매차량/ 렌트차량', '차량번호 탐색 › 발레패스 부연설명 필요 시']);
    expect(cards[0]?.stops[1]?.choices[0]).toEqual({ label: 'Y', hint: '발레존/담당 부서 확인 필요' });
  });

  it('시드 Q2(출차처리)는 0원 / 요금 있음 › Y / 요금 있음 › N → 카드 3장', () => {
    const cards = practiceCards(byId('valet-exit-not-processed').steps);
    expect(cards.map((card) => card.key)).toEqual(['s2-b0', 's2-b1-0', 's2-b1-1']);
    expect(cards.map(cardSituation)).toEqual(['상황설명 › 이용 요금이 0원일 경우', '상황설명 › 이용 요금 있을 경우 › Y', '상황설명 › 이용 요금 있을 경우 › N']);
    // The Y card says the step's lines, the parent branch's question, then Y's lines — in that order.
    expect(cards[1]?.stops[1]?.blocks).toEqual([
      '현장에서 전산완료가 원활하게 진행되지 않아 어플 내에서 이용 중으로 확인되었던 것 같습니다.',
      '이용에 불편을 드려 죄송합니다.',
      '발레 요금은 {{amount}}으로 확인 됩니다. 혹시 현장에서 별도 결제하셨을까요?',
      '번거로우시겠지만 현장에서 결제하신 내역 첨부 가능하실까요?',
      '첨부 감사합니다.',
      '발레존 측으로 확인 후 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.',
    ]);
  });

  it('두 단계에서 갈라지면 단계마다 모든 경로가 한 번씩 나온다: max(2, 3) = 3장 (조합 2 × 3이 아니다)', () => {
    const leaf = (label: string) => ({ label, script: [label + ' 문장'] });
    const steps: Step[] = [
      { title: '확인', kind: 'check', script: ['확인 문장'], branches: [leaf('Y'), leaf('N')] },
      { title: '안내', kind: 'guide', script: [], branches: [leaf('A'), { label: 'B', script: [], branches: [leaf('B1'), leaf('B2')] }] },
    ];
    const cards = practiceCards(steps);
    expect(cards.map((card) => card.key)).toEqual(['s1-b0+s2-b0', 's1-b1+s2-b1-0', 's1-b1+s2-b1-1']);
    expect(cardSituation(cards[2]!)).toBe('확인 › N / 안내 › B › B2');
  });

  it('분기 단계가 많아도 카드 수는 가장 많이 갈라지는 단계의 경로 수다', () => {
    const fork = (title: string) => ({ title, kind: 'check' as const, script: [], branches: ['A', 'B', 'C', 'D'].map((label) => ({ label, script: [label] })) });
    const cards = practiceCards(Array.from({ length: 6 }, (_, index) => fork(`단계${index + 1}`)));
    expect(cards).toHaveLength(4);
    for (let step = 1; step <= 6; step++) expect(new Set(cards.map((card) => card.key.split('+')[step - 1]))).toEqual(new Set([0, 1, 2, 3].map((i) => `s${step}-b${i}`)));
  });

  it('분기가 없는 스크립트는 카드 1장(main)', () => {
    const cards = practiceCards([{ title: '안내', script: ['안녕하세요.'] }]);
    expect(cards).toEqual([{ key: 'main', stops: [{ step: 1, title: '안내', choices: [], blocks: ['안녕하세요.'] }] }]);
    expect(cardSituation(cards[0]!)).toBe('분기 없음');
  });

  it('블록이 무엇이든 (페이지에서 읽은 요소여도) 같은 카드와 키를 만든다', () => {
    // The script page's practice mode runs practiceCards over steps read from the page, blocks being elements.
    const q2 = byId('valet-exit-not-processed');
    type Tagged = { from: string };
    const tag = (block: unknown): Tagged => ({ from: JSON.stringify(block) });
    const retag = (branches: Branch[] | undefined): PracticeBranch<Tagged>[] | undefined =>
      branches?.map((branch) => ({ label: branch.label, hint: branch.hint, script: branch.script.map(tag), branches: retag(branch.branches) }));
    const fromPage = practiceCards(q2.steps.map((step) => ({ title: step.title, script: step.script.map(tag), branches: retag(step.branches) })));
    const fromData = practiceCards(q2.steps);
    expect(fromPage.map((card) => card.key)).toEqual(fromData.map((card) => card.key));
    expect(fromPage.map(cardSituation)).toEqual(fromData.map(cardSituation));
    expect(fromPage.map((card) => card.stops.map((stop) => stop.blocks))).toEqual(fromData.map((card) => card.stops.map((stop) => stop.blocks.map(tag))));
  });
});

describe('연습 주소', () => {
  it('연습은 스크립트 페이지의 모드다: 페이지를 따로 만들지 않는다', () => {
    expect(practiceUrl('valet-exit-not-processed')).toBe('/faq/valet-exit-not-processed/?mode=practice');
    expect(isPracticeUrl(new URL(practiceUrl('a'), 'http://kb.invalid'))).toBe(true);
    expect(isPracticeUrl(new URL('/faq/a/?mode=practice&q=1#s2-b0', 'http://kb.invalid'))).toBe(true);
    expect(isPracticeUrl(new URL('/faq/a/', 'http://kb.invalid'))).toBe(false);
    expect(isPracticeUrl(new URL('/faq/a/?mode=walk#practice', 'http://kb.invalid'))).toBe(false);
  });
});
