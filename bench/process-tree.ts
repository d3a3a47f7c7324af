/**
 * Runs a command and measures it as a whole process tree: wall time, peak resident memory (the sum
 * over the command and every descendant, sampled from /proc), and when each output line appeared, so
 * callers can split the run into phases by its log.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TreeRun {
  status: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the tree, in bytes (sampled every `sampleMs`). */
  peakTreeRss: number;
  /** Largest high-water mark of any single process of the tree, in bytes (exact, from VmHWM). */
  peakProcessRss: number;
  /**
   * CPU time (user + sys) of the whole tree, in ms: GNU time's figure when /usr/bin/time exists, or
   * the sum sampled from /proc if larger. Unlike wall time it barely moves when other work competes.
   */
  cpuMs: number | undefined;
  /** Cumulative CPU time of the tree at each sample, so phases found in the log get their CPU share. */
  cpuTimeline: { ms: number; cpuMs: number }[];
  /** How many processes the tree had at most. */
  peakProcesses: number;
  /** Output lines (stdout and stderr) with the milliseconds since start when each arrived. */
  lines: { ms: number; text: string }[];
}

const hasProc = existsSync('/proc/self/status');
const gnuTime = '/usr/bin/time';

function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function treeOf(root: number): number[] {
  const children = childrenByParent();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

const ticksPerSecond = 100;

/** CPU time (user + sys) a process has used so far, in ms; 0 once it is gone. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, i.e. 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  } catch {
    return 0;
  }
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

export function runTree(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number }): Promise<TreeRun> {
  if (!hasProc) throw new Error('measuring a process tree needs Linux /proc');
  // GNU time reports user+sys of every waited-for descendant and the largest single RSS, exactly.
  const timeDir = existsSync(gnuTime) ? mkdtempSync(path.join(os.tmpdir(), 'kb-time-')) : undefined;
  const timeFile = timeDir && path.join(timeDir, 'time.txt');
  const start = performance.now();
  const child = timeFile
    ? spawn(gnuTime, ['-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TreeRun['lines'] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - start;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ ms, text });
    });
    stream.on('end', () => rest && lines.push({ ms: performance.now() - start, text: rest }));
  };
  collect(child.stdout);
  collect(child.stderr);

  let peakTreeRss = 0;
  let peakProcesses = 0;
  const hwm = new Map<number, number>();
  const cpu = new Map<number, number>();
  const cpuTimeline: TreeRun['cpuTimeline'] = [];
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    const tree = treeOf(child.pid);
    for (const pid of tree) {
      const memory = memoryOf(pid);
      sum += memory.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwm));
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuOf(pid)));
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
    cpuTimeline.push({ ms: performance.now() - start, cpuMs: [...cpu.values()].reduce((total, ms) => total + ms, 0) });
    peakProcesses = Math.max(peakProcesses, tree.length);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      let cpuMs: number | undefined;
      let timedRss = 0;
      if (timeFile && existsSync(timeFile)) {
        const [user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (user !== undefined && sys !== undefined && !Number.isNaN(user + sys)) cpuMs = (user + sys) * 1000;
        timedRss = (maxKb ?? 0) * 1024;
      }
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      // GNU time misses descendants nobody waited for (Pagefind's service process); samples catch them.
      const sampledCpu = [...cpu.values()].reduce((sum, ms) => sum + ms, 0);
      cpuMs = Math.max(cpuMs ?? 0, sampledCpu) || undefined;
      const peakProcessRss = Math.max(timedRss, ...hwm.values());
      resolve({ status, wallMs, cpuMs, peakTreeRss: Math.max(peakTreeRss, peakProcessRss), peakProcessRss, peakProcesses, lines, cpuTimeline });
    });
  });
}
