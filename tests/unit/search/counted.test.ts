/** A number with a unit (counted.ts): read as the site's words of that unit with any number, never as a typo. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey } from '../../../src/search/data/format';
import { countedReadings, unitOf } from '../../../src/search/counted';
import { resolveTerms } from '../../../src/search/resolve';

const record = (title: string, content: string): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', id: title, page: `/faq/${title}/`, title, headings: [], content: `${title} ${content}`, category: '주차', sites: ['기타현장'] });

const data = buildSearchData([
  record('주차 무료 회차 시간이 얼마나 되나요?', '입차 후 10분 안에 출차하시면 요금이 부과되지 않습니다. 10분이 지나면 기본 요금이 결제됩니다.'),
  record('카드 승인 문자가 두 번 왔어요.', '첫 번째 승인은 임시 승인입니다. 2층 정산소에서 확인합니다. 15분이 걸립니다.'),
]);
const shardOf = (text: string) => data.shards.get(shardKey(text));
const lexicon = buildLexicon([], []);
const read = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, shardOf).map((term) => `${term.typed.join(' ')}=${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}${term.optional ? '?' : ''}`);

describe('수와 단위 (5분, 10분도, 삼십 분째)', () => {
  it('단위를 알아본다: 숫자+단위, 숫자 없는 단위+세는 말', () => {
    expect(unitOf('5분')).toBe('분');
    expect(unitOf('10분도')).toBe('분');
    expect(unitOf('분째')).toBe('분');
    expect(unitOf('3일간')).toBe('일');
  });
  it('단위가 아닌 말은 아니다 (분실물, 번째, 일정, 시간이)', () => {
    for (const word of ['분실물', '번째', '일정', '시간이', '5대까지']) expect(unitOf(word)).toBeUndefined();
    expect(countedReadings(shardOf, '분실물')).toBeUndefined();
  });
  it('사이트의 같은 단위 낱말로, 숫자는 달라도 (5분 → 10분, 15분이): 순위에만 쓴다', () => {
    expect(read('5분 만에 나왔는데 요금')).toContain('5분=part:10분/part:15분이?');
  });
  it('숫자 없는 분째는 번째의 오타가 아니다', () => {
    expect(read('삼십 분째').join(' ')).not.toMatch(/번째|typo/);
    expect(read('삼십 분째 요금')).toContain('분째=part:10분/part:15분이?');
  });
  it('사이트에 그 단위가 없으면 아무것도 찾지 않는다 (3개월)', () => expect(countedReadings(shardOf, '3개월')).toEqual([]));
});
