import { describe, expect, it } from 'vitest';
import { dropLeading, markFirstTerms, scriptTexts, TermMarkPlan } from '../../../src/site/glossary-marks';

const terms = [{ term: '발레' }, { term: '발레패스' }, { term: '발레존' }, { term: '입차' }, { term: '출차' }, { term: '차량정보' }];
const mark = (text: string, seen = new Set<string>()) => markFirstTerms(text, terms, seen).map((segment) => (typeof segment === 'string' ? segment : `[${segment.text}]`)).join('');

describe('용어 표시', () => {
  it('"발레패스를 해지" → 긴 용어 발레패스가 이기고 조사 "를"은 밖에 남는다', () => {
    expect(mark('발레패스를 해지')).toBe('[발레패스]를 해지');
    expect(markFirstTerms('발레패스를 해지', terms, new Set())).toEqual([{ text: '발레패스', entry: { term: '발레패스' } }, '를 해지']);
  });

  it('합성어 안의 용어도 찾는다: "입차처리하다 보니" → [입차]처리하다 보니', () => {
    expect(mark('발레존 직원이 직접 입차처리하다 보니')).toBe('[발레존] 직원이 직접 [입차]처리하다 보니');
  });

  it('같은 용어는 처음 한 번만 표시한다', () => {
    expect(mark('발레 서비스의 경우 발레 요금은')).toBe('[발레] 서비스의 경우 발레 요금은');
  });

  it('이미 본 긴 용어 안의 짧은 용어는 표시하지 않는다: 두 번째 발레패스 안의 발레', () => {
    const seen = new Set<string>();
    expect(mark('발레패스로 결제', seen)).toBe('[발레패스]로 결제');
    expect(mark('발레패스를 해지하지 않아 발생된 발레요금', seen)).toBe('발레패스를 해지하지 않아 발생된 [발레]요금');
    expect([...seen]).toEqual(['발레패스', '발레']);
  });

  it('표시해도 글자는 그대로다', () => {
    const text = '차량정보가 변경되었으나 출차하셨으나 발레존 측으로';
    expect(markFirstTerms(text, terms, new Set()).map((segment) => (typeof segment === 'string' ? segment : segment.text)).join('')).toBe(text);
  });

  it('용어가 없으면 문장 하나를 그대로 돌려준다', () => {
    expect(markFirstTerms('첨부 감사합니다.', terms, new Set())).toEqual(['첨부 감사합니다.']);
    expect(markFirstTerms('', terms, new Set())).toEqual([]);
  });

  it('페이지 계획: 읽는 순서로 첫 등장만, 같은 문장이 반복되면 처음 것만 표시한다', () => {
    const plan = new TermMarkPlan(['실례지만 결제 건', '발레패스로 결제', '발레존 직원이 발레패스를', '발레패스로 결제'], terms);
    expect(plan.entries.map((entry) => entry.term)).toEqual(['발레패스', '발레존']);
    expect(plan.take('실례지만 결제 건')).toBeUndefined();
    expect(plan.take('발레패스로 결제')).toEqual([{ text: '발레패스', entry: { term: '발레패스' } }, '로 결제']);
    expect(plan.take('발레패스로 결제')).toBeUndefined();
    expect(plan.take('발레존 직원이 발레패스를')).toEqual([{ text: '발레존', entry: { term: '발레존' } }, ' 직원이 발레패스를']);
  });
});

describe('스크립트 글 순서', () => {
  it('단계 문장 → 분기 이름 → 분기 문장 → 하위 분기 순서이고, 슬롯에서 끊는다', () => {
    const steps = [
      { script: [{ example: '놀라셨겠습니다.' }, '차량번호 {{carNumber}}는 맞을까요?'], branches: [{ label: '판매차량/ 렌트차량', script: ['발레패스 해지'], branches: [{ label: 'Y', script: ['첨부 감사합니다.'] }] }] },
      { script: [{ note: '참고 문장' }, { link: { label: '바로가기', url: 'https://example.com' } }] },
    ];
    expect(scriptTexts(steps)).toEqual(['놀라셨겠습니다.', '차량번호 ', '는 맞을까요?', '판매차량/ 렌트차량', '발레패스 해지', 'Y', '첨부 감사합니다.', '참고 문장']);
  });
});

describe('슬롯 뒤 조사 떼기', () => {
  const entry = { term: '발레' };
  it('"는 발레존" 앞 한 글자(조사)를 떼도 표시는 남는다', () => {
    expect(dropLeading(['는 ', { text: '발레', entry }, '존'], 1)).toEqual([' ', { text: '발레', entry }, '존']);
  });
  it('잘린 표시는 글자만 남는다', () => {
    expect(dropLeading([{ text: '발레', entry }, ' 요금'], 1)).toEqual(['레', ' 요금']);
    expect(dropLeading(['으로'], 2)).toEqual([]);
  });
});
