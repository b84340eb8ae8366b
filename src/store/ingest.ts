/**
 * Batch ingestion: paths (files, directories, globs) -> the evidence store, streamed.
 *
 * Paths are expanded lazily; a path whose stored copy is ok and whose size and mtime are
 * unchanged is skipped without reading it. The others are read, hashed, parsed and extracted on
 * worker threads (a bytes-identical file is recognised by its sha256 and not parsed), with at
 * most `runner.capacity` tasks in flight, dispatched in path order (the first file of a case
 * wins). This thread touches no file: it writes. Results are written by this thread alone, in
 * batched transactions (every `batchSize` documents or `batchMs` milliseconds), so killing the
 * process at any moment loses at most the uncommitted batch, which the next run redoes.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { expandPaths } from '../ingest/index.js';
import { DEFAULT_DB, openStore, type Store } from './db.js';
import { createRunner } from './pool.js';
import type { Task } from './task.js';
import type { TaskResult } from './rows.js';
import { StoreWriter, type KnownDocument, type WriteOutcome } from './writer.js';

export interface IngestOptions {
  /** Database file (default ombuds.db) or an open store (left open). */
  db?: string | Store;
  /** Worker threads (default: os.availableParallelism()); 0 parses in this thread. */
  concurrency?: number;
  /** Files larger than this fail with 'too_large' (default: the reader's 20 MB). */
  maxBytes?: number;
  /** Re-read and re-extract every file, even unchanged ones (after an extractor upgrade). */
  force?: boolean;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Longest wait before a partial batch is committed, in ms (default 250). */
  batchMs?: number;
  /** Count the inputs in the background so progress has a total (for an ETA). */
  countTotal?: boolean;
  /** Stop taking new files; what is in flight is finished and committed. */
  signal?: AbortSignal;
  /** Called after each commit and at most every 100 ms while skipping. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called for every document that failed or was a duplicate, after it is committed. */
  onIssue?: (issue: WriteOutcome) => void;
}

export interface IngestProgress {
  /** Paths found so far. */
  files: number;
  /** Paths settled (committed or skipped). */
  done: number;
  /** All paths, once the background count has finished (countTotal), else null. */
  total: number | null;
  ingested: number;
  /** Unchanged since the last ingest (by size+mtime, or by sha256). */
  skipped: number;
  duplicate: number;
  failed: number;
  elapsedMs: number;
  /** Worker threads (0: parsed in the main thread). */
  workers: number;
}

export interface IngestSummary extends IngestProgress {
  /** Failed documents by error code. */
  failures: Record<string, number>;
  /** True when stopped by the abort signal before all inputs were seen. */
  aborted: boolean;
}

const sameFile = (path: string, known: KnownDocument): boolean => {
  try {
    const info = statSync(path);
    return info.size === known.bytes && info.mtimeMs === known.mtime_ms;
  } catch {
    return false;
  }
};

export async function ingestPaths(inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const db = typeof opts.db === 'object' ? opts.db : openStore(opts.db ?? DEFAULT_DB);
  let writer: StoreWriter;
  try {
    writer = new StoreWriter(db);
  } catch (e) {
    if (typeof opts.db !== 'object') db.close();
    throw e;
  }
  const runner = createRunner(opts.concurrency ?? availableParallelism());
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const batchMs = opts.batchMs ?? 250;
  const p: IngestProgress = { files: 0, done: 0, total: null, ingested: 0, skipped: 0, duplicate: 0, failed: 0, elapsedMs: 0, workers: 0 };
  const failures: Record<string, number> = {};

  let lastReport = 0;
  const report = (force = false): void => {
    const now = Date.now();
    if (!opts.onProgress || (!force && now - lastReport < 100)) return;
    lastReport = now;
    opts.onProgress({ ...p, elapsedMs: now - started, workers: runner.workers });
  };

  // The single writer: each result is written into the open transaction as it arrives; the
  // transaction is committed every batchSize documents or batchMs ms. Progress and issues are
  // reported only once committed.
  let outcomes: WriteOutcome[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writeError: unknown = null;
  const commit = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!outcomes.length || writeError) return;
    try {
      writer.commit();
    } catch (e) {
      writeError = e; // the database itself failed (disk full, locked): stop the run
      return;
    }
    for (const o of outcomes) {
      p.done++;
      if (o.outcome === 'ingested') p.ingested++;
      else if (o.outcome === 'unchanged') p.skipped++;
      else if (o.outcome === 'duplicate') p.duplicate++;
      else {
        p.failed++;
        failures[o.code ?? 'internal'] = (failures[o.code ?? 'internal'] ?? 0) + 1;
      }
      if (o.outcome === 'duplicate' || o.outcome === 'failed') opts.onIssue?.(o);
    }
    outcomes = [];
    report(true);
  };
  const add = (result: TaskResult): void => {
    if (writeError) return;
    try {
      writer.begin();
      outcomes.push(writer.write(result));
    } catch (e) {
      writeError = e;
      return;
    }
    if (outcomes.length >= batchSize) commit();
    else timer ??= setTimeout(commit, batchMs);
  };

  if (opts.countTotal) {
    void (async () => {
      let n = 0;
      for await (const _ of expandPaths(inputs)) n++;
      p.total = n;
    })().catch(() => {});
  }

  const inFlight = new Set<Promise<void>>();
  let room: (() => void) | null = null;
  try {
    for await (const path of expandPaths(inputs)) {
      if (opts.signal?.aborted || writeError) break;
      p.files++;
      const abs = resolve(path);
      const known = opts.force ? undefined : writer.known(abs);
      if (known?.status === 'ok' && sameFile(abs, known)) {
        p.skipped++;
        p.done++;
        report();
        continue;
      }
      while (inFlight.size >= runner.capacity) await new Promise<void>((r) => (room = r));
      const task: Task = { path: abs, knownSha256: known?.status === 'ok' ? known.sha256 : null, maxBytes: opts.maxBytes };
      const job: Promise<void> = runner.run(task).then(add).finally(() => {
        inFlight.delete(job);
        room?.();
        room = null;
      });
      inFlight.add(job);
    }
    await Promise.all(inFlight);
    commit();
    if (writeError) throw writeError;
    if (p.ingested || p.failed || p.duplicate) writer.refreshOrganisations();
  } finally {
    if (timer) clearTimeout(timer);
    if (db.inTransaction) writer.rollback(); // only after an error: the normal path has committed
    await runner.close();
    if (typeof opts.db !== 'object') {
      try {
        db.pragma('optimize');
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    }
  }
  if (p.total === null && !opts.signal?.aborted) p.total = p.files;
  const summary: IngestSummary = { ...p, workers: runner.workers, elapsedMs: Date.now() - started, failures, aborted: Boolean(opts.signal?.aborted) };
  opts.onProgress?.(summary);
  return summary;
}
