/**
 * `ombuds ingest` through the built CLI (`npm test` builds dist/ first): worker threads, exit
 * codes, and kill -9 at arbitrary moments followed by re-runs that complete the corpus with
 * nothing lost or duplicated.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { ingestPaths } from '../../src/store/ingest.js';
import { ROW_TABLES, statusCounts, tableCounts } from '../../src/store/queries.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, corpusFiles } from '../helpers/corpus.js';
import { copyCorpus, removeTempDirs, tempDir, uniqueCopies } from './helpers.js';

afterAll(removeTempDirs);

const BUILT = existsSync(join(ROOT, 'dist', 'store', 'ingest-worker.js'));

function counts(path: string) {
  const db = openStore(path);
  try {
    return { tables: tableCounts(db), status: statusCounts(db) };
  } finally {
    db.close();
  }
}

/** Documents committed so far, read from another process's store without disturbing it. */
function committed(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 2000');
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Start `ombuds ingest`, SIGKILL it once `atLeast` documents are committed; resolves with what was committed. */
function ingestAndKill(args: string[], db: string, atLeast: number): Promise<{ killed: boolean; committed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'ombuds.js'), 'ingest', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && committed(db) >= atLeast) {
        killed = child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`ingest exited ${code}: ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL', committed: committed(db) });
    });
  });
}

describe.skipIf(!BUILT)('ombuds ingest (built CLI)', () => {
  it('ingests with worker threads exactly what the in-process path stores; exit 1 when some files fail', async () => {
    const dir = tempDir();
    copyCorpus(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 91) % 256)));
    const db = join(dir, 'workers.db');
    const run = runCli(['ingest', dir, '--db', db, '--concurrency', '2']);
    expect(run.status, run.stderr).toBe(1);
    const n = corpusFiles().length;
    expect(run.stderr).toContain(`ingested ${n}, skipped 0 (unchanged), duplicate 0, failed 2 (binary 1, empty 1)`);
    expect(run.stderr).toContain('2 workers');
    expect(run.stderr).toMatch(/empty\.txt: /);
    expect(run.stdout).toBe('');

    const reference = join(tempDir(), 'reference.db');
    await ingestPaths([dir], { db: reference, concurrency: 0 });
    expect(counts(db)).toEqual(counts(reference));

    const again = runCli(['ingest', dir, '--db', db, '--concurrency', '2']);
    expect(again.stderr).toContain(`ingested 0, skipped ${n} (unchanged), duplicate 0, failed 2`);
    expect(again.status).toBe(1);

    const clean = tempDir();
    copyCorpus(clean, corpusFiles().slice(0, 3));
    const ok = runCli(['ingest', join(clean, '*.txt'), '--db', join(clean, 'x.db'), '--concurrency', '1']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('ingested 3,');
  }, 300_000);

  it('exits 2 on usage errors', () => {
    expect(runCli(['ingest']).status).toBe(2);
    const dir = tempDir();
    for (const flags of [['--concurrency', 'many'], ['--concurrency', '-1'], ['--max-bytes', 'huge'], ['--batch-size', '0'], ['--no-such-flag']]) {
      const r = runCli(['ingest', dir, '--db', join(dir, 'x.db'), ...flags]);
      expect(r.status, flags.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });

  it('accepts --max-bytes with units and fails larger files as too_large', () => {
    const dir = tempDir();
    copyCorpus(dir, ['12-010-181.txt']);
    const r = runCli(['ingest', dir, '--db', join(dir, 'x.db'), '--max-bytes', '1k', '--concurrency', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('failed 1 (too_large 1)');
  });

  it('survives kill -9 at any moment: re-runs complete the corpus, nothing lost or duplicated', async () => {
    const FILES = 600;
    const dir = tempDir();
    uniqueCopies(dir, FILES);
    const db = join(tempDir(), 'killed.db');
    const args = [dir, '--db', db, '--concurrency', '2', '--batch-size', '10'];

    const first = await ingestAndKill(args, db, 30);
    const second = await ingestAndKill(args, db, first.committed + 150);
    expect(first.committed).toBeGreaterThan(0);
    expect(first.killed || second.killed).toBe(true); // at least one kill landed mid-corpus

    const last = runCli(['ingest', ...args]);
    expect(last.status, last.stderr).toBe(0);
    // What the killed runs committed is skipped; the rest is ingested.
    expect(last.stderr).toContain(`ingested ${FILES - second.committed}, skipped ${second.committed} (unchanged)`);

    const reference = join(tempDir(), 'reference.db');
    await ingestPaths([dir], { db: reference, concurrency: 0 });
    const got = counts(db);
    expect(got.status).toEqual({ ok: FILES, failed: 0, duplicate: 0 });
    expect(got.tables.documents).toBe(FILES);
    expect(got.tables.decisions).toBe(FILES);
    expect(got).toEqual(counts(reference));

    const store = openStore(db);
    try {
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.pragma('foreign_key_check')).toEqual([]);
      expect(() => store.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
      expect(store.prepare('SELECT count(*) AS n FROM (SELECT decision_id, ordinal FROM paragraphs GROUP BY 1, 2 HAVING count(*) > 1)').get()).toEqual({ n: 0 });
      for (const t of ROW_TABLES) expect(typeof got.tables[t]).toBe('number');
      // Each copy is its own decision, with its own case number.
      expect(store.prepare('SELECT count(DISTINCT case_key) AS n FROM decisions').get()).toEqual({ n: FILES });
      expect(readFileSync(join(dir, 'copy-00000.txt'), 'utf8')).toContain('99 000 000');
    } finally {
      store.close();
    }
  }, 600_000);
});
