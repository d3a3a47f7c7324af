/**
 * `npm run bench` (100 and 1,000 scripts) / `npm run bench:large` (… and 10,000): generates each
 * corpus, runs the real `npm run build` on it (astro build, then the Pagefind index), then measures
 * the output and a visitor's first view and queries in Chromium. Prints one table with the budgets
 * and writes the figures as JSON.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { measureBoxQueries, measureColdQuery, type QueryCost, type TrafficKind } from './box-queries.ts';
import { measurePageWeight, median, percentile } from './browser-measure.ts';
import { writeCorpus } from './generate/cli.ts';
import { runTree, type TreeRun } from './process-tree.ts';
import { evaluateBudgets, formatReport, type BenchResult, type Machine, type QueryStats, type SizeResult } from './report.ts';
import { serveCompressed } from './serve.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');
const bin = path.join(projectRoot, 'node_modules/.bin');
/** The larger of the two bundled seed scripts: its page is the HTML budget's subject. */
export const seedPageId = 'valet-pass-not-own-use';
/** A visit's first, later and follow-up queries: words agents type, all present in every corpus. */
export const querySets: [string, string, string][] = [
  ['발레패스', '해지', '환불'],
  ['출차', '요금', '쿠폰'],
  ['차량번호', '입차', '결제'],
  ['결제', '환불', '영수증'],
  ['영수증', '쿠폰', '요금'],
];

const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...extra,
});

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export interface Phase {
  wallMs: number;
  /** CPU time of the tree during the phase (from the sampled timeline): its idle-machine cost. */
  cpuMs: number;
}

/** Splits a build into phases by the log lines Astro prints when each starts. */
export function buildPhases(run: Pick<TreeRun, 'lines' | 'wallMs' | 'cpuTimeline'>): Record<string, Phase> {
  const at = (pattern: RegExp) => run.lines.find((line) => pattern.test(line.text))?.ms;
  const cpuAt = (ms: number) => run.cpuTimeline.filter((sample) => sample.ms <= ms).at(-1)?.cpuMs ?? 0;
  const marks: [string, number | undefined][] = [
    ['start-up (Node, config)', 0],
    ['content sync + types', at(/\[content\] Syncing content/)],
    ['Vite bundling', at(/Building static entrypoints/)],
    ['page rendering (Pagefind indexing beside it)', at(/generating static routes/)],
    // Pagefind indexes while the pages render; this phase is what is left after them (last part, vocabulary).
    ['search index after the pages (last Pagefind part, vocabulary)', at(/\[kb-pagefind\] indexing/)],
    ['after pages (build:done hooks)', at(/page\(s\) built in/)],
  ];
  const known = marks.filter((mark): mark is [string, number] => mark[1] !== undefined).sort((a, b) => a[1] - b[1]);
  const phases: Record<string, Phase> = {};
  known.forEach(([name, ms], index) => {
    const end = known[index + 1]?.[1] ?? run.wallMs;
    phases[name] = { wallMs: end - ms, cpuMs: (index + 1 < known.length ? cpuAt(end) : (run.cpuTimeline.at(-1)?.cpuMs ?? 0)) - cpuAt(ms) };
  });
  return phases;
}

function stats(costs: QueryCost[]): QueryStats {
  const ms = costs.map((cost) => cost.ms);
  const bytes = costs.map((cost) => cost.bytes);
  const countsMs = costs.map((cost) => cost.countsMs);
  const finalMs = costs.map((cost) => cost.finalMs);
  const kinds = [...new Set(costs.flatMap((cost) => Object.keys(cost.byKind) as TrafficKind[]))];
  return {
    runs: costs.length,
    medianMs: median(ms),
    p95Ms: percentile(ms, 95),
    medianFinalMs: median(finalMs),
    p95FinalMs: percentile(finalMs, 95),
    medianHarnessMs: median(costs.map((cost) => cost.harnessMs)),
    p95HarnessMs: percentile(costs.map((cost) => cost.harnessMs), 95),
    medianCountsMs: median(countsMs),
    p95CountsMs: percentile(countsMs, 95),
    medianBytes: median(bytes),
    maxBytes: Math.max(...bytes),
    medianRequests: median(costs.map((cost) => cost.requests)),
    medianBytesByKind: Object.fromEntries(kinds.map((kind) => [kind, median(costs.map((cost) => cost.byKind[kind] ?? 0))])),
  };
}

/** Gzip size of the home page and of the largest HTML page (outside the search index). */
function listPageSizes(outDir: string): SizeResult['listPages'] {
  const gzip = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const html = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ file, size: statSync(path.join(outDir, file)).size }))
    .sort((a, b) => b.size - a.size);
  const largest = html[0]?.file ?? 'index.html';
  return { homeGzip: gzip('index.html'), largest: { path: `/${largest.replace(/index\.html$/, '')}`, gzip: gzip(largest) } };
}

/** The generated script whose file size is the median: a typical page. */
function typicalId(contentDir: string): string {
  const faqDir = path.join(contentDir, 'faq');
  const files = readdirSync(faqDir).map((file) => ({ file, size: statSync(path.join(faqDir, file)).size })).sort((a, b) => a.size - b.size);
  const middle = files[Math.floor(files.length / 2)]!;
  return /^id: (.+)$/m.exec(readFileSync(path.join(faqDir, middle.file), 'utf8'))?.[1] ?? middle.file.replace(/\.mdx$/, '');
}

function failRun(what: string, run: TreeRun): never {
  console.error(run.lines.slice(-40).map((line) => line.text).join('\n'));
  throw new Error(`${what} failed with status ${run.status}`);
}

/** The naive floor (bench/naive): plain Astro + MDX pages and plain Pagefind over the same corpus, in the same run. */
async function naiveFloor(contentDir: string, outDir: string): Promise<NonNullable<SizeResult['naive']>> {
  rmSync(outDir, { recursive: true, force: true });
  const run = await runTree(path.join(bin, 'node'), [path.join(projectRoot, 'bench/naive/build.mjs')], { cwd: projectRoot, env: childEnv({ KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir }) });
  if (run.status !== 0) failRun('the naive floor build', run);
  rmSync(outDir, { recursive: true, force: true });
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRss: run.peakTreeRss };
}

async function benchSize(scripts: number, seed: number, runs: number, work: string, withNaive: boolean): Promise<SizeResult> {
  const contentDir = path.join(work, `content-${scripts}`);
  const outDir = path.join(work, `dist-${scripts}`);
  rmSync(outDir, { recursive: true, force: true });
  writeCorpus(contentDir, scripts, seed);
  console.error(`[bench] ${scripts}: building…`);
  // The real `npm run build`: astro build, then the search index, as one process tree.
  const build = await runTree(path.join(bin, 'node'), [path.join(projectRoot, 'scripts/build.mjs')], { cwd: projectRoot, env: childEnv({ KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir }) });
  if (build.status !== 0) failRun(`npm run build of ${scripts} scripts`, build);
  const phases = buildPhases(build);
  if (!existsSync(path.join(outDir, 'pagefind/pagefind.js'))) throw new Error('the build wrote no pagefind/pagefind.js');
  const indexPhase = phases['search index after the pages (last Pagefind part, vocabulary)'];
  const index: SizeResult['index'] = { wallMs: indexPhase?.wallMs ?? 0, cpuMs: indexPhase?.cpuMs, peakTreeRss: build.peakTreeRss, bytes: 0, files: 0 };
  Object.assign(index, dirSize(path.join(outDir, 'pagefind')));
  const dist = dirSize(outDir);
  const pages = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const totalMs = build.wallMs;
  const totalCpuMs = build.cpuMs;
  const listPages = listPageSizes(outDir);
  if (withNaive) console.error(`[bench] ${scripts}: building the naive floor…`);
  const naive = withNaive ? await naiveFloor(contentDir, path.join(work, `naive-${scripts}`)) : undefined;

  console.error(`[bench] ${scripts}: measuring in Chromium…`);
  const server = await serveCompressed(outDir);
  const browser = await launchBrowser();
  try {
    const typical = typicalId(contentDir);
    const seedPage = { id: seedPageId, weight: await measurePageWeight(browser, `${server.url}/faq/${seedPageId}/`) };
    const typicalPage = { id: typical, weight: await measurePageWeight(browser, `${server.url}/faq/${typical}/`) };
    const cold: QueryCost[] = [];
    const first: QueryCost[] = [];
    const later: QueryCost[] = [];
    const filters: QueryCost[] = [];
    const followUp: QueryCost[] = [];
    for (let i = 0; i < runs; i++) {
      const [a, b, c] = querySets[i % querySets.length]!;
      const url = `${server.url}/faq/${seedPageId}/`;
      const visit = await measureBoxQueries(browser, url, a, b, c);
      const empty = [visit.first, visit.later, visit.followUp].find((cost) => cost.results === 0);
      if (empty) throw new Error(`query "${empty.query}" found nothing at ${scripts} scripts: the index is not what a visitor would search`);
      cold.push(await measureColdQuery(browser, url, a));
      first.push(visit.first);
      later.push(visit.later);
      filters.push(visit.filters);
      followUp.push(visit.followUp);
    }
    return {
      scripts,
      pages,
      build: { wallMs: build.wallMs, cpuMs: build.cpuMs, peakTreeRss: build.peakTreeRss, peakProcessRss: build.peakProcessRss, peakProcesses: build.peakProcesses, phases },
      index,
      totalMs,
      totalCpuMs,
      peakRss: Math.max(build.peakTreeRss, index.peakTreeRss),
      naive,
      msPerScript: totalMs / scripts,
      dist,
      listPages,
      seedPage,
      typicalPage,
      search: { cold: stats(cold), first: stats(first), later: stats(later), filters: stats(filters), followUp: stats(followUp), sets: querySets },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    ramBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg()[0] ?? 0,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '10' },
      out: { type: 'string', default: 'bench/results/latest.json' },
      keep: { type: 'boolean', default: false },
      /** bench:huge: the naive floor at 50,000 would take longer than the product; its rows compare 50,000 with 10,000. */
      'skip-naive': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const seed = Number(values.seed);
  const work = path.join(os.tmpdir(), `kb-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const machine = describeMachine();
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await benchSize(size, seed, Number(values.runs), work, !values['skip-naive']));
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.error(`[bench] kept ${work}`);
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  const result: BenchResult & { commit: string } = { date: new Date().toISOString(), commit, machine, seed, sizes: results, budgets: evaluateBudgets(results) };
  const out = path.resolve(projectRoot, values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(formatReport(result));
  console.log(`\nJSON: ${path.relative(projectRoot, out)}`);
  if (result.budgets.some((row) => row.status === 'FAIL')) process.exitCode = 1;
}
