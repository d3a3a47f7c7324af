import { describe, expect, it } from 'vitest';
import type { PageWeight } from '../../../bench/browser-measure';
import { percentile } from '../../../bench/browser-measure';
import { evaluateBudgets, formatReport, type SizeResult } from '../../../bench/report';
import { buildPhases } from '../../../bench/run';
import { trafficKind } from '../../../bench/box-queries';

const weight = (over: Partial<PageWeight> = {}): PageWeight => ({ html: 3_000, css: 2_000, js: 0, other: 0, inlineCss: 0, inlineJs: 0, requests: 2, searchOnLoad: 0, ...over });
const query = { runs: 5, medianMs: 100, p95Ms: 200, medianBytes: 90_000, maxBytes: 100_000, medianRequests: 10 };
const quick = { ...query, medianMs: 20, p95Ms: 40 };

function size(scripts: number, totalMs: number, over: Partial<SizeResult> = {}): SizeResult {
  return {
    scripts,
    pages: scripts + 100,
    build: { wallMs: totalMs, peakTreeRss: 1e9, peakProcessRss: 1e9, peakProcesses: 3, phases: { 'page rendering': { wallMs: totalMs / 2, cpuMs: totalMs / 4 } } },
    index: { wallMs: 0, peakTreeRss: 1e8, bytes: 1e6, files: 100 },
    totalMs,
    totalCpuMs: totalMs,
    peakRss: 1e9,
    msPerScript: totalMs / scripts,
    dist: { bytes: 1e7, files: 1000 },
    listPages: { homeGzip: 50_000, largest: { path: '/', gzip: 50_000 } },
    seedPage: { id: 'valet-pass-not-own-use', weight: weight() },
    typicalPage: { id: 'x', weight: weight() },
    naive: { wallMs: totalMs * 1.25, peakRss: 1.4e9 },
    search: { cold: query, first: { ...query, medianMs: 60, p95Ms: 150 }, later: quick, filters: quick, followUp: quick, sets: [['발레패스', '해지', '환불']] },
    ...over,
  };
}

const status = (rows: ReturnType<typeof evaluateBudgets>, name: string) => rows.find((row) => row.budget.startsWith(name))?.status;

describe('benchmark budgets', () => {
  it('1,000과 10,000이 모두 예산 안 → 모든 행 PASS', () => {
    const rows = evaluateBudgets([size(1_000, 20_000), size(10_000, 80_000)]);
    expect(rows.map((row) => row.status)).toEqual(rows.map(() => 'PASS'));
    expect(rows.find((row) => row.budget.startsWith('build growth'))?.measured).toBe('4.0× (20.0 s → 80.0 s)');
    expect(rows.find((row) => row.budget.includes('naive floor'))?.measured).toBe('0.80× (80.0 s vs 100.0 s) at 10,000');
  });

  it('10,000 없이 돌리면 10,000 예산은 SKIP, 페이지 예산은 가장 큰 N으로 판정', () => {
    const rows = evaluateBudgets([size(100, 5_000), size(1_000, 20_000, { seedPage: { id: 's', weight: weight({ html: 26_000 }) } })]);
    expect(status(rows, 'larger seed page HTML')).toBe('FAIL');
    expect(rows.find((row) => row.budget.startsWith('larger seed page HTML'))?.measured).toBe('26.0 kB at 1,000');
    expect(status(rows, '10,000 build + index, wall')).toBe('SKIP');
    expect(status(rows, 'later query p95, filters closed')).toBe('SKIP');
    expect(status(rows, 'build growth')).toBe('SKIP');
  });

  it('인라인 스크립트도 JS 예산에 포함, 10배 넘게 느려지면 성장 예산 FAIL, 90초·1.5GB·나이브의 0.9배 초과와 느린 질의는 FAIL', () => {
    const slow = { ...query, p95Ms: 51 };
    const large = size(10_000, 250_000, { peakRss: 1.6e9, naive: { wallMs: 260_000, peakRss: 1e9 }, typicalPage: { id: 't', weight: weight({ js: 6_000, inlineJs: 4_500 }) } });
    large.search = { ...large.search, later: slow };
    const rows = evaluateBudgets([size(1_000, 20_000), large]);
    expect(status(rows, 'script page JS')).toBe('FAIL');
    expect(status(rows, 'build growth')).toBe('FAIL');
    expect(status(rows, '10,000 build + index, wall')).toBe('FAIL');
    expect(status(rows, '10,000 build + index ÷ naive')).toBe('FAIL');
    expect(status(rows, '10,000 build peak RSS')).toBe('FAIL');
    expect(status(rows, 'later query p95, filters closed')).toBe('FAIL');
    expect(status(rows, 'later query p95, filters open')).toBe('PASS');
    expect(status(rows, 'cold first query')).toBe('PASS');
  });

  it('50,000(bench:huge): 3 GB 이하와 같은 실행의 10,000 대비 6배 이하를 판정, 나이브 없이 돌리면 그 행은 SKIP', () => {
    const withoutNaive = (scripts: number, totalMs: number, peakRss: number) => size(scripts, totalMs, { naive: undefined, peakRss });
    const rows = evaluateBudgets([withoutNaive(10_000, 100_000, 1.2e9), withoutNaive(50_000, 550_000, 2.9e9)]);
    expect(status(rows, '50,000 build peak RSS')).toBe('PASS');
    expect(rows.find((row) => row.budget.startsWith('build growth 10,000'))?.measured).toBe('5.5× (100.0 s → 550.0 s)');
    expect(status(rows, 'build growth 10,000')).toBe('PASS');
    expect(status(rows, '10,000 build + index ÷ naive')).toBe('SKIP');
    const over = evaluateBudgets([withoutNaive(10_000, 100_000, 1.2e9), withoutNaive(50_000, 650_000, 3.1e9)]);
    expect(status(over, '50,000 build peak RSS')).toBe('FAIL');
    expect(status(over, 'build growth 10,000')).toBe('FAIL');
    expect(status(evaluateBudgets([withoutNaive(50_000, 550_000, 2e9)]), 'build growth 10,000')).toBe('SKIP');
  });

  it('표에는 기계 정보와 예산 행이 함께 나온다', () => {
    const sizes = [size(1_000, 20_000)];
    const text = formatReport({
      date: '2026-11-25T00:00:00Z', seed: 1, sizes, budgets: evaluateBudgets(sizes),
      machine: { cpu: 'Test CPU', cores: 2, ramBytes: 8 * 2 ** 30, node: 'v24.0.0', os: 'Linux', loadAverage: 5, astro: '7', pagefind: '1' },
    });
    expect(text).toContain('Test CPU, 2 cores, 8 GiB RAM, Node v24.0.0');
    expect(text).toContain('busy: load 5.0 on 2 cores');
    expect(text).toContain('| larger seed page HTML (gzip) | ≤ 25.0 kB | 3.0 kB at 1,000 | PASS |');
  });
});

describe('benchmark helpers', () => {
  it('빌드 로그의 시작 줄로 단계를 나눈다: 단계 합 = 전체 시간, CPU는 샘플 타임라인의 차이', () => {
    const lines = [
      { ms: 1_000, text: '[content] Syncing content' },
      { ms: 3_000, text: '[build] Building static entrypoints...' },
      { ms: 7_000, text: ' generating static routes ' },
      // The search index's hook logs before Astro's summary line: phases follow the log's order.
      { ms: 10_000, text: '[kb-search-index] [kb-pagefind] indexing: writing the last Pagefind part and the vocabulary…' },
      { ms: 12_000, text: '[build] 329 page(s) built in 11.0s' },
    ];
    const cpuTimeline = [0, 1_000, 3_000, 7_000, 10_000, 12_000, 12_400].map((ms) => ({ ms, cpuMs: ms / 2 }));
    const phases = buildPhases({ lines, wallMs: 12_500, cpuTimeline });
    expect(phases).toEqual({
      'start-up (Node, config)': { wallMs: 1_000, cpuMs: 500 },
      'content sync + types': { wallMs: 2_000, cpuMs: 1_000 },
      'Vite bundling': { wallMs: 4_000, cpuMs: 2_000 },
      'page rendering (Pagefind indexing beside it)': { wallMs: 3_000, cpuMs: 1_500 },
      'search index after the pages (last Pagefind part, vocabulary)': { wallMs: 2_000, cpuMs: 1_000 },
      'after pages (build:done hooks)': { wallMs: 500, cpuMs: 200 },
    });
    expect(Object.keys(phases)).toEqual(['start-up (Node, config)', 'content sync + types', 'Vite bundling', 'page rendering (Pagefind indexing beside it)', 'search index after the pages (last Pagefind part, vocabulary)', 'after pages (build:done hooks)']);
  });

  it('검색창 질의의 응답은 종류별로 센다: 상자 코드, 용어 사전, Pagefind, 색인·필터 조각, 발췌', () => {
    expect(trafficKind('/_astro/site-search.Bx1.js')).toBe('box code');
    expect(trafficKind('/search/lexicon.json')).toBe('lexicon');
    expect(trafficKind('/search/0a1b2c/v/u3142.json')).toBe('search data');
    expect(trafficKind('/pagefind/pagefind.js')).toBe('pagefind runtime');
    expect(trafficKind('/pagefind/wasm.ko.pagefind')).toBe('pagefind runtime');
    expect(trafficKind('/pagefind/index/ko_1a2b.pf_index')).toBe('index chunks');
    expect(trafficKind('/pagefind/filter/ko_1a2b.pf_filter')).toBe('filter chunks');
    expect(trafficKind('/pagefind/fragment/ko_1a2b.pf_fragment')).toBe('fragments');
    expect(trafficKind('/favicon.svg')).toBe('other');
  });

  it('표에 검색창 질의, 필터 열기, 칩 개수 시간과 종류별 바이트가 나온다', () => {
    const typed = { ...query, medianCountsMs: 150, p95CountsMs: 300, medianBytesByKind: { fragments: 30_000, 'index chunks': 40_000, lexicon: 0 } };
    const opened = { ...query, medianMs: 120, p95Ms: 240, medianBytesByKind: { 'filter chunks': 70_000 } };
    const later = { ...query, medianHarnessMs: 7, p95HarnessMs: 19 };
    const sizes = [size(1_000, 20_000, { search: { first: typed, later, filters: opened, followUp: typed } })];
    const text = formatReport({ date: '2026-11-25T00:00:00Z', seed: 1, sizes, budgets: evaluateBudgets(sizes), machine: { cpu: 'C', cores: 2, ramBytes: 2 ** 30, node: 'v24', os: 'Linux', loadAverage: 0, astro: '7', pagefind: '1' } });
    expect(text).toContain('| first query, page open 1 s (to hits): median / p95, bytes | 100 / 200 ms, 90.0 kB (max 100.0 kB), 10 req |');
    expect(text).toContain('|   ↳ bytes by kind (median) | index chunks 40.0 kB · fragments 30.0 kB |');
    expect(text).toContain('| then opening the filters (to chip counts): median / p95, bytes | 120 / 240 ms, 90.0 kB (max 100.0 kB), 10 req |');
    expect(text).toContain('|   ↳ chip counts filled: median / p95 | 150 / 300 ms |');
    // The harness's own delay before the input event is shown apart, never added to the times.
    expect(text).toContain('|   ↳ harness before the input event (not counted): median / p95 | 7 / 19 ms |');
    expect(text).toContain('Times run from the query\'s input event');
  });

  it('percentile은 nearest-rank: [1..20]의 p95 → 19, 중앙값 → 10', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
  });
});
