/** Timing and memory measurement for the benchmark: wall time, CPU time and peak RSS of a process tree. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface RunResult {
  ms: number;
  /**
   * CPU time (user + system) of the command and every thread and process it waited for, in ms;
   * null where /proc is not available. It moves far less than wall time with what else the
   * machine is doing: the figure to compare two builds by.
   */
  cpuMs: number | null;
  /**
   * CPU time of the command's main thread (for `ombuds ingest`, the writer), as last sampled
   * (every 25 ms, so up to that much of its end is missed); null without /proc.
   */
  mainThreadCpuMs: number | null;
  peakRssMb: number;
  code: number | null;
  stderr: string;
  stdout: string;
}

const SAMPLE_MS = 25;

/** Child processes of pid, from each of its threads' /proc children list (Linux 3.5+), or null if unavailable. */
function childrenOf(pid: number): number[] | null {
  try {
    const out: number[] = [];
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    }
    return out;
  } catch (e) {
    return (e as { code?: string }).code === 'ENOENT' && !existsSync(`/proc/${pid}`) ? [] : null;
  }
}

/**
 * The fields of a /proc stat file after the command name (which may contain spaces and
 * parentheses): index 0 is the state, field 3 in proc(5). Throws when the file cannot be read.
 */
function statFields(path: string): string[] {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Parent -> children of every process, by reading every /proc/<pid>/stat (the fallback: costly). */
function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(`/proc/${entry}/stat`)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended while we looked */
    }
  }
  return children;
}

/**
 * Resident set size in kB of pid and all its descendants (Linux /proc). Descendants are found
 * through /proc/<pid>/task/<tid>/children: scanning every process in /proc every 25 ms took
 * ~15% of a core from the 2-core machine the measured ingest runs on.
 */
function treeRssKb(root: number): number {
  let tree: Map<number, number[]> | null = null;
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += m ? Number(m[1]) : 0;
    } catch {
      /* gone */
    }
    const direct = childrenOf(pid);
    stack.push(...(direct ?? (tree ??= processTree()).get(pid) ?? []));
  }
  return total;
}

/** Linux reports process times in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const TICKS_PER_S = 100;

/** The sum of two time fields of a /proc stat file (`first` as statFields counts), in ms; null when it cannot be read. */
function statTimesMs(path: string, first: number): number | null {
  try {
    const fields = statFields(path);
    const ticks = Number(fields[first]) + Number(fields[first + 1]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_S : null;
  } catch {
    return null;
  }
}

/**
 * CPU time of this process's children that have ended and been waited for (cutime + cstime in
 * /proc/self/stat), in ms; null without /proc. A child's own waited-for children count in it.
 */
function childrenCpuMs(): number | null {
  return statTimesMs('/proc/self/stat', 13);
}

/** CPU time so far (utime + stime) of one thread of a running process, in ms; null when gone or without /proc. */
function threadCpuMs(pid: number, tid: number): number | null {
  return statTimesMs(`/proc/${pid}/task/${tid}/stat`, 11);
}

/**
 * Run a command to completion, sampling the RSS of its whole process tree; its CPU time is the
 * rise in this process's children's times, so measured runs must not overlap.
 */
export function runMeasured(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let mainThreadCpu: number | null = null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRssKb(child.pid));
      const main = threadCpuMs(child.pid, child.pid);
      if (main !== null) mainThreadCpu = Math.max(mainThreadCpu ?? 0, main);
    }, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      resolve({ ms: performance.now() - started, cpuMs, mainThreadCpuMs: mainThreadCpu, peakRssMb: peak / 1024, code, stderr, stdout });
    });
  });
}

/** Median wall time of fn over runs (after one warm-up run). */
export function timeIt(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
