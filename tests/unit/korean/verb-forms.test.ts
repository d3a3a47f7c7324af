/** Verb forms that modify a noun (맡긴 차, 나온 차): the stem and -아/어 forms search looks for. */
import { describe, expect, it } from 'vitest';
import { adnominalStem, isFormOf } from '../../../src/korean/verb-forms';

describe('관형형의 동사 줄기', () => {
  it.each([
    ['맡긴', '맡기', ['맡겨', '맡겼']],
    ['나온', '나오', ['나와', '나왔']],
    ['세운', '세우', ['세워', '세웠']],
    ['긁힌', '긁히', ['긁혀', '긁혔']],
    ['늘어난', '늘어나', ['늘어났']],
    ['맡길', '맡기', ['맡겨', '맡겼']],
    ['나오는', '나오', ['나와', '나왔']],
    ['없어진', '없어지', ['없어져', '없어졌']],
  ])('%s → %s, %j', (word, stem, infinitives) => expect(adnominalStem(word)).toEqual({ stem, infinitives }));

  it('가벼운 동사(결제한, 취소된), 한 음절 줄기(받은, 쓴), 끝소리가 ㄴ·ㄹ이 아닌 낱말(차량, 요금)은 아니다', () => {
    for (const word of ['결제한', '취소된', '등록할', '받은', '넣은', '쓴', '차량', '요금', '영수증', 'IFC']) expect(adnominalStem(word)).toBeUndefined();
  });

  it('사이트 낱말이 그 동사의 다른 꼴인지 (맡기고, 맡겨요, 맡겼는데 / 맡기 다음 낱말, 빠져나가는 다른 동사)', () => {
    const verb = adnominalStem('맡긴')!;
    for (const word of ['맡기고', '맡기신', '맡겨', '맡겨요', '맡겼는데']) expect(isFormOf(word, verb)).toBe(true);
    for (const word of ['맡김', '맡긴', '맡겨지다']) expect(isFormOf(word, verb)).toBe(false);
    expect(isFormOf('빠져나가', adnominalStem('빠진')!)).toBe(false);
    expect(isFormOf('빠졌어요', adnominalStem('빠진')!)).toBe(true);
  });
});
