import { describe, expect, it } from 'vitest';
import { formatSearchUrl, parseSearchUrl, type SearchUrlState } from '../../../src/elements/contract/search-url';

const state = (partial: Partial<SearchUrlState>): SearchUrlState => ({ query: '', literal: false, filters: {}, ...partial });

describe('search URL (?q=, filters, literal=1)', () => {
  it('reads the query, the filters (repeated for several values) and literal', () => {
    expect(parseSearchUrl('?q=%EB%B0%9C%EB%A0%88%ED%8C%A8%EC%8A%A4&site=%EC%97%90%EB%B2%84%EB%9E%9C%EB%93%9C&site=%EC%BD%94%EC%97%91%EC%8A%A4&category3=a&literal=1')).toEqual({
      query: '발레패스',
      literal: true,
      filters: { category3: ['a'], site: ['에버랜드', '코엑스'] },
    });
    expect(parseSearchUrl('')).toEqual(state({}));
  });

  it('writes a state that reads back the same (round trip)', () => {
    const states = [
      state({ query: '발레패스 해지' }),
      state({ query: '환볼', literal: true }),
      state({ query: '출차', filters: { category3: ['발레 ▶ 오류 ▶ 입/출차오인식'], site: ['에버랜드', '코엑스'] } }),
      state({ query: 'a&b=c?#%', filters: { site: ['x&y'] } }),
      state({ filters: { site: ['에버랜드'] } }),
    ];
    for (const original of states) expect(parseSearchUrl(formatSearchUrl(original))).toEqual(original);
  });

  it('trims the query, leaves a blank one out, and writes literal only with a query', () => {
    expect(formatSearchUrl(state({ query: '  환볼 ', literal: true }))).toBe(`?${new URLSearchParams({ q: '환볼', literal: '1' })}`);
    expect(formatSearchUrl(state({ query: '   ', literal: true }))).toBe('');
    expect(formatSearchUrl(state({}))).toBe('');
  });

  it('keeps the page’s other parameters and replaces its own', () => {
    expect(formatSearchUrl(state({ query: '요금' }), '?mode=practice&q=old&literal=1&site=a')).toBe('?mode=practice&q=%EC%9A%94%EA%B8%88');
    expect(formatSearchUrl(state({}), '?mode=practice&q=old')).toBe('?mode=practice');
  });

  it('tolerates bad input: unknown parameters, empty or repeated values, bad escapes, literal other than 1', () => {
    expect(parseSearchUrl('?foo=bar&site=&site=a&site=a&category1=&literal=yes')).toEqual(state({ filters: { site: ['a'] } }));
    expect(parseSearchUrl('?q=%E0%A4%A&literal=0').query).toBe('\uFFFD%A');
    expect(parseSearchUrl('q=plain').query).toBe('plain');
    expect(() => parseSearchUrl('?%%%=&&&q')).not.toThrow();
  });

});
