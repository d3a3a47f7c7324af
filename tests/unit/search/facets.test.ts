/**
 * Exact chip counts: every chip's count equals the total the search core lists once that chip is
 * chosen — for multi-word queries (every-term or any-term matches), with filters chosen in other
 * groups, with a site named in the query (and the retry without it), on random corpora.
 */
import { describe, expect, it } from 'vitest';
import { searchKorean, type SearchFilters } from '../../../src/search/client';
import { chipCounts, choose, listIds, type FacetContext, type Membership } from '../../../src/search/facets';
import { emptyLexicon, type Lexicon } from '../../../src/korean/lexicon';
import { testEngine, type TestPage } from '../../helpers/search-engine';

/** A seeded PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const words = ['출차', '요금', '환불', '발레패스', '해지', '영수증', '입차', '쿠폰', '결제', '차량번호'];
const categories = ['발레 ▶ 오류 ▶ 입/출차오인식', '발레 ▶ 결제 ▶ 환불', '발레 ▶ 결제 ▶ 요금', '주차 ▶ 정기권 ▶ 해지', '주차 ▶ 할인 ▶ 쿠폰'];
const sites = ['인천공항', '김포공항', '코엑스', '에버랜드', '기타현장'];

function fakeCorpus(seed: number, size = 60): TestPage[] {
  const random = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: size }, (_, index) => ({
    id: `page-${index}`,
    title: `${pick(words)} 문의 ${index}`,
    text: Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(words)).join(' '),
    category: pick(categories),
    sites: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(sites)))],
  }));
}

const lexicon: Lexicon = { ...emptyLexicon, sites };
const chipNames = ['category3', 'site'];

/** For every value of every chip group: the chip's count vs. the core's total with that chip chosen. */
async function expectExact(pages: TestPage[], query: string, filters: SearchFilters) {
  const engine = testEngine(pages, lexicon);
  const outcome = await searchKorean(engine, query, { filters });
  let compared = 0;
  for (const name of chipNames) {
    const counts = chipCounts(outcome.facets, filters, name);
    for (const value of outcome.facets.membership[name]!.keys()) {
      const clicked = await searchKorean(engine, query, { filters: choose(filters, name, value) });
      expect({ query, filters, name, value, count: counts[value] ?? 0 }).toEqual({ query, filters, name, value, count: clicked.total });
      compared++;
    }
  }
  return { outcome, compared };
}

describe('검색 결과 수와 필터 칩 개수 (정확한 개수)', () => {
  const pages = fakeCorpus(7);

  it('칩 개수 = 칩을 누른 뒤 결과 수, 적재한 15건에 묶이지 않는다', async () => {
    await expectExact(pages, '출차 요금', {});
    const { outcome, compared } = await expectExact(pages, '요금', {});
    expect(compared).toBe(categories.length + sites.length);
    expect(outcome.total).toBeGreaterThan(15);
    expect(outcome.hits.length).toBe(10);
    // Category values are disjoint, so their counts add up to the total.
    const counts = chipCounts(outcome.facets, {}, 'category3');
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(outcome.total);
  });

  it('다른 묶음의 필터가 골라져 있으면 그 필터를 둔 채로 센다; 같은 묶음의 선택은 그 칩 하나로 바뀐 목록', async () => {
    await expectExact(pages, '결제 쿠폰', { site: ['코엑스'] });
    await expectExact(pages, '결제 쿠폰', { category3: [categories[1]!], site: ['김포공항', '에버랜드'] });
  });

  it('검색어에 현장 이름: 그 현장으로 좁히고, 좁혀서 없으면 현장 없이 찾는 규칙까지 같다', async () => {
    await expectExact(pages, '인천공항 출차', {});
    await expectExact(pages, '인천공항 해지', { category3: [categories[3]!] });
    await expectExact(pages, '코엑스', {});
  });

  it('여러 시드의 무작위 코퍼스에서도 같다', async () => {
    for (const seed of [1, 2, 3]) {
      await expectExact(fakeCorpus(seed, 40), '영수증 입차', { category3: [categories[seed]!] });
      await expectExact(fakeCorpus(seed, 40), '김포공항 환불 결제', {});
    }
  });

  it('칩 개수는 Pagefind를 부르지 않는다 (스크립트 표로 센다)', async () => {
    const engine = testEngine(pages, lexicon);
    const outcome = await searchKorean(engine, '영수증', {});
    const calls = engine.pagefindCalls.length;
    chipCounts(outcome.facets, {}, 'category3');
    chipCounts(outcome.facets, {}, 'site');
    expect(engine.pagefindCalls.length).toBe(calls);
  });
});

describe('facets.ts: chipCounts = listIds(칩 하나를 고른 필터)의 크기', () => {
  const membership: Membership = {
    category3: new Map([
      ['A', new Set([1, 2, 3])],
      ['B', new Set([4, 5])],
    ]),
    site: new Map([
      ['인천공항', new Set([1, 4])],
      ['코엑스', new Set([2, 5, 6])],
    ]),
  };
  const context = (over: Partial<FacetContext> = {}): FacetContext => ({ all: new Set([1, 2, 4, 5, 6]), any: new Set([1, 2, 4, 5, 6]), membership, querySites: [], canDropSites: true, ...over });

  it('필터 없이: 값마다 결과와 겹치는 수', () => {
    expect(chipCounts(context(), {}, 'category3')).toEqual({ A: 2, B: 2 });
    expect(chipCounts(context(), {}, 'site')).toEqual({ 인천공항: 2, 코엑스: 3 });
  });

  it('검색어의 현장(인천공항)은 카테고리 개수를 좁히고, 좁혀서 0이면 현장 없이 센다', () => {
    const named = context({ querySites: ['인천공항'], all: new Set([2, 4, 5]), any: new Set([2, 4, 5]) });
    expect(listIds(named, {})).toEqual([4]);
    // A has no result at 인천공항 → the core retries without the site: A counts its one result (2).
    expect(chipCounts(named, {}, 'category3')).toEqual({ A: 1, B: 1 });
    expect(listIds(named, choose({}, 'category3', 'A'))).toEqual([2]);
  });

  it('모든 낱말이 맞는 결과가 필터 안에 없으면 한 낱말이라도 맞는 결과를 보이고, 칩도 그렇게 센다', () => {
    const partial = context({ all: new Set([1]), any: new Set([1, 2, 4, 5]) });
    expect(listIds(partial, {})).toEqual([1]);
    expect(listIds(partial, { category3: ['B'] })).toEqual([4, 5]);
    expect(chipCounts(partial, {}, 'category3')).toEqual({ A: 1, B: 2 });
  });

  it('한 번에 세는 방식이 정의(칩마다 listIds)와 같다: 무작위 표, 여러 현장, 검색어 현장, 다른 묶음의 필터', () => {
    const random = prng(11);
    const pickSome = <T,>(list: readonly T[], most: number) => [...new Set(Array.from({ length: Math.floor(random() * (most + 1)) }, () => list[Math.floor(random() * list.length)]!))];
    for (let round = 0; round < 200; round++) {
      const scripts = 30;
      const membership: Membership = { category3: new Map(), site: new Map() };
      for (let script = 0; script < scripts; script++) {
        const category = categories[Math.floor(random() * categories.length)]!;
        (membership.category3!.get(category) as Set<number> | undefined ?? membership.category3!.set(category, new Set()).get(category)! as Set<number>).add(script);
        for (const site of pickSome(sites, 3)) (membership.site!.get(site) as Set<number> | undefined ?? membership.site!.set(site, new Set()).get(site)! as Set<number>).add(script);
      }
      const any = [...new Set(pickSome([...Array(scripts).keys()], 25))].sort((a, b) => a - b);
      const all = any.filter(() => random() < 0.4);
      const context: FacetContext = { all, any, membership, querySites: pickSome(sites, 2), canDropSites: random() < 0.7 };
      const filters: SearchFilters = {};
      if (random() < 0.5) filters.category3 = pickSome(categories, 2);
      if (random() < 0.5) filters.site = pickSome(sites, 2);
      for (const name of chipNames) {
        const expected: Record<string, number> = {};
        for (const value of membership[name]!.keys()) {
          const count = listIds(context, choose(filters, name, value)).length;
          if (count) expected[value] = count;
        }
        expect({ round, name, counts: chipCounts(context, filters, name) }).toEqual({ round, name, counts: expected });
      }
    }
  });
});
