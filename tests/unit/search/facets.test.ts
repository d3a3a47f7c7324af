/**
 * Exact chip counts: every chip's count equals the total the search core finds once that chip is
 * chosen, for queries whose merged result set comes from several variants, with filters chosen in
 * other groups and with a site named in the query (including the core's retry without it).
 */
import { describe, expect, it, vi } from 'vitest';
import { exactChipCounts } from '../../../src/search/chip-counts';
import { searchKorean, type PagefindApi, type PagefindResult, type SearchFilters } from '../../../src/search/client';
import { chipCounts, choose, listIds, type FacetContext, type Membership } from '../../../src/search/facets';
import { emptyLexicon, type Lexicon } from '../../../src/korean/lexicon';

interface FakePage {
  id: string;
  text: string;
  filters: Record<string, string[]>;
}

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

function fakeCorpus(seed: number, size = 60): FakePage[] {
  const random = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: size }, (_, index) => {
    const pageSites = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(sites)))];
    const category = pick(categories);
    const parts = category.split(' ▶ ');
    return {
      id: `page-${index}`,
      text: Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(words)).join(' '),
      filters: { category1: [parts[0]!], category2: [parts.slice(0, 2).join(' ▶ ')], category3: [category], site: pageSites },
    };
  });
}

/** Pagefind's filter semantics: a string is one value, { any } is any of them; groups are all required. */
function matchesFilters(page: FakePage, filters: Record<string, unknown> = {}): boolean {
  return Object.entries(filters).every(([name, wanted]) => {
    const values = typeof wanted === 'string' ? [wanted] : ((wanted as { any: string[] }).any ?? []);
    return values.some((value) => page.filters[name]?.includes(value));
  });
}

function allFilters(pages: FakePage[]): Record<string, Record<string, number>> {
  const all: Record<string, Record<string, number>> = {};
  for (const page of pages) for (const [name, values] of Object.entries(page.filters)) for (const value of values) ((all[name] ??= {})[value] = (all[name]![value] ?? 0) + 1);
  return all;
}

/** A stand-in for pagefind.js over an in-memory corpus: term = substring of a page word. */
function fakePagefind(pages: FakePage[]): PagefindApi & { searches: number } {
  const api = {
    searches: 0,
    filters: async () => allFilters(pages),
    async search(term: string | null, options: { filters?: Record<string, unknown> } = {}) {
      api.searches++;
      const found = pages.filter((page) => matchesFilters(page, options.filters) && (term === null || page.text.split(' ').some((word) => word.includes(term) || term.includes(word))));
      const results: PagefindResult[] = found.map((page, rank) => ({
        id: page.id,
        score: 1 / (rank + 1),
        data: async () => ({ url: `/faq/${page.id}/`, content: page.text, excerpt: page.text, meta: { id: page.id, title: page.text }, filters: page.filters, sub_results: [] }),
      }));
      // Pagefind lists the values of the filters a search loaded (the ones it names).
      const loaded = Object.keys(options.filters ?? {});
      return { results, totalFilters: Object.fromEntries(Object.entries(allFilters(pages)).filter(([name]) => loaded.includes(name))) };
    },
  };
  return api;
}

const lexicon: Lexicon = { ...emptyLexicon, sites };
const chipNames = ['category3', 'site'];

/** For every value of every chip group: the chip's count vs. the core's total with that chip chosen. */
async function expectExact(pagefind: PagefindApi, query: string, filters: SearchFilters) {
  const outcome = await searchKorean(pagefind, query, { lexicon, filters });
  const counts = await exactChipCounts(pagefind, outcome, filters, chipNames);
  const all = await pagefind.filters!();
  let compared = 0;
  for (const name of chipNames) {
    for (const value of Object.keys(all[name] ?? {})) {
      const clicked = await searchKorean(pagefind, query, { lexicon, filters: choose(filters, name, value) });
      expect({ query, filters, name, value, count: counts[name]?.[value] ?? 0 }).toEqual({ query, filters, name, value, count: clicked.total });
      compared++;
    }
  }
  return { outcome, counts, compared };
}

describe('검색 결과 수와 필터 칩 개수 (정확한 개수)', () => {
  const pages = fakeCorpus(7);

  it('여러 변형(낱말마다 검색)을 합친 결과: 칩 개수 = 칩을 누른 뒤 결과 수, 적재한 15건에 묶이지 않는다', async () => {
    const pagefind = fakePagefind(pages);
    const { outcome, counts, compared } = await expectExact(pagefind, '출차 요금 환불', {});
    expect(compared).toBe(categories.length + sites.length);
    expect(outcome.total).toBeGreaterThan(15);
    expect(outcome.hits.length).toBe(10);
    // Category values are disjoint, so their counts add up to the total.
    expect(Object.values(counts.category3!).reduce((sum, count) => sum + count, 0)).toBe(outcome.total);
  });

  it('다른 묶음의 필터가 골라져 있으면 그 필터를 둔 채로 센다; 같은 묶음의 선택은 그 칩 하나로 바뀐 목록', async () => {
    const pagefind = fakePagefind(pages);
    await expectExact(pagefind, '결제 쿠폰', { site: ['코엑스'] });
    await expectExact(pagefind, '결제 쿠폰', { category3: [categories[1]!], site: ['김포공항', '에버랜드'] });
  });

  it('검색어에 현장 이름: 그 현장으로 좁히고, 좁혀서 없으면 현장 없이 찾는 규칙까지 같다', async () => {
    const pagefind = fakePagefind(pages);
    await expectExact(pagefind, '인천공항 출차', {});
    await expectExact(pagefind, '인천공항 해지', { category3: [categories[3]!] });
    await expectExact(pagefind, '코엑스', {});
  });

  it('여러 시드의 무작위 코퍼스에서도 같다', async () => {
    for (const seed of [1, 2, 3]) {
      const pagefind = fakePagefind(fakeCorpus(seed, 40));
      await expectExact(pagefind, '영수증 입차', { category3: [categories[seed]!] });
      await expectExact(pagefind, '김포공항 환불 결제', {});
    }
  });

  it('필터 값별 페이지 목록은 한 번만, 칩 묶음의 필터 조각만 불러온다 (다음 검색은 ID 검색만)', async () => {
    const pagefind = fakePagefind(pages);
    // pagefind.filters() would fetch every filter's chunk; the counts load only category3 and site.
    const everyFilter = vi.spyOn(pagefind, 'filters');
    const first = await searchKorean(pagefind, '출차', { lexicon });
    await exactChipCounts(pagefind, first, {}, chipNames);
    const before = pagefind.searches;
    const next = await searchKorean(pagefind, '요금', { lexicon });
    const searchesForHits = pagefind.searches - before;
    await exactChipCounts(pagefind, next, {}, chipNames);
    expect(pagefind.searches - before).toBe(searchesForHits);
    expect(everyFilter).not.toHaveBeenCalled();
  });
});

describe('facets.ts: chipCounts = listIds(칩 하나를 고른 필터)의 크기', () => {
  const membership: Membership = {
    category3: new Map([
      ['A', new Set(['1', '2', '3'])],
      ['B', new Set(['4', '5'])],
    ]),
    site: new Map([
      ['인천공항', new Set(['1', '4'])],
      ['코엑스', new Set(['2', '5', '6'])],
    ]),
  };
  const context = (over: Partial<FacetContext> = {}): FacetContext => ({ universe: new Set(['1', '2', '4', '5', '6']), membership, querySites: [], canDropSites: true, ...over });

  it('필터 없이: 값마다 결과와 겹치는 수', () => {
    expect(chipCounts(context(), {}, 'category3')).toEqual({ A: 2, B: 2 });
    expect(chipCounts(context(), {}, 'site')).toEqual({ 인천공항: 2, 코엑스: 3 });
  });

  it('검색어의 현장(인천공항)은 카테고리 개수를 좁히고, 좁혀서 0이면 현장 없이 센다', () => {
    const named = context({ querySites: ['인천공항'], universe: new Set(['2', '4', '5']) });
    expect(listIds(named, {})).toEqual(['4']);
    // A has no result at 인천공항 → the core retries without the site: A counts its one result (2).
    expect(chipCounts(named, {}, 'category3')).toEqual({ A: 1, B: 1 });
    expect(listIds(named, choose({}, 'category3', 'A'))).toEqual(['2']);
  });

  it('무작위 선택에서도 chipCounts와 listIds가 일치한다', () => {
    const random = prng(42);
    const ids = Array.from({ length: 30 }, (_, index) => String(index));
    const subset = () => new Set(ids.filter(() => random() < 0.35));
    const big: Membership = {
      category3: new Map(['A', 'B', 'C', 'D'].map((value) => [value, subset()])),
      site: new Map(['s1', 's2', 's3', 's4', 's5'].map((value) => [value, subset()])),
    };
    for (let round = 0; round < 200; round++) {
      const querySites = random() < 0.5 ? ['s1', 's2', 's3', 's4', 's5'].filter(() => random() < 0.3) : [];
      const filters: SearchFilters = {};
      if (random() < 0.5) filters.category3 = ['A', 'B', 'C', 'D'].filter(() => random() < 0.4);
      if (random() < 0.5) filters.site = ['s1', 's2', 's3', 's4', 's5'].filter(() => random() < 0.4);
      const ctx: FacetContext = { universe: subset(), membership: big, querySites, canDropSites: random() < 0.8 };
      for (const name of ['category3', 'site']) {
        const counts = chipCounts(ctx, filters, name);
        for (const value of big[name]!.keys()) expect(counts[value] ?? 0).toBe(listIds(ctx, choose(filters, name, value)).length);
      }
    }
  });
});
