/** Runs the real `npm run build` (astro build, then the search index) on a content directory into a temporary output directory. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');
const buildScript = path.join(projectRoot, 'scripts/build.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  /** Reads a built file relative to the output directory. */
  read(file: string): string;
  exists(file: string): boolean;
}

/** `env` adds settings for this build only (e.g. KB_BASE). */
export function buildSite(contentDir: string, outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-build-')), 'dist'), env: Record<string, string> = {}): BuildResult {
  const run = spawnSync(process.execPath, [buildScript], {
    cwd: projectRoot,
    env: { ...process.env, ...env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    outDir,
    read: (file) => readFileSync(path.join(outDir, file), 'utf8'),
    exists: (file) => existsSync(path.join(outDir, file)),
  };
}

/** The bundled content's build, made once per run by tests/global-setup.ts. */
export async function bundledSite(): Promise<Pick<BuildResult, 'outDir' | 'read' | 'exists'>> {
  const { inject } = await import('vitest');
  const outDir = inject('bundledDist');
  return { outDir, read: (file) => readFileSync(path.join(outDir, file), 'utf8'), exists: (file) => existsSync(path.join(outDir, file)) };
}
