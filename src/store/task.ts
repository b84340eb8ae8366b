/**
 * One path -> TaskResult: read, hash, parse, extract, build rows. Runs in a worker thread (or in
 * the main thread when there are no workers) and never throws: any error becomes a 'failed'
 * result with its code and one-line message.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { extractDocument } from '../extract/index.js';
import { DEFAULT_MAX_BYTES, readDecisionBytes, readDecisionFile } from '../ingest/index.js';
import { parseDocument } from '../parse/index.js';
import { toFailure } from '../parse/file.js';
import type { RawDocument } from '../types.js';
import { okResult, type FileFields, type TaskResult } from './rows.js';

export interface Task {
  /** Absolute path. */
  path: string;
  /** sha256 of the stored copy when it was ingested ok: equal bytes are not parsed again. */
  knownSha256: string | null;
  maxBytes?: number;
  /**
   * The file as read ahead by `prefetch` (stat, then bytes) when it is a regular file within the
   * cap; otherwise absent, and processTask reads the file itself and reports why it cannot.
   */
  file?: Prefetched;
}

export interface Prefetched {
  bytes: number;
  mtimeMs: number;
  data: Uint8Array;
}

/** Larger files are read by the worker itself: tasks in flight never hold more than 32 × 1 MB. */
export const PREFETCH_MAX_BYTES = 1024 * 1024;

/**
 * Read a file ahead without blocking the thread (libuv's pool does the I/O), so a worker never
 * waits on a cold disk between documents. Anything unusual (not a regular file, over the cap,
 * unreadable, changed size while read) gives undefined: processTask then reads it and says why.
 */
export async function prefetch(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Prefetched | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > Math.min(maxBytes, PREFETCH_MAX_BYTES)) return undefined;
    const data = await readFile(path);
    return data.length === info.size ? { bytes: info.size, mtimeMs: info.mtimeMs, data } : undefined;
  } catch {
    return undefined;
  }
}

function fileInfo(path: string): { bytes: number; mtimeMs: number } | null {
  try {
    const info = statSync(path);
    return info.isFile() ? { bytes: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

export async function processTask(task: Task): Promise<TaskResult> {
  const { path } = task;
  const maxBytes = task.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = task.file ?? fileInfo(path);
  const fields = (sha256: string | null): FileFields => ({
    path, file: basename(path) || path, bytes: info?.bytes ?? null, mtime_ms: info?.mtimeMs ?? null, sha256,
  });
  let sha256: string | null = null;
  try {
    let raw: RawDocument;
    if (task.knownSha256 && info && info.bytes <= maxBytes) {
      // Hash first: a touched but unchanged file is recognised without parsing it.
      let bytes: Uint8Array | null = null;
      try {
        bytes = task.file?.data ?? readFileSync(path);
      } catch {
        bytes = null; // the reader below reports why, in its own words
      }
      if (bytes && bytes.length <= maxBytes) {
        sha256 = createHash('sha256').update(bytes).digest('hex');
        if (sha256 === task.knownSha256) return { kind: 'unchanged', file: fields(sha256) };
        raw = await readDecisionBytes(bytes, path);
      } else {
        raw = await readDecisionFile(path, { maxBytes });
      }
    } else {
      raw = task.file ? await readDecisionBytes(task.file.data, path) : await readDecisionFile(path, { maxBytes });
    }
    sha256 = raw.sha256;
    const doc = parseDocument(raw);
    const extraction = extractDocument(doc);
    return okResult(raw, doc, extraction, info ?? { bytes: raw.bytes, mtimeMs: 0 });
  } catch (e) {
    const failure = toFailure(path, e);
    return { kind: 'failed', file: fields(sha256), code: failure.code, message: failure.message.split('\n')[0]! };
  }
}
