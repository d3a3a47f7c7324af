/** Line fingerprints: the same in Node and the browser, and what counts as changed since a visit. */
import { describe, expect, it } from 'vitest';
import { changedSince, fingerprintPattern, lineFingerprint } from '../../../src/model/line-fingerprint';
import { scriptFingerprints, spokenLines } from '../../../src/model/script-lines';
import type { Step } from '../../../src/model/step';

describe('문장 지문', () => {
  it('FNV-1a 32비트, 16진수 8자리: 같은 문장은 같은 지문, 한 글자만 달라도 다른 지문', () => {
    expect(lineFingerprint('')).toBe('811c9dc5');
    expect(lineFingerprint('a')).toBe('e40c292c');
    const line = '첨부 감사합니다.';
    expect(lineFingerprint(line)).toMatch(fingerprintPattern);
    expect(lineFingerprint(line)).toBe(lineFingerprint('첨부 감사합니다.'));
    expect(lineFingerprint(line)).not.toBe(lineFingerprint('첨부해 주셔서 감사합니다.'));
  });

  it('말할 문장과 (예시) 문장만, 분기 안까지 읽는 순서대로; 참고·경로·링크는 빠진다', () => {
    const steps = [
      { title: '확인', kind: 'check', script: [{ example: '예시 문장' }, '실례지만 {{usageDate}} 이용 건 말씀하실까요?', { note: '상담사만 보는 안내' }], branches: [{ label: 'Y', script: ['네 문장'], branches: [{ label: 'N', script: ['깊은 문장'] }] }] },
      { title: '안내', kind: 'guide', script: [{ route: { title: '경로', segments: ['앱'] } }, '네 문장'] },
    ] as Step[];
    expect(spokenLines(steps)).toEqual(['예시 문장', '실례지만 {{usageDate}} 이용 건 말씀하실까요?', '네 문장', '깊은 문장', '네 문장']);
    expect(scriptFingerprints(steps)).toHaveLength(4);
  });

  it('바뀐 문장: 지난번에 없던 지문 (지워진 문장은 세지 않는다)', () => {
    expect(changedSince(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual(['b']);
    expect(changedSince(['a'], [])).toEqual(['a']);
  });
});
