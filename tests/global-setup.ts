/** Builds the bundled content once per test run; built-site and browser tests read it from here. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/build';

export default function setup(project: TestProject) {
  const outDir = path.join(projectRoot, '.test-output/bundled');
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite('content', outDir);
  if (build.status !== 0) throw new Error(`build of the bundled content failed:\n${build.output}`);
  project.provide('bundledDist', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundledDist: string;
  }
}
