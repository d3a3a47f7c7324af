/** The review before publishing: sentences added, changed and removed, and the updated/changes stamp. */
import { describe, expect, it } from 'vitest';
import type { Faq } from '../../../src/model/faq';
import { changeSummary, sentenceDiff, stampChange } from '../../../src/editor/review/sentence-diff';

const faq = (steps: Faq['steps'], extra: Partial<Faq> = {}): Faq =>
  ({ id: 'x', title: '제목', category: ['발레'], sites: ['에버랜드'], updated: '2026-11-25', steps, ...extra }) as Faq;
const before = faq([{ title: '확인', kind: 'check', script: ['첫 문장입니다.', '둘째 문장입니다.'], branches: [{ label: 'Y', script: ['예 문장'] }] }]);

describe('바뀐 문장 검토', () => {
  it('고친 문장, 더한 문장, 지운 문장을 나눈다', () => {
    const after = faq([{ title: '확인', kind: 'check', script: ['첫 문장을 고쳤습니다.', { example: '새 예시' }], branches: [{ label: 'Y', script: ['예 문장'], branches: [{ label: 'N', script: [] }] }] }]);
    const diff = sentenceDiff(before, after);
    expect(diff.changed).toEqual([{ before: '첫 문장입니다.', after: '첫 문장을 고쳤습니다.' }, { before: '둘째 문장입니다.', after: '새 예시' }]);
    expect(diff.added).toEqual(['N']);
    expect(diff.removed).toEqual([]);
    expect(changeSummary(diff)).toBe('문장 2개 변경, 1개 추가 (편집기)');
  });

  it('순서만 바뀐 문장은 바뀐 것으로 세지 않는다', () => {
    const after = faq([{ title: '확인', kind: 'check', script: ['둘째 문장입니다.', '첫 문장입니다.'], branches: [{ label: 'Y', script: ['예 문장'] }] }]);
    expect(sentenceDiff(before, after)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('저장할 때 updated를 오늘로 하고 changes 맨 위에 한 줄을 더한다', () => {
    const after = faq([{ title: '확인', kind: 'check', script: ['첫 문장입니다.'], branches: [{ label: 'Y', script: ['예 문장'] }] }]);
    const stamped = stampChange(before, after, '2026-12-02');
    expect(stamped.updated).toBe('2026-12-02');
    expect(stamped.changes).toEqual([{ date: '2026-12-02', summary: '문장 1개 삭제 (편집기)' }]);
  });

  it('편집자가 직접 쓴 오늘 줄은 그대로 두고, 바뀐 것이 없으면 아무것도 더하지 않는다', () => {
    const own = faq(before.steps.map((step) => ({ ...step, script: ['첫 문장입니다.'] })), { changes: [{ date: '2026-12-02', summary: '둘째 문장 삭제' }] });
    expect(stampChange(before, own, '2026-12-02').changes).toEqual([{ date: '2026-12-02', summary: '둘째 문장 삭제' }]);
    expect(stampChange(before, structuredClone(before), '2026-12-02')).toEqual(before);
  });
});
