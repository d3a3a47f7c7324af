/**
 * `npm run bench:lighthouse`: builds the bundled content, serves it with gzip, and runs Lighthouse
 * (npm `lighthouse`, driving Debian Chromium through chrome-launcher) on the home page and the larger
 * seed script page, mobile and desktop. Prints the four category scores and every audit that cost
 * points; writes bench/results/lighthouse.json. `--dir DIST` audits an existing build instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { chromiumPath } from '../tests/helpers/browser.ts';
import { projectRoot, seedPageId } from './run.ts';
import { serveCompressed } from './serve.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const pages = [
  { name: 'home', path: '/' },
  { name: `script (/faq/${seedPageId}/)`, path: `/faq/${seedPageId}/` },
];

interface Audit {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

interface PageScores {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof categories)[number], number>;
  /** Audits that cost points (score < 1), for fixing. */
  lost: Audit[];
}

function buildBundled(): string {
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-lighthouse-')), 'dist');
  const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], {
    cwd: projectRoot,
    env: { ...process.env, KB_OUT_DIR: outDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}

async function audit(url: string, port: number, formFactor: PageScores['formFactor']): Promise<Omit<PageScores, 'page'>> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
  const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = runner?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as PageScores['scores'];
  const lost: Audit[] = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((result) => result.score !== null && result.score < 1)
      .map((result) => ({ category, id: result.id, title: result.title, score: result.score ?? 0, displayValue: result.displayValue })),
  );
  return { formFactor, scores, lost };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string', default: 'bench/results/lighthouse.json' } } });
  const dir = values.dir ? path.resolve(values.dir) : buildBundled();
  const server = await serveCompressed(dir);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results: PageScores[] = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        console.error(`[lighthouse] ${page.name}, ${formFactor}…`);
        results.push({ page: page.name, ...(await audit(`${server.url}${page.path}`, chrome.port, formFactor)) });
      }
    }
  } finally {
    chrome.kill();
    await server.close();
    if (!values.dir) rmSync(path.dirname(dir), { recursive: true, force: true });
  }
  const out = path.resolve(projectRoot, values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), lighthouse: results }, null, 2)}\n`);

  console.log('| page | form factor | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.page} | ${r.formFactor} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`);
  console.log('\nSEO note: every page carries <meta name="robots" content="noindex, nofollow"> on purpose (an internal tool), and');
  console.log('Lighthouse\'s "Page is blocked from indexing" audit costs exactly that; every other SEO audit is listed below if it fails.');
  const lost = results.flatMap((r) => r.lost.map((a) => `- ${r.page}, ${r.formFactor}, ${a.category}: ${a.title} (${a.id}${a.displayValue ? `, ${a.displayValue}` : ''})`));
  console.log(lost.length ? `\nAudits that cost points:\n${lost.join('\n')}` : '\nNo audit cost points.');
  console.log(`\nJSON: ${path.relative(projectRoot, out)}`);
}
