/** A list's verb in any form (listed-verbs.ts) and the thesaurus matching it with any ending (findSynonyms anyForm). */
import { describe, expect, it } from 'vitest';
import { isListedVerbForm, listedVerb, stemsOfListedVerb } from '../../../src/korean/listed-verbs';
import { findSynonyms } from '../../../src/korean/query';

describe('사전에 적힌 동사의 어간 (stemsOfListedVerb)', () => {
  it.each([
    ['빼다', false, ['빼']],
    ['가져갔', false, ['가져가']],
    ['박았', false, ['박']],
    ['바뀌었', false, ['바뀌']],
    ['털렸', false, ['털리', '털려']],
    ['왔', false, []],
    ['나감', false, ['나가']],
    ['들이받음', false, ['들이받']],
    ['빼기', true, ['빼']],
  ])('%s → %j', (word, afterWord, stems) => expect(stemsOfListedVerb(word, afterWord)).toEqual(stems));

  it('명사와 가벼운 동사는 아니다: 처음, 알림의 음·림이 아닌 말, -기 홀로 (나가기: 메뉴 이름), 못 찾겠의 겠, 시간마다, 해지하다, 결제됨', () => {
    expect(stemsOfListedVerb('처음', false)).toEqual([]);
    expect(stemsOfListedVerb('나가기', false)).toEqual([]);
    expect(stemsOfListedVerb('찾겠', true)).toEqual([]);
    expect(stemsOfListedVerb('시간마다', false)).toEqual([]);
    expect(stemsOfListedVerb('해지하다', false)).toEqual([]);
    expect(stemsOfListedVerb('결제됨', false)).toEqual([]);
    expect(stemsOfListedVerb('요금', false)).toEqual([]);
  });

  it('질의 낱말이 그 동사의 어떤 꼴이든 (빼서, 뺐는데, 뺀, 빼다가; 가져간, 가져가서)', () => {
    const out = listedVerb('차 빼다')!;
    expect(out.head).toBe('차');
    for (const word of ['빼서', '뺐는데', '뺀', '뺄', '빼다가', '빼고']) expect(isListedVerbForm(word, out)).toBe(true);
    // 빨리 and 뼈 start like it but are other words; the -ㅁ noun of a dictionary form is not read (알림 is not 알리다).
    for (const word of ['빨리', '뼈', '빼앗겼', '배서']) expect(isListedVerbForm(word, out)).toBe(false);
    expect(isListedVerbForm('알림이', listedVerb('알리다')!)).toBe(false);
    for (const word of ['가져간', '가져가서', '가져갔대요']) expect(isListedVerbForm(word, listedVerb('가져갔')!)).toBe(true);
    expect(isListedVerbForm('가져와', listedVerb('가져갔')!)).toBe(false);
  });
});

describe('사전 동사는 어떤 어미로도 (findSynonyms anyForm: 고객 표현 사전)', () => {
  const thesaurus = {
    synonyms: [
      ['차 빼기', '출차'],
      ['가져갔', '도난'],
      ['끊다', '해지'],
      ['차 나감', '출차'],
      ['돈 나감', '결제'],
      ['나가기', '로그아웃'],
    ] as [string, string][],
  };
  const terms = (query: string, anyForm = true) => findSynonyms(query.split(' '), thesaurus, { anyForm }).map((span) => span.term);

  it('과거·-기로 적힌 동사도 다른 어미로 (차 빼기 ↔ 차 빼서, 차를 뺐는데; 가져갔 ↔ 가져간; 끊다 ↔ 끊었는데)', () => {
    expect(terms('차 빼서 왔는데')).toEqual(['출차']);
    expect(terms('차를 뺐는데')).toEqual(['출차']);
    expect(terms('누가 가져간 것 같아요')).toEqual(['도난']);
    expect(terms('발레패스 끊었는데')).toEqual(['해지']);
  });
  it('명사와 동사 사이의 부사는 건너뛴다 (차는 이미 빼서, 계정을 아예 없애), 부정은 아니다 (차 안 빼서)', () => {
    expect(terms('차는 이미 빼서')).toEqual(['출차']);
    expect(findSynonyms(['계정을', '아예', '없애', '달라고'], { synonyms: [['계정 없애기', '탈퇴']] }, { anyForm: true }).map((span) => span.term)).toEqual(['탈퇴']);
    expect(terms('차 안 빼서')).toEqual([]);
  });
  it('같은 동사라도 앞 명사가 다르면 다른 말 (차 나갔는데 → 출차, 돈이 나갔다고 → 결제), 메뉴 이름 나가기는 동사가 아니다', () => {
    expect(terms('차 나갔는데')).toEqual(['출차']);
    expect(terms('돈이 나갔다고')).toEqual(['결제']);
    expect(terms('나갔는데')).toEqual([]);
  });
  it('용어집(anyForm 아님)은 적힌 꼴대로만 (차 빼기 ≠ 차 빼서)', () => expect(terms('차 빼서', false)).toEqual([]));
});
