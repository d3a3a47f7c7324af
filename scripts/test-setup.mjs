#!/usr/bin/env node
/**
 * First step of `npm test`: the browser tests need Debian's Chromium and a CJK font (Korean pages
 * are measured and screenshotted with real glyphs). When either is missing, install both with apt-get
 * if this process may (root, apt-get present, as on CI and in fresh containers); otherwise stop at
 * once with the one command to run, instead of failing minutes later in the browser tests.
 * CHROMIUM_PATH points at another Chromium (then only the font is checked).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const packages = ['chromium', 'fonts-noto-cjk'];
const installCommand = `sudo apt-get install -y ${packages.join(' ')}`;

const has = (command, args) => spawnSync(command, args, { encoding: 'utf8' });
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function missing() {
  const found = [];
  if (!existsSync(chromiumPath)) found.push(`Chromium (${chromiumPath})`);
  const fonts = has('fc-list', [':lang=ko', 'family']);
  if (fonts.status !== 0 || !/noto sans cjk/i.test(fonts.stdout)) found.push('Noto Sans CJK font (fonts-noto-cjk)');
  return found;
}

const before = missing();
if (before.length) {
  const canInstall = process.getuid?.() === 0 && has('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    console.error(`npm test needs ${before.join(' and ')} for the browser tests. Install them, then run npm test again:\n\n  ${installCommand}\n\n(or point CHROMIUM_PATH at an installed Chromium)\n`);
    process.exit(1);
  }
  console.error(`Installing ${packages.join(' ')} for the browser tests (missing: ${before.join(', ')}) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${run.status}); install by hand: ${installCommand}`);
      process.exit(1);
    }
  }
  const after = missing();
  if (after.length) {
    console.error(`Still missing after apt-get: ${after.join(', ')}; install by hand: ${installCommand}`);
    process.exit(1);
  }
}
