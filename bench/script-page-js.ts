/**
 * The JavaScript a script page loads, in gzip bytes: every module script of the built page and the
 * modules they import statically (what the browser fetches before the page is interactive).
 * Run: `npm run size:script` (after `npm run build`), or call measureScriptPageJs from `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface ScriptPageJs {
  page: string;
  files: { file: string; bytes: number; gzip: number }[];
  /** Sum of each file's gzip size, as a browser transfers them. */
  gzip: number;
  /** The budget for a script page's own JavaScript. */
  budget: number;
}

export const scriptPageBudget = 10 * 1024;

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;

export function measureScriptPageJs(outDir: string, page = 'faq/valet-exit-not-processed/index.html'): ScriptPageJs {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  const files: ScriptPageJs['files'] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    files.push({ file: path.relative(outDir, file), bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/type=["']?application\/(?:ld\+)?json/i.test(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    if (src) visit(path.join(outDir, src.replace(/^\//, '')));
    else if (body.trim()) {
      files.push({ file: `${page} (inline)`, bytes: Buffer.byteLength(body), gzip: gzipSize(body) });
      for (const imported of body.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\/[^"'`]+)["'`]/g)) visit(path.join(outDir, imported[1]!.replace(/^\//, '')));
    }
  }
  return { page, files, gzip: files.reduce((sum, file) => sum + file.gzip, 0), budget: scriptPageBudget };
}

export function formatScriptPageJs(result: ScriptPageJs): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
  const rows = result.files.map((file) => `  ${file.file}  ${kb(file.bytes)} raw, ${kb(file.gzip)} gzip`);
  const verdict = result.gzip <= result.budget ? 'within' : 'OVER';
  return [`Script page JavaScript (${result.page}):`, ...rows, `  total ${kb(result.gzip)} gzip (${result.gzip} bytes) — ${verdict} the ${kb(result.budget)} budget`].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = path.resolve(process.argv[2] ?? process.env.KB_OUT_DIR ?? 'dist');
  const result = measureScriptPageJs(outDir);
  console.log(formatScriptPageJs(result));
  if (result.gzip > result.budget) process.exitCode = 1;
}
