import { describe, expect, it } from 'vitest';
import { fillLine, type SlotDefinitions } from '../../../src/korean/fill-line';
import { particleAt, particleFor, spokenEnding } from '../../../src/korean/particle';
import { splitSentences } from '../../../src/korean/sentences';
import { slotValueText } from '../../../src/model/slot-value';
import { vocabulary } from '../../helpers/schema';

const slots: SlotDefinitions = new Map(vocabulary.slots.map((slot) => [slot.name, slot]));
const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('슬롯 뒤 조사 찾기', () => {
  it('"는 고객님께서"는 은/는 조사 "는"으로 시작한다', () => {
    expect(particleAt('는 고객님께서')).toEqual({ written: '는', pair: '은/는' });
  });
  it('"으로 확인 됩니다."는 으로/로 조사 "으로"로 시작한다 ("으"나 "이"로 자르지 않는다)', () => {
    expect(particleAt('으로 확인 됩니다.')).toEqual({ written: '으로', pair: '으로/로' });
    expect(particleAt('이나 문자')).toEqual({ written: '이나', pair: '이나/나' });
  });
  it('띄어 쓴 말이나 다른 낱말("이용", " 결제")은 조사가 아니다', () => {
    expect(particleAt('이용 건')).toBeUndefined();
    expect(particleAt(' 결제 건')).toBeUndefined();
    expect(particleAt('에 결제')).toBeUndefined();
  });
});

describe('값에 맞는 조사', () => {
  it('"12가3456"은 숫자를 한 자씩 읽어 "육"으로 끝나므로 "은"', () => {
    expect(particleFor('12가3456', '은/는', 'digits')).toBe('은');
  });
  it('"12가3452"는 "이"로 끝나므로 "는", "12가3457"은 ㄹ받침이라 "로"', () => {
    expect(particleFor('12가3452', '은/는', 'digits')).toBe('는');
    expect(particleFor('12가3457', '으로/로', 'digits')).toBe('로');
  });
  it('금액 숫자는 수로 읽는다: 10000 → "일만"이라 "으로", 1002 → "천이"라 "로"', () => {
    expect(spokenEnding('10000')).toBe('일만');
    expect(particleFor('10000', '으로/로')).toBe('으로');
    expect(spokenEnding('1,002')).toBe('천이');
    expect(particleFor('1002', '으로/로')).toBe('로');
  });
  it('한글로 끝나는 값은 es-hangul이 그대로 고른다: "15,000원" → "으로", "서울" → "로"', () => {
    expect(particleFor('15,000원', '으로/로')).toBe('으로');
    expect(particleFor('서울', '으로/로')).toBe('로');
  });
});

describe('입력값 표시', () => {
  it('금액 "15000"은 "15,000원"으로, 날짜 "11/3"은 "11월 3일"로 보인다', () => {
    expect(slotValueText('amount', '15000')).toBe('15,000원');
    expect(slotValueText('amount', '15,000원')).toBe('15,000원');
    expect(slotValueText('date', '11/3')).toBe('11월 3일');
    expect(slotValueText('date', '11월 3일')).toBe('11월 3일');
  });
  it('차량번호는 입력한 그대로(앞뒤 공백만 없앰) 보인다', () => {
    expect(slotValueText('carNumber', ' 12가 3456 ')).toBe('12가 3456');
  });
});

describe('문장 채우기', () => {
  const q1 = '등록된 차량번호 {{carNumber}}는 고객님께서 이용하시는 차량이 맞을까요?';
  it('빈 슬롯은 시드의 자리표시와 조사를 그대로 쓴다', () => {
    expect(fillLine(q1, values({}), slots)).toBe('등록된 차량번호 OOO OOOO는 고객님께서 이용하시는 차량이 맞을까요?');
    expect(fillLine('발레 요금은 {{amount}}으로 확인 됩니다.', values({}), slots)).toBe('발레 요금은 ○○○원으로 확인 됩니다.');
  });
  it('차량번호 "12가3456"을 넣으면 "12가3456은"이 된다', () => {
    expect(fillLine(q1, values({ carNumber: '12가3456' }), slots)).toBe('등록된 차량번호 12가3456은 고객님께서 이용하시는 차량이 맞을까요?');
  });
  it('요금 "5000"을 넣으면 "5,000원으로"가 된다', () => {
    expect(fillLine('발레 요금은 {{amount}}으로 확인 됩니다.', values({ amount: '5000' }), slots)).toBe('발레 요금은 5,000원으로 확인 됩니다.');
  });
  it('값은 글자 그대로 들어간다 (HTML로 해석하지 않음)', () => {
    expect(fillLine('실례지만 {{usageDate}} 이용 건', values({ usageDate: '<img src=x onerror=alert(1)>' }), slots)).toBe('실례지만 <img src=x onerror=alert(1)> 이용 건');
  });
});

describe('문장 나누기', () => {
  it('한 줄에 두 문장이면 둘로 나눈다', () => {
    expect(splitSentences('발레 요금은 ○○○원으로 확인 됩니다. 혹시 현장에서 별도 결제하셨을까요?')).toEqual(['발레 요금은 ○○○원으로 확인 됩니다.', '혹시 현장에서 별도 결제하셨을까요?']);
  });
  it('따옴표 안의 문장들은 나누지 않는다', () => {
    const quoted = "'본인 차량이 아닌 차량으로 발레패스 등록할 경우 회원님의 결제 정보로 결제가 이뤄질 수 있습니다. 발레패스 등록에 대한 책임은 고객님에게 있습니다.'";
    expect(splitSentences(quoted)).toEqual([quoted]);
  });
});
