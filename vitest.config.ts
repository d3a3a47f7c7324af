import { defineConfig } from 'vitest/config';

/**
 * Tests by what they need (`vitest run --project <name>`):
 * - unit: pure modules and the CLI on fixtures; no site build (`npm run test:unit`);
 * - build: real builds, asserted on dist/ (`npm run test:build`);
 * - browser: Chromium against the built site (`npm run test:browser`).
 * Only build and browser run the global set-up that builds the bundled content (once per run).
 */
const siteSetup = ['tests/global-setup.ts'];

export default defineConfig({
  test: {
    // Built-site tests run astro builds of fixture content; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll's default (1 s) is shorter than one Playwright call can take on a busy CI machine: a poll
    // that reads once and then times out is the read-once race in another form.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: siteSetup, fileParallelism: false } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: siteSetup, fileParallelism: false } },
    ],
  },
});
