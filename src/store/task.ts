/**
 * One path -> TaskResult: read, hash, parse, extract, build rows. Runs in a worker thread (or in
 * the main thread when there are no workers) and never throws: any error becomes a 'failed'
 * result with its code and one-line message.
 */
import { readFileSync, statSync } from 'node:fs';
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
}

interface FileInfo {
  bytes: number;
  mtimeMs: number;
}

function fileInfo(path: string): FileInfo | null {
  try {
    const info = statSync(path);
    return info.isFile() ? { bytes: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * A regular file within the cap: its bytes, read once, with the size and mtime of the stat taken
 * just before. Anything else (not a regular file, over the cap, unreadable) gives null, and
 * readDecisionFile then says why in its own words (a FIFO is never opened).
 * Synchronous, in the worker: ~10-20 µs of CPU per file, where reading ahead asynchronously on
 * the main thread (the previous design) cost ~100 µs per file in thread-pool round trips, on the
 * thread that also writes every row. A cold disk now stalls one worker at a time, not the writer.
 */
function readWhole(path: string, maxBytes: number): { info: FileInfo; data: Uint8Array } | null {
  const info = fileInfo(path);
  if (!info || info.bytes > maxBytes) return null;
  try {
    const data = readFileSync(path);
    return data.length <= maxBytes ? { info, data } : null;
  } catch {
    return null;
  }
}

export async function processTask(task: Task): Promise<TaskResult> {
  const { path } = task;
  const maxBytes = task.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = readWhole(path, maxBytes);
  const info = file?.info ?? fileInfo(path);
  const fields = (sha256: string | null): FileFields => ({
    path, file: basename(path) || path, bytes: info?.bytes ?? null, mtime_ms: info?.mtimeMs ?? null, sha256,
  });
  let sha256: string | null = null;
  try {
    if (task.knownSha256 && file) {
      // Hash first: a touched but unchanged file is recognised without parsing it.
      sha256 = createHash('sha256').update(file.data).digest('hex');
      if (sha256 === task.knownSha256) return { kind: 'unchanged', file: fields(sha256) };
    }
    const raw: RawDocument = file ? await readDecisionBytes(file.data, path) : await readDecisionFile(path, { maxBytes });
    sha256 = raw.sha256;
    const doc = parseDocument(raw);
    const extraction = extractDocument(doc);
    return okResult(raw, doc, extraction, info ?? { bytes: raw.bytes, mtimeMs: 0 });
  } catch (e) {
    const failure = toFailure(path, e);
    return { kind: 'failed', file: fields(sha256), code: failure.code, message: failure.message.split('\n')[0]! };
  }
}
