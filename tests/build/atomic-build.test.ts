/** `npm run build` publishes atomically: a failed or interrupted build leaves the previous dist/ byte for byte. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate/cli';
import { projectRoot } from '../helpers/build';

const buildScript = path.join(projectRoot, 'scripts/build.mjs');

/** Every file under a directory with its SHA-256, so two snapshots compare byte for byte. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
    }
  };
  walk('');
  return out;
}

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A previously published site: a few files that no build would write. */
function previousSite() {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kb-atomic-'));
  temporary.push(parent);
  const dist = path.join(parent, 'dist');
  mkdirSync(path.join(dist, 'faq/old'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>이전 배포</title>');
  writeFileSync(path.join(dist, 'faq/old/index.html'), '<!doctype html><title>이전 스크립트</title>');
  return { parent, dist, before: snapshot(dist) };
}

const env = (contentDir: string, outDir: string) => ({ ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' });
const leftovers = (parent: string) => readdirSync(parent).filter((name) => name !== 'dist');

describe('원자적 배포 (npm run build)', () => {
  it('빌드가 실패하면 이전 dist/가 그대로 남고 임시 디렉터리도 남지 않는다', () => {
    const { parent, dist, before } = previousSite();
    const run = spawnSync(process.execPath, [buildScript], { cwd: projectRoot, env: env('tests/fixtures/content-bad', dist), encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('content problems');
    expect(`${run.stdout}${run.stderr}`).toContain('build failed; ');
    expect(snapshot(dist)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  });

  it('Astro의 힙 한도가 모자라면 한도 없이 다시 빌드해 배포한다 (중간 산출물은 남지 않는다)', () => {
    const { parent, dist } = previousSite();
    const run = spawnSync(process.execPath, [buildScript], { cwd: projectRoot, env: { ...env('tests/fixtures/content-mini', dist), KB_BUILD_HEAP_MB: '24' }, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('Astro needed more than its 24 MB heap; building again without the limit');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(dist, 'faq/old'))).toBe(false);
    expect(readdirSync(path.join(dist, 'faq')).length).toBeGreaterThan(0);
    expect(leftovers(parent)).toEqual([]);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`빌드 중 ${signal}를 받으면 이전 dist/가 그대로 남고 임시 디렉터리도 지운다`, async () => {
      const { parent, dist, before } = previousSite();
      const child = spawn(process.execPath, [buildScript], { cwd: projectRoot, env: env('tests/fixtures/content-mini', dist), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Mid-way: Astro has started writing pages into the partial directory.
      await expect
        .poll(() => readdirSync(parent).some((name) => name.startsWith('dist.partial-') && existsSync(path.join(parent, name, '_astro'))), { timeout: 90_000, interval: 20 })
        .toBe(true);
      child.kill(signal);
      expect(await exited, output).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(output).toContain(`build interrupted (${signal})`);
      expect(snapshot(dist)).toEqual(before);
      expect(leftovers(parent)).toEqual([]);
    });
  }

  it('검색 색인을 만드는 중에 SIGTERM을 받아도 이전 dist/가 그대로 남고 임시 디렉터리도 지운다', async () => {
    const { parent, dist, before } = previousSite();
    // Enough script pages that the last Pagefind part and the vocabulary take a while after the pages.
    const content = path.join(parent, 'content');
    writeCorpus(content, 400, 1);
    const child = spawn(process.execPath, [buildScript], { cwd: projectRoot, env: env(content, dist), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => output.includes('[kb-pagefind] indexing'), { timeout: 120_000, interval: 10 }).toBe(true);
    child.kill('SIGTERM');
    expect(await exited, output).toBe(143);
    expect(output).not.toContain('Pagefind: indexed');
    // Pagefind's own process ends with ours: nothing writes the partial directory back a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(snapshot(dist)).toEqual(before);
    expect(leftovers(parent).filter((name) => name !== 'content')).toEqual([]);
  });

  it('성공한 빌드는 새 사이트로 통째로 바꾸고, 강제 종료로 남은 임시 디렉터리도 치운다', () => {
    const { parent, dist } = previousSite();
    // A build killed with SIGKILL (pid 2^22 + 1 is above Linux's pid_max, so never alive) left its partial output.
    mkdirSync(path.join(parent, 'dist.partial-4194305/_astro'), { recursive: true });
    const run = spawnSync(process.execPath, [buildScript], { cwd: projectRoot, env: env('tests/fixtures/content-mini', dist), encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(readFileSync(path.join(dist, 'faq/parking-fee-refund/index.html'), 'utf8')).toContain('<h1');
    expect(existsSync(path.join(dist, 'faq/old'))).toBe(false);
    expect(leftovers(parent)).toEqual([]);
  });
});
