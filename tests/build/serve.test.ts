/** `npm run serve` serves dist/ with the deployment's headers: immutable fingerprinted assets and Pagefind chunks, revalidated HTML, security headers. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSite, projectRoot } from '../helpers/build';

let dist: string;
const servers: ChildProcess[] = [];

/** Starts scripts/serve.mjs on a free port and returns its base URL. */
async function serve(env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/serve.mjs'), '--port', '0'], { cwd: projectRoot, env: { ...process.env, KB_OUT_DIR: dist, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /at (http:\/\/[^/]+)\//.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** A raw GET (fetch would normalise `..` in the path). */
function get(base: string, pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, path: pathname, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // The bundled build plus the files Pagefind writes (the search feature adds the real index).
  dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-serve-')), 'dist');
  cpSync((await bundledSite()).outDir, dist, { recursive: true });
  mkdirSync(path.join(dist, 'pagefind/fragment'), { recursive: true });
  mkdirSync(path.join(dist, 'pagefind/index'), { recursive: true });
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'pagefind.ko_21cb9240ef.pf_meta', 'fragment/ko_85941fe.pf_fragment', 'index/ko_9293ee4.pf_index']) {
    writeFileSync(path.join(dist, 'pagefind', file), 'x');
  }
});
afterAll(() => {
  servers.forEach((child) => child.kill());
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

describe('npm run serve', () => {
  it('HTML은 매번 재검증(private, no-cache)하고 보안 헤더와 noindex를 보낸다', async () => {
    const base = await serve();
    for (const page of ['/', '/faq/valet-exit-not-processed/', '/site/', '/robots.txt']) {
      const response = await get(base, page);
      expect(response.status, page).toBe(200);
      expect(response.headers['cache-control'], page).toBe('private, no-cache');
      expect(response.headers['content-security-policy'], page).toBe("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options'], page).toBe('nosniff');
      expect(response.headers['referrer-policy'], page).toBe('no-referrer');
      expect(response.headers['x-frame-options'], page).toBe('DENY');
      expect(response.headers['x-robots-tag'], page).toBe('noindex, nofollow');
    }
    expect((await get(base, '/')).headers['content-type']).toMatch(/^text\/html/);
  });

  it('지문이 붙은 자산(/_astro/)은 public immutable, Pagefind 조각은 private immutable, 고정 이름 파일은 재검증', async () => {
    const base = await serve();
    const asset = readdirSync(path.join(dist, '_astro'))[0]!;
    expect((await get(base, `/_astro/${asset}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const chunk of ['fragment/ko_85941fe.pf_fragment', 'index/ko_9293ee4.pf_index', 'pagefind.ko_21cb9240ef.pf_meta']) {
      expect((await get(base, `/pagefind/${chunk}`)).headers['cache-control'], chunk).toBe('private, max-age=31536000, immutable');
    }
    for (const fixed of ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']) {
      expect((await get(base, `/pagefind/${fixed}`)).headers['cache-control'], fixed).toBe('private, no-cache');
    }
    // The search data: the manifest is revalidated, the files it names (a directory per content hash) are immutable.
    const manifest = JSON.parse(readFileSync(path.join(dist, 'search/manifest.json'), 'utf8')) as { dir: string; table: string };
    expect((await get(base, '/search/manifest.json')).headers['cache-control']).toBe('private, no-cache');
    expect((await get(base, `/${manifest.dir}${manifest.table}`)).headers['cache-control']).toBe('private, max-age=31536000, immutable');
  });

  it('ETag로 재검증하면 304, 없는 주소는 404, 상위 디렉터리로는 나갈 수 없다', async () => {
    const base = await serve();
    const first = await get(base, '/faq/valet-exit-not-processed/');
    expect(first.headers.etag).toBeTruthy();
    expect((await get(base, '/faq/valet-exit-not-processed/', { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
    const missing = await get(base, '/faq/no-such-script/');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    for (const escape of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const response = await get(base, escape);
      expect(response.body, escape).not.toContain('"kb-valet-scripts"');
    }
  });

  it('KB_INDEXABLE=true 이면 X-Robots-Tag를 보내지 않는다', async () => {
    const base = await serve({ KB_INDEXABLE: 'true' });
    expect((await get(base, '/')).headers['x-robots-tag']).toBeUndefined();
  });
});
