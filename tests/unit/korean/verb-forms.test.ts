/** Verb forms that modify a noun (맡긴 차, 나온 차): the stem and -아/어 forms search looks for. */
import { describe, expect, it } from 'vitest';
import { adnominalStem, isFormOf } from '../../../src/korean/verb-forms';

describe('관형형의 동사 줄기', () => {
  it.each([
    ['맡긴', { stem: '맡기', infinitive: '맡겨', past: '맡겼', nominal: '맡김' }],
    ['나온', { stem: '나오', infinitive: '나와', past: '나왔', nominal: '나옴' }],
    ['세운', { stem: '세우', infinitive: '세워', past: '세웠', nominal: '세움' }],
    ['긁힌', { stem: '긁히', infinitive: '긁혀', past: '긁혔', nominal: '긁힘' }],
    ['늘어난', { stem: '늘어나', infinitive: '늘어나', past: '늘어났', nominal: '늘어남' }],
    ['지난', { stem: '지나', infinitive: '지나', past: '지났', nominal: '지남' }],
    ['맡길', { stem: '맡기', infinitive: '맡겨', past: '맡겼', nominal: '맡김' }],
    ['나오는', { stem: '나오', infinitive: '나와', past: '나왔', nominal: '나옴' }],
    ['없어진', { stem: '없어지', infinitive: '없어져', past: '없어졌', nominal: '없어짐' }],
    ['남겨진', { stem: '남겨지', infinitive: '남겨져', past: '남겨졌', nominal: '남겨짐' }],
    ['붙잡은', { stem: '붙잡', nominal: '붙잡음' }],
  ])('%s → %j', (word, verb) => expect(adnominalStem(word)).toEqual(verb));

  it('가벼운 동사(결제한, 취소된), 한 음절 줄기(받은, 쓴), 끝소리가 ㄴ·ㄹ이 아닌 낱말(차량, 요금)은 아니다', () => {
    for (const word of ['결제한', '취소된', '등록할', '받은', '넣은', '쓴', '차량', '요금', '영수증', 'IFC']) expect(adnominalStem(word)).toBeUndefined();
  });

  it('사이트 낱말이 그 동사의 다른 꼴인지 (맡기고, 맡겨요, 맡겼는데 / 맡기 다음 낱말, 빠져나가는 다른 동사)', () => {
    const verb = adnominalStem('맡긴')!;
    for (const word of ['맡기고', '맡기신', '맡겨', '맡겨요', '맡겼는데', '맡김', '맡김을']) expect(isFormOf(word, verb)).toBe(true);
    for (const word of ['맡긴', '맡겨지다', '맡김표']) expect(isFormOf(word, verb)).toBe(false);
    // A stem that swallows -아/어 (늘어나): its past takes any ending.
    expect(isFormOf('늘어났어요', adnominalStem('늘어난')!)).toBe(true);
    expect(isFormOf('빠져나가', adnominalStem('빠진')!)).toBe(false);
    expect(isFormOf('빠졌어요', adnominalStem('빠진')!)).toBe(true);
  });
});
