/**
 * Builds the bundled content once per test run; built-site and browser tests read it from here.
 * Both projects (build, browser) list this set-up; the second reuses the first one's build.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/build';

/** Set in this (the main) process once the build exists, so the other project's set-up skips it. */
const builtMarker = 'KB_TEST_BUNDLED_DIST';

export default function setup(project: TestProject) {
  const outDir = path.join(projectRoot, '.test-output/bundled');
  if (process.env[builtMarker] !== outDir) {
    rmSync(outDir, { recursive: true, force: true });
    const build = buildSite('content', outDir);
    if (build.status !== 0) throw new Error(`build of the bundled content failed:\n${build.output}`);
    process.env[builtMarker] = outDir;
  }
  project.provide('bundledDist', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundledDist: string;
  }
}
