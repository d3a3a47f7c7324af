/** The benchmark's result model, its budgets (PASS/FAIL rows) and the printed table. Pure. */
import type { PageWeight } from './browser-measure.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramBytes: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: above the core count means other work competed. */
  loadAverage: number;
  astro: string;
  pagefind: string;
}

/** Queries typed into the search box (bench/box-queries.ts). */
export interface QueryStats {
  runs: number;
  /** Until the hits are shown. */
  medianMs: number;
  p95Ms: number;
  /** Until the hits are in their final order with excerpts (after the first look's titles). */
  medianFinalMs?: number;
  p95FinalMs?: number;
  /** What Playwright took before the page had the query's input event (not in the times above). */
  medianHarnessMs?: number;
  p95HarnessMs?: number;
  /** Until the chip counts are filled (after the hits). */
  medianCountsMs?: number;
  p95CountsMs?: number;
  /** Every response the query caused: box code, lexicon, Pagefind, chunks, fragments. */
  medianBytes: number;
  maxBytes: number;
  medianRequests: number;
  /** Median bytes per kind of response (box code, lexicon, pagefind runtime, index chunks, …). */
  medianBytesByKind?: Record<string, number>;
}

export interface SizeResult {
  scripts: number;
  pages: number;
  build: {
    wallMs: number;
    cpuMs?: number;
    peakTreeRss: number;
    peakProcessRss: number;
    peakProcesses: number;
    /** Wall and CPU milliseconds per phase, split by the build's own log lines. */
    phases: Record<string, { wallMs: number; cpuMs: number }>;
  };
  /** Pagefind: the build's search index step (its time is a phase of the build). */
  index: { wallMs: number; cpuMs?: number; peakTreeRss: number; bytes: number; files: number };
  /** Build plus indexing when the benchmark indexed: what an editor waits for. */
  totalMs: number;
  /** CPU time (user + sys) of build plus indexing: close to the wall time on an idle machine. */
  totalCpuMs?: number;
  peakRss: number;
  msPerScript: number;
  dist: { bytes: number; files: number };
  /** Pages that list scripts grow with the corpus: the home page and the largest page, gzip bytes. */
  listPages: { homeGzip: number; largest: { path: string; gzip: number } };
  seedPage: { id: string; weight: PageWeight };
  typicalPage: { id: string; weight: PageWeight };
  /** The naive floor (bench/naive) over the same corpus, built in the same run. */
  naive?: { wallMs: number; cpuMs?: number; peakRss: number };
  /**
   * A cold first query (bytes), then on a page open a second: a first query, a later one (filters
   * closed), opening the filters, and a later one with them open.
   */
  search: { cold?: QueryStats; first: QueryStats; later?: QueryStats; filters?: QueryStats; followUp: QueryStats; sets?: [string, string, string][] };
}

export interface BenchResult {
  date: string;
  machine: Machine;
  seed: number;
  sizes: SizeResult[];
  budgets: BudgetRow[];
}

export interface BudgetRow {
  budget: string;
  limit: string;
  measured: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
}

/** 1 kB = 1,000 bytes throughout. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const limits = {
  jsBytes: 10_000,
  cssBytes: 10_000,
  seedHtmlBytes: 25_000,
  firstQueryBytes: 300_000,
  largeBuildMs: 90_000,
  /** Build + index at most this share of the naive floor's time, in the same run. */
  naiveRatio: 0.9,
  largeRssBytes: 1.5e9,
  laterQueryP95Ms: 50,
  firstQueryMedianMs: 100,
  firstQueryP95Ms: 200,
  openFiltersMs: 200,
  largeScripts: 10_000,
  growthFrom: 1_000,
  hugeScripts: 50_000,
  hugeRssBytes: 3e9,
  /** The 50,000 build at most this many times the 10,000 one, in the same run. */
  hugeGrowth: 6,
};

export const pageJs = (weight: PageWeight) => weight.js + weight.inlineJs;
export const pageCss = (weight: PageWeight) => weight.css + weight.inlineCss;

export function evaluateBudgets(sizes: SizeResult[]): BudgetRow[] {
  const largest = [...sizes].sort((a, b) => b.scripts - a.scripts)[0];
  const large = sizes.find((size) => size.scripts === limits.largeScripts);
  const from = sizes.find((size) => size.scripts === limits.growthFrom);
  const row = (budget: string, limit: string, measured: number | undefined, max: number, show: (n: number) => string, at?: SizeResult): BudgetRow =>
    measured === undefined || !at
      ? { budget, limit, measured: `not measured (run npm run bench:large)`, status: 'SKIP' }
      : { budget, limit, measured: `${show(measured)} at ${at.scripts.toLocaleString('en')}`, status: measured <= max ? 'PASS' : 'FAIL' };
  const skipLarge = 'needs 10,000';
  const rows: BudgetRow[] = [];
  if (largest) {
    rows.push(
      row('script page JS (gzip, incl. inline)', `≤ ${kB(limits.jsBytes)}`, Math.max(pageJs(largest.seedPage.weight), pageJs(largest.typicalPage.weight)), limits.jsBytes, kB, largest),
      row('script page CSS (gzip, incl. inline)', `≤ ${kB(limits.cssBytes)}`, Math.max(pageCss(largest.seedPage.weight), pageCss(largest.typicalPage.weight)), limits.cssBytes, kB, largest),
      row('larger seed page HTML (gzip)', `≤ ${kB(limits.seedHtmlBytes)}`, largest.seedPage.weight.html, limits.seedHtmlBytes, kB, largest),
    );
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const search = large?.search;
  const naiveShare = large?.naive ? large.totalMs / large.naive.wallMs : undefined;
  rows.push(
    row('cold first query fetches (typed into the search box)', `≤ ${kB(limits.firstQueryBytes)} at 10,000`, (search?.cold ?? search?.first)?.maxBytes, limits.firstQueryBytes, kB, large),
    row('first query, page open ≥ 1 s: median', `≤ ${ms(limits.firstQueryMedianMs)}`, search?.first.medianMs, limits.firstQueryMedianMs, ms, large),
    row('first query, page open ≥ 1 s: p95', `≤ ${ms(limits.firstQueryP95Ms)}`, search?.first.p95Ms, limits.firstQueryP95Ms, ms, large),
    row('later query p95, filters closed', `≤ ${ms(limits.laterQueryP95Ms)}`, search?.later?.p95Ms, limits.laterQueryP95Ms, ms, large),
    row('later query p95, filters open', `≤ ${ms(limits.laterQueryP95Ms)}`, search?.followUp.p95Ms, limits.laterQueryP95Ms, ms, large),
    row('opening the filters to counts: p95', `≤ ${ms(limits.openFiltersMs)}`, search?.filters?.p95Ms, limits.openFiltersMs, ms, large),
    row('10,000 build + index, wall', `≤ ${seconds(limits.largeBuildMs)}`, large?.totalMs, limits.largeBuildMs, seconds, large),
    row('10,000 build + index ÷ naive floor (same run)', `≤ ${limits.naiveRatio}×`, naiveShare, limits.naiveRatio, (value) => `${value.toFixed(2)}× (${seconds(large!.totalMs)} vs ${seconds(large!.naive!.wallMs)})`, large),
    row('10,000 build peak RSS (process tree)', `≤ ${(limits.largeRssBytes / 1e9).toFixed(1)} GB`, large?.peakRss, limits.largeRssBytes, MB, large),
  );
  const ratio = large && from ? large.totalMs / from.totalMs : undefined;
  rows.push(
    ratio === undefined || !large || !from
      ? { budget: 'build growth 1,000 → 10,000', limit: '≤ 10× (linear)', measured: `not measured (${skipLarge}: npm run bench:large)`, status: 'SKIP' }
      : { budget: 'build growth 1,000 → 10,000', limit: '≤ 10× (linear)', measured: `${ratio.toFixed(1)}× (${seconds(from.totalMs)} → ${seconds(large.totalMs)})`, status: ratio <= 10 ? 'PASS' : 'FAIL' },
  );
  const huge = sizes.find((size) => size.scripts === limits.hugeScripts);
  if (huge) {
    const growth = large ? huge.totalMs / large.totalMs : undefined;
    rows.push(
      row('50,000 build peak RSS (process tree)', `≤ ${(limits.hugeRssBytes / 1e9).toFixed(1)} GB`, huge.peakRss, limits.hugeRssBytes, MB, huge),
      growth === undefined || !large
        ? { budget: 'build growth 10,000 → 50,000', limit: `≤ ${limits.hugeGrowth}×`, measured: 'not measured (npm run bench:huge builds both)', status: 'SKIP' }
        : { budget: 'build growth 10,000 → 50,000', limit: `≤ ${limits.hugeGrowth}×`, measured: `${growth.toFixed(1)}× (${seconds(large.totalMs)} → ${seconds(huge.totalMs)})`, status: growth <= limits.hugeGrowth ? 'PASS' : 'FAIL' },
    );
  }
  return rows;
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatReport(result: BenchResult): string {
  const { machine, sizes } = result;
  const col = (f: (size: SizeResult) => string) => sizes.map(f);
  const phaseNames = [...new Set(sizes.flatMap((size) => Object.keys(size.build.phases)))];
  const q = (s: QueryStats) => `${s.medianMs.toFixed(0)} / ${s.p95Ms.toFixed(0)} ms, ${kB(s.medianBytes)} (max ${kB(s.maxBytes)}), ${s.medianRequests} req`;
  const counts = (s: QueryStats) => (s.medianCountsMs === undefined ? '–' : `${s.medianCountsMs.toFixed(0)} / ${(s.p95CountsMs ?? NaN).toFixed(0)} ms`);
  const harness = (s?: QueryStats) => (s?.medianHarnessMs === undefined ? '–' : `${s.medianHarnessMs.toFixed(0)} / ${(s.p95HarnessMs ?? NaN).toFixed(0)} ms`);
  const final = (s?: QueryStats) => (s?.medianFinalMs === undefined ? '–' : `${s.medianFinalMs.toFixed(0)} / ${(s.p95FinalMs ?? NaN).toFixed(0)} ms`);
  const kinds = (s: QueryStats) =>
    Object.entries(s.medianBytesByKind ?? {})
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, bytes]) => `${kind} ${kB(bytes)}`)
      .join(' · ') || '–';
  const weight = (w: PageWeight) => `HTML ${kB(w.html)} · CSS ${kB(w.css + w.inlineCss)} · JS ${kB(w.js + w.inlineJs)}${w.idle ? ` (+ ${kB(w.idle)} search warm-up at idle)` : ''}`;
  const rows: string[][] = [
    ['pages built', ...col((s) => s.pages.toLocaleString('en'))],
    ['build wall time (npm run build)', ...col((s) => seconds(s.build.wallMs))],
    ...phaseNames.map((name) => [`  ↳ ${name}: wall (CPU)`, ...col((s) => {
      const phase = s.build.phases[name];
      return phase ? `${seconds(phase.wallMs)} (${seconds(phase.cpuMs)})` : '–';
    })]),
    ['total build time', ...col((s) => seconds(s.totalMs))],
    ['total CPU time (user+sys, all processes)', ...col((s) => (s.totalCpuMs === undefined ? '–' : seconds(s.totalCpuMs)))],
    ['time per script', ...col((s) => `${s.msPerScript.toFixed(1)} ms`)],
    ['peak RSS, whole process tree', ...col((s) => MB(s.peakRss))],
    ['dist/ size (files)', ...col((s) => `${MB(s.dist.bytes)} (${s.dist.files.toLocaleString('en')})`)],
    ['Pagefind index size (files)', ...col((s) => `${MB(s.index.bytes)} (${s.index.files.toLocaleString('en')})`)],
    ['home page HTML (gzip)', ...col((s) => kB(s.listPages.homeGzip))],
    ['largest page HTML (gzip)', ...col((s) => `${kB(s.listPages.largest.gzip)} ${s.listPages.largest.path}`)],
    ['seed page first view (gzip)', ...col((s) => weight(s.seedPage.weight))],
    ['typical page first view (gzip)', ...col((s) => weight(s.typicalPage.weight))],
    ['naive floor: build + index wall (peak RSS)', ...col((s) => (s.naive ? `${seconds(s.naive.wallMs)} (${MB(s.naive.peakRss)})` : '–'))],
    ['  ↳ this build ÷ naive floor', ...col((s) => (s.naive ? `${(s.totalMs / s.naive.wallMs).toFixed(2)}×` : '–'))],
    ['cold first query (to hits): median / p95, bytes', ...col((s) => (s.search.cold ? q(s.search.cold) : '–'))],
    ['  ↳ bytes by kind (median)', ...col((s) => (s.search.cold ? kinds(s.search.cold) : '–'))],
    ['first query, page open 1 s (to hits): median / p95, bytes', ...col((s) => q(s.search.first))],
    ['  ↳ final order and excerpts: median / p95', ...col((s) => final(s.search.first))],
    ['later query, filters closed: median / p95, bytes', ...col((s) => (s.search.later ? q(s.search.later) : '–'))],
    ['  ↳ final order and excerpts: median / p95', ...col((s) => final(s.search.later))],
    ['  ↳ harness before the input event (not counted): median / p95', ...col((s) => harness(s.search.later))],
    ['then opening the filters (to chip counts): median / p95, bytes', ...col((s) => (s.search.filters ? q(s.search.filters) : '–'))],
    ['later query, filters open (to hits): median / p95, bytes', ...col((s) => q(s.search.followUp))],
    ['  ↳ final order and excerpts: median / p95', ...col((s) => final(s.search.followUp))],
    ['  ↳ chip counts filled: median / p95', ...col((s) => counts(s.search.followUp))],
    ['  ↳ bytes by kind (median)', ...col((s) => kinds(s.search.followUp))],
  ];
  const header = ['scripts', ...col((s) => s.scripts.toLocaleString('en'))];
  const budgets = markdownTable(['budget', 'limit', 'measured', 'status'], result.budgets.map((b) => [b.budget, b.limit, b.measured, b.status]));
  const contention = machine.loadAverage > machine.cores ? ` — busy: load ${machine.loadAverage.toFixed(1)} on ${machine.cores} cores when it started, so times are pessimistic` : ` — load ${machine.loadAverage.toFixed(1)} when it started`;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.ramBytes / 2 ** 30).toFixed(0)} GiB RAM, Node ${machine.node}, ${machine.os}; Astro ${machine.astro}, Pagefind ${machine.pagefind}${contention}.`,
    `Corpus seed ${result.seed}, ${result.date}. Sizes: 1 kB = 1,000 bytes, gzip as served. Queries: typed into the search box of a script page, Chromium on localhost (no network latency), ${sizes[0]?.search.first.runs ?? 0} visits each; bytes = every response the query caused. Times run from the query's input event (the filters: the click) to the first frame that shows what is awaited, as a keystroke's latency is measured; what the harness takes to deliver the text is shown apart. "To hits" is the first paint of the hits — when their text has still to load, their first look (titles from memory, in the order the titles give); "final order and excerpts" is when the text has come and the list is in its final order.`,
    '',
    markdownTable(header, rows),
    '',
    budgets,
  ].join('\n');
}
