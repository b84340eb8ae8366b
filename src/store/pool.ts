/**
 * Runners for ingest tasks: a pool of worker threads (compiled dist/store/ingest-worker.js), or
 * the main thread itself when there are no workers (concurrency 0/1, or running from .ts
 * sources where the worker script does not exist, as under vitest).
 * A worker that dies fails the task it was working on (its first outstanding one; a worker runs
 * its tasks in order) with code 'internal'; its other tasks are re-queued on a fresh worker. If
 * workers keep dying before any has answered (they cannot start), the main thread takes over.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { toFailure } from '../parse/file.js';
import { tuneJitForExtraction } from './jit.js';
import type { TaskResult } from './rows.js';
import type { Task } from './task.js';

/**
 * processTask, loaded when this thread first parses (no workers, or they cannot start): with
 * workers, the main thread never loads the extractors (chrono, compromise, natural: ~180 ms
 * and ~16 MB), which a re-ingest of an unchanged corpus never needs either.
 */
const processTask = async (task: Task): Promise<TaskResult> => (await import('./task.js')).processTask(task);

export interface Runner {
  /** Worker threads in use (0: the main thread parses). */
  readonly workers: number;
  /** Tasks worth keeping in flight. */
  readonly capacity: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export const WORKER_URL = new URL('./ingest-worker.js', import.meta.url);

/** True when the compiled worker script is next to this module (false when running from .ts). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export function inProcessRunner(): Runner {
  tuneJitForExtraction();
  return { workers: 0, capacity: 4, run: processTask, close: async () => {} };
}

interface Pending {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  pending: Pending[];
}

/**
 * V8 heap limits per worker. Left to itself V8 grows each worker's young generation to ~48 MB
 * and its old generation well past the live data, so an ingest with two workers peaked at
 * ~570 MB for ~100 MB of live data; with these limits it stays near 330 MB at the same docs/s
 * (npm run bench; 12 MB saved ~20 MB more but spent more time in scavenges). The old generation
 * keeps room for a 19 MB decision (text or HTML, just under the 20 MB size cap; one dense with
 * mentions needed more than 256 MB); a file that still does not fit fails alone ("worker died
 * ... memory limit").
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 512 };

/**
 * Tasks sent ahead to each worker, so it never waits for the main thread between files. A task
 * is only a path (workers read their files), and the main thread is blocked for a whole COMMIT
 * (~50-100 ms a batch). 50,000 decisions, 2 workers: with 16 a worker ran dry during most
 * commits (~1.78 of the 2 cores used), 32 ~1.85, 48 ~1.88 at the same peak RSS (~355 MB); with
 * 64 the main thread's heap grew under the bursts of results (peak ~440 MB) for little more.
 */
const AHEAD = 48;

export function workerRunner(count: number): Runner {
  tuneJitForExtraction();
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];
  /** Workers that died before any worker had answered: a worker that cannot start. */
  let earlyDeaths = 0;
  let answered = false;
  /** After 3 early deaths the main thread takes over rather than failing every file. */
  let inProcess = false;

  const spawn = (index: number): void => {
    const slot: Slot = { worker: new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }), pending: [] };
    slots[index] = slot;
    slot.worker.on('message', (msg: { id: number; result: TaskResult }) => {
      answered = true;
      const at = slot.pending.findIndex((p) => p.id === msg.id);
      if (at >= 0) slot.pending.splice(at, 1)[0]!.resolve(msg.result);
    });
    const died = (reason: string): void => {
      if (slots[index] !== slot) return;
      // Before any worker has answered, a death means workers cannot start: blame no file.
      const early = !answered && !closing;
      const culprit = early ? undefined : slot.pending[0];
      const rest = early ? slot.pending : slot.pending.slice(1);
      slot.pending = [];
      if (culprit) {
        const path = culprit.task.path;
        culprit.resolve({
          kind: 'failed', code: 'internal', message: toFailure(path, new Error(`worker died (${reason})`)).message,
          file: { path, file: basename(path), bytes: null, mtime_ms: null, sha256: null },
        });
      }
      if (closing) return;
      if (early && ++earlyDeaths >= 3) inProcess = true;
      if (inProcess) {
        for (const p of rest) void processTask(p.task).then(p.resolve);
        return;
      }
      spawn(index);
      for (const p of rest) send(slots[index]!, p);
    };
    slot.worker.on('error', (e) => died(e.message.split('\n')[0] ?? 'error'));
    slot.worker.on('exit', (code) => died(`exit code ${code}`));
  };

  const send = (slot: Slot, p: Pending): void => {
    slot.pending.push(p);
    slot.worker.postMessage({ id: p.id, task: p.task });
  };

  // Spawned on the first task: a run that skips every file never starts a worker.
  let started = false;
  return {
    get workers() {
      return started && !inProcess ? count : 0;
    },
    capacity: count * AHEAD,
    run(task) {
      if (!started) {
        started = true;
        for (let i = 0; i < count; i++) spawn(i);
      }
      if (inProcess) return processTask(task);
      return new Promise((resolve) => {
        const slot = slots.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
        send(slot, { id: nextId++, task, resolve });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * `concurrency` worker threads when the compiled worker exists (1 worker still frees this thread
 * to write while it extracts); 0, or running from .ts sources, parses in this thread.
 */
export function createRunner(concurrency: number): Runner {
  return concurrency >= 1 && workersAvailable() ? workerRunner(concurrency) : inProcessRunner();
}
