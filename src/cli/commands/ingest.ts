/**
 * `ombuds ingest <paths...> [--db ombuds.db] [--concurrency N] [--max-bytes N] [--force]`:
 * files, directories or globs into the SQLite evidence store. Progress on stderr (a bar on a
 * terminal, a plain line every 5 s or 1,000 files otherwise), then a summary. Exit 0 when every
 * file was stored or skipped, 1 when some failed (the rest are stored), 2 on usage errors,
 * 130 when interrupted (what was in flight is committed; re-run to finish).
 */
import { accessSync, constants } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.js';
import { osReason } from '../../ingest/errors.js';
import type { IngestProgress, IngestSummary } from '../../store/ingest.js';
import type { WriteOutcome } from '../../store/writer.js';
import { printableName } from '../../parse/file.js';
import { err } from '../output.js';

const PLAIN_EVERY_MS = 5_000;
const PLAIN_EVERY_FILES = 1_000;
const TTY_ISSUE_LINES = 20;

function count(name: string, min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min) throw new InvalidArgumentError(`${name} must be a whole number >= ${min}`);
    return n;
  };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "20000000", "500k", "20MB" -> bytes. */
export function parseBytes(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InvalidArgumentError('expected a size in bytes, e.g. 20000000, 500k or 20MB');
  return Math.floor(Number(m[1]) * unit);
}

const rate = (p: IngestProgress) => (p.elapsedMs > 0 ? Math.round((p.done * 1000) / p.elapsedMs) : 0);

export function summaryLine(s: IngestSummary, db: string): string {
  const reasons = Object.entries(s.failures).sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ${n}`).join(', ');
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  const workers = s.workers ? `${s.workers} worker${s.workers === 1 ? '' : 's'}` : 'no workers';
  return `ingested ${s.ingested}, skipped ${s.skipped} (unchanged), duplicate ${s.duplicate}, failed ${s.failed}` +
    `${reasons ? ` (${reasons})` : ''} — ${s.files} files in ${seconds} s (${rate(s)} docs/s, ${workers}) -> ${db}` +
    `${s.aborted ? ' [interrupted: run again to finish]' : ''}`;
}

/** One line per failed or duplicate file, even when its name holds a line break. */
export const issueLine = (o: WriteOutcome): string => printableName(o.message ?? o.path);

interface Display {
  progress(p: IngestProgress): void;
  issue(o: WriteOutcome): void;
  stop(): void;
}

async function ttyDisplay(): Promise<Display> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingest {bar} {value}/{total} files | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
    hideCursor: true,
    fps: 5,
    etaBuffer: 200,
    clearOnComplete: false,
  }, Presets.shades_classic);
  const issues: string[] = [];
  let more = 0;
  let started = false;
  return {
    progress(p) {
      if (!started) bar.start(Math.max(1, p.total ?? p.files), 0, { rate: 0, failed: 0 });
      started = true;
      bar.setTotal(Math.max(p.total ?? p.files, p.done));
      bar.update(p.done, { rate: rate(p), failed: p.failed });
    },
    issue(o) {
      if (issues.length < TTY_ISSUE_LINES) issues.push(issueLine(o));
      else more++;
    },
    stop() {
      if (started) bar.stop();
      for (const line of issues) err(line);
      if (more) err(`... and ${more} more (SELECT * FROM v_failures)`);
    },
  };
}

function plainDisplay(): Display {
  let lastAt = Date.now();
  let lastDone = 0;
  return {
    progress(p) {
      if (Date.now() - lastAt < PLAIN_EVERY_MS && p.done - lastDone < PLAIN_EVERY_FILES) return;
      lastAt = Date.now();
      lastDone = p.done;
      const of = p.total === null ? '' : `/${p.total}`;
      err(`ingest: ${p.done}${of} files (${p.ingested} ingested, ${p.skipped} unchanged, ${p.duplicate} duplicate, ` +
        `${p.failed} failed), ${rate(p)} docs/s`);
    },
    issue(o) {
      err(issueLine(o));
    },
    stop() {},
  };
}

/**
 * The database itself failed (disk full, read-only or lost file system, locked, not a database):
 * one line naming the database and the SQLite code. Batches committed before it are kept and a
 * rolled-back batch leaves nothing half-written, so running again resumes.
 */
function storeError(e: unknown, db: string): unknown {
  if (!(e instanceof Error) || e.name !== 'SqliteError') return e;
  const code = (e as Error & { code?: unknown }).code;
  let reason = `${e.message.split('\n')[0]}${typeof code === 'string' ? ` (${code})` : ''}`;
  // SQLite says "unable to open database file" or "disk I/O error"; the folder may say why.
  const folder = dirname(resolve(db));
  try {
    accessSync(folder, constants.W_OK);
  } catch (problem) {
    reason += ` (${folder}: ${osReason(problem)})`;
  }
  return new Error(`${db}: ${reason}; nothing is half-written: fix this and run again to resume`);
}

interface IngestFlags {
  db: string;
  concurrency: number;
  maxBytes: number;
  force?: boolean;
  batchSize: number;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('parse and extract decision files into the SQLite evidence store; unchanged files are skipped, so re-running resumes')
    .argument('<paths...>', 'files, directories or globs')
    .option('--db <file>', 'SQLite database file', 'ombuds.db')
    .option('--concurrency <n>', 'worker threads (0: parse in the main thread)', count('--concurrency', 0), availableParallelism())
    .option('--max-bytes <size>', 'files larger than this fail as too_large (e.g. 20MB)', parseBytes, DEFAULT_MAX_BYTES)
    .option('--force', 're-read and re-extract every file, even unchanged ones')
    .option('--batch-size <n>', 'documents per transaction', count('--batch-size', 1), 200)
    .action(async (paths: string[], flags: IngestFlags) => {
      const { ingestPaths } = await import('../../store/ingest.js');
      const display = process.stderr.isTTY ? await ttyDisplay() : plainDisplay();
      const controller = new AbortController();
      const onSigint = () => {
        if (controller.signal.aborted) process.exit(130);
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      let summary: IngestSummary;
      try {
        summary = await ingestPaths(paths, {
          db: flags.db,
          concurrency: flags.concurrency,
          maxBytes: flags.maxBytes,
          force: flags.force ?? false,
          batchSize: flags.batchSize,
          countTotal: process.stderr.isTTY === true,
          signal: controller.signal,
          onProgress: (p) => display.progress(p),
          onIssue: (o) => display.issue(o),
        });
      } catch (e) {
        throw storeError(e, flags.db);
      } finally {
        display.stop();
        process.off('SIGINT', onSigint);
      }
      err(summaryLine(summary, flags.db));
      if (summary.files === 0) err('ombuds ingest: no decision files found (.txt, .text, .htm, .html, .pdf)');
      if (summary.aborted) process.exitCode = 130;
      else if (summary.failed > 0 || summary.files === 0) process.exitCode = 1;
    });
}
