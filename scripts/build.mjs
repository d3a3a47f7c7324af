// Atomic publish: runs `astro build` into a temporary directory beside the output and swaps it in
// only when the build succeeded, so a failed or interrupted build never leaves a half-written site.
//
// `KB_OUT_DIR` (default ./dist) keeps its meaning for users: it is the final directory. The build
// writes to `<out>.partial-<pid>` in the same parent directory (same filesystem, so the swap is two
// renames, never a copy). On failure, SIGINT, SIGTERM or SIGHUP the partial directory is removed
// and the previous output is left exactly as it was. Everything the build writes lands in the partial
// directory and is swapped with it, the search index included (`astro build` writes it:
// src/search/build/integration.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The settings (kb.config.ts with the KB_* overrides) are TypeScript: a short-lived child reads the output
// directory, so this process, which only waits for Astro and swaps, stays small (its memory counts in the
// build's peak). A bad setting stops here with the settings' own message.
const settingsModule = JSON.stringify(pathToFileURL(path.join(projectRoot, 'src/config/settings.ts')).href);
const read = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const { settings } = await import(${settingsModule}); const { outDir, contentDir } = settings(); process.stdout.write(JSON.stringify({ outDir, contentDir }));`], { cwd: projectRoot, encoding: 'utf8' });
if (read.status !== 0 || !read.stdout) {
  process.stderr.write(read.stderr || 'could not read the settings (kb.config.ts)\n');
  process.exit(1);
}
const { outDir: finalDir, contentDir } = JSON.parse(read.stdout);
const parent = path.dirname(finalDir);
const base = path.basename(finalDir);
const partialDir = path.join(parent, `${base}.partial-${process.pid}`);
const previousDir = path.join(parent, `${base}.previous-${process.pid}`);
// Run Astro with this script's own Node (the project's Node 24), whatever `node` is first on PATH.
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** Leftovers of builds that were killed outright (SIGKILL, power loss): restore or remove them. */
function recoverLeftovers() {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const match = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(partial|previous)-(\\d+)$`).exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const leftover = path.join(parent, name);
    // A build killed between its two renames left the old site only as `.previous-<pid>`.
    if (match[1] === 'previous' && !existsSync(finalDir)) renameSync(leftover, finalDir);
    else rmSync(leftover, { recursive: true, force: true });
  }
}

function swapIn() {
  const hadPrevious = existsSync(finalDir);
  if (hadPrevious) renameSync(finalDir, previousDir);
  try {
    renameSync(partialDir, finalDir);
  } catch (error) {
    if (hadPrevious) renameSync(previousDir, finalDir);
    throw error;
  }
  if (hadPrevious) rmSync(previousDir, { recursive: true, force: true });
}

const cleanUp = () => rmSync(partialDir, { recursive: true, force: true });

/** Bytes of every file under `dir` (the content: what Astro's heap holds grows with it). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    const file = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(file) : entry.isFile() ? statSync(file).size : 0;
  }
  return total;
}

/**
 * Astro's heap limit, from the content's size. Left alone, V8 lets the heap grow to about three times
 * what the build keeps alive (10,000 scripts, 33 MB of content: ≈ 260 MB alive, the heap at 750 MB and the
 * process at 1.4 GB); a limit of 384 MB plus 8× the content keeps the process near 1 GB for ≈ 8% more
 * CPU in garbage collection. Content that needs more than that is built again without the limit.
 * KB_BUILD_HEAP_MB sets the limit instead.
 */
const heapLimitMb = Number(process.env.KB_BUILD_HEAP_MB) || Math.round(384 + (8 * bytesUnder(contentDir)) / 2 ** 20);
/** V8 aborts (SIGABRT) when a heap limit is reached. */
const ranOutOfHeap = (code, signal) => signal === 'SIGABRT' || code === 134;

recoverLeftovers();
let child;
let limited = true;
function startAstro() {
  const heap = limited ? [`--max-old-space-size=${heapLimitMb}`] : [];
  child = spawn(process.execPath, [...heap, astroBin, 'build', ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, KB_OUT_DIR: partialDir },
  });
  child.on('error', (error) => {
    console.error(`could not start astro: ${error.message}`);
    cleanUp();
    process.exit(1);
  });
  child.on('exit', onAstroExit);
}
startAstro();

const unchanged = () => `${path.relative(process.cwd(), finalDir) || finalDir}/ is unchanged`;
let stoppedBy;
let astroExited = false;
const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const signal of Object.keys(exitCodes)) {
  process.on(signal, () => {
    if (stoppedBy) return;
    stoppedBy = signal;
    console.error(`\nbuild interrupted (${signal}); ${unchanged()}`);
    if (astroExited) {
      cleanUp();
      process.exit(exitCodes[signal]);
    }
    // The child may already have the signal (Ctrl-C reaches the whole process group); sending it
    // again is harmless. If it does not stop in time, kill it so the partial output can be removed.
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

async function onAstroExit(code, signal) {
  if (!stoppedBy && limited && ranOutOfHeap(code, signal)) {
    console.error(`\nAstro needed more than its ${heapLimitMb} MB heap; building again without the limit…`);
    cleanUp();
    limited = false;
    startAstro();
    return;
  }
  astroExited = true;
  if (stoppedBy || signal) {
    cleanUp();
    process.exit(exitCodes[stoppedBy ?? signal] ?? 1);
  }
  if (code !== 0) {
    cleanUp();
    console.error(`build failed; ${unchanged()}`);
    process.exit(code ?? 1);
  }
  try {
    swapIn();
  } catch (error) {
    cleanUp();
    console.error(`could not publish the build to ${finalDir}: ${error.message}`);
    process.exit(1);
  }
  process.exit(0);
}
