/**
 * Concurrent use of one database by separate `ombuds` processes:
 * - two `ombuds ingest` runs at once over overlapping and distinct sets of files (one naming the
 *   shared files by directory, the other by glob) end with every document and decision exactly
 *   once, the same rows as one run over everything, and a store that passes its integrity checks;
 * - readers during an ingest — `ombuds stats remedies --format json` run again and again, and an
 *   in-process reader holding one read transaction — always see a consistent snapshot.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { remedyStats, type RemedyStatsRow } from '../../src/analyse/stats.js';
import { runCli } from '../helpers/cli.js';
import { ROW_TABLES, statusCounts, tableCounts } from '../../src/store/queries.js';
import { ROOT } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from '../helpers/fixture-db.js';
import { type AsyncCliResult, binaryNoise, decisionCopies, runCliAsync } from '../helpers/hostile.js';

afterAll(removeTempDirs);

const BUILT = existsSync(join(ROOT, 'dist', 'store', 'ingest-worker.js'));

function withStore<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Integrity of a store: SQLite's own check, foreign keys, the full-text index, no row twice. */
function checkStore(path: string): void {
  const db = new Database(path);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
    expect(db.prepare('SELECT count(*) - count(DISTINCT path) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) - count(DISTINCT document_id) FROM decisions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM (SELECT decision_id, ordinal FROM paragraphs GROUP BY 1, 2 HAVING count(*) > 1)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM (SELECT decision_id, ordinal FROM sections GROUP BY 1, 2 HAVING count(*) > 1)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM (SELECT decision_id, idx FROM payments GROUP BY 1, 2 HAVING count(*) > 1)').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
}

describe.skipIf(!BUILT)('two `ombuds ingest` processes on one database at once', () => {
  it('overlapping and distinct files: no row lost or duplicated, same rows as one run over everything', async () => {
    const root = tempDir('ombuds-hardening-two-');
    const dirs = { a: join(root, 'only-a'), shared: join(root, 'shared'), b: join(root, 'only-b') };
    for (const d of Object.values(dirs)) mkdirSync(d);
    const N = 40;
    decisionCopies(dirs.a, 1000, N, 'a');
    decisionCopies(dirs.shared, 2000, N, 'shared');
    decisionCopies(dirs.b, 3000, N, 'b');
    writeFileSync(join(dirs.shared, 'zz-empty.txt'), '');
    writeFileSync(join(dirs.shared, 'zz-noise.txt'), binaryNoise(2048));
    const db = join(root, 'db', 'ombuds.db');

    const flags = ['--db', db, '--concurrency', '2', '--batch-size', '5'];
    const [a, b] = await Promise.all([
      runCliAsync(['ingest', dirs.a, dirs.shared, ...flags]),
      runCliAsync(['ingest', join(dirs.shared, '*.txt'), dirs.b, ...flags]),
    ]);
    // Both finish; the two bad shared files fail in each run (exit 1), nothing else does.
    for (const r of [a, b]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/duplicate 0, failed 2 \(binary 1, empty 1\)/);
      expect(r.stderr).not.toMatch(/SQLITE_BUSY|database is locked/);
    }

    const got = withStore(db, (s) => ({ tables: tableCounts(s), status: statusCounts(s) }));
    expect(got.status).toEqual({ ok: 3 * N, failed: 2, duplicate: 0 });
    expect(got.tables.documents).toBe(3 * N + 2);
    expect(got.tables.decisions).toBe(3 * N);
    checkStore(db);

    // One run over everything gives exactly the same rows.
    const reference = join(tempDir('ombuds-hardening-ref-'), 'reference.db');
    expect(runCli(['ingest', dirs.a, dirs.shared, dirs.b, '--db', reference, '--concurrency', '0']).status).toBe(1);
    const ref = withStore(reference, tableCounts);
    for (const t of ROW_TABLES) expect(got.tables[t], t).toBe(ref[t]);
    const cases = (path: string) => withStore(path, (s) => s.prepare('SELECT case_number, remedy_total FROM decisions ORDER BY case_number').all());
    expect(cases(db)).toEqual(cases(reference));
  }, 300_000);
});

interface Sample {
  at: number;
  result: AsyncCliResult;
  row: RemedyStatsRow | null;
}

describe.skipIf(!BUILT)('readers during an ingest see consistent snapshots', () => {
  it('`ombuds stats remedies --format json` again and again, and a reader holding a read transaction', async () => {
    const root = tempDir('ombuds-hardening-readers-');
    const input = join(root, 'in');
    mkdirSync(input);
    const first = decisionCopies(input, 5000, 5, 'a-first');
    const db = join(root, 'ombuds.db');
    expect(runCli(['ingest', ...first, '--db', db, '--concurrency', '0']).status).toBe(0); // the store exists before the readers start
    decisionCopies(input, 6000, 300, 'b-more');

    let done = false;
    const ingest = runCliAsync(['ingest', input, '--db', db, '--concurrency', '2', '--batch-size', '5']).finally(() => {
      done = true;
    });

    const samples: Sample[] = [];
    const snapshots: Array<{ stats: RemedyStatsRow; sql: { decisions: number; paid: number; total: number | null } }> = [];
    const reader = new Database(db, { readonly: true });
    reader.pragma('busy_timeout = 10000');
    const sqlTotals = reader.prepare(`SELECT count(*) AS decisions, count(*) FILTER (WHERE remedy_total > 0) AS paid,
      round(sum(remedy_total) FILTER (WHERE remedy_total > 0), 2) AS total FROM decisions`);
    try {
      for (let i = 0; !done || i < 2; i++) {
        // In process: the stats and a direct query in ONE read transaction see the same snapshot.
        reader.exec('BEGIN');
        try {
          const stats = remedyStats(reader, 'all')[0]!;
          const sql = sqlTotals.get() as { decisions: number; paid: number; total: number | null };
          snapshots.push({ stats, sql });
        } finally {
          reader.exec('COMMIT');
        }
        // The CLI, as a user would run it while the ingest goes on.
        const result = await runCliAsync(['stats', 'remedies', '--by', 'all', '--format', 'json', '--db', db]);
        let row: RemedyStatsRow | null = null;
        try {
          row = (JSON.parse(result.stdout) as RemedyStatsRow[])[0] ?? null;
        } catch {
          row = null;
        }
        samples.push({ at: i, result, row });
        if (i > 200) break;
      }
    } finally {
      reader.close();
    }
    const run = await ingest;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('ingested 300, skipped 5 (unchanged), duplicate 0, failed 0');

    // Every CLI output parsed, exit 0, and the readers really overlapped the ingest.
    const final = withStore(db, (s) => s.prepare('SELECT count(*) FROM decisions').pluck().get() as number);
    expect(final).toBe(305);
    for (const s of samples) {
      expect(s.result.status, s.result.stderr).toBe(0);
      expect(s.result.stderr).toBe('');
      expect(s.row, s.result.stdout).not.toBeNull();
    }
    expect(samples.some((s) => s.row!.decisions < final), 'no stats run overlapped the ingest').toBe(true);

    // Decisions never disappear: each snapshot's cases are a subset of the next one's.
    for (let i = 1; i < samples.length; i++) {
      const before = new Set(samples[i - 1]!.row!.cases);
      const after = new Set(samples[i]!.row!.cases);
      expect(after.size).toBeGreaterThanOrEqual(before.size);
      for (const c of before) expect(after.has(c), `${c} disappeared`).toBe(true);
    }

    // Each CLI snapshot's totals are those of exactly the decisions it lists (rows are written once).
    withStore(db, (s) => {
      const totalOf = s.prepare('SELECT remedy_total FROM decisions WHERE case_number = ?').pluck();
      for (const { row } of samples) {
        expect(row!.decisions).toBe(row!.cases.length);
        const paid = row!.cases.map((c) => (totalOf.get(c) as number | null) ?? 0).filter((v) => v > 0);
        expect(row!.decisions_with_payment).toBe(paid.length);
        expect(row!.total).toBeCloseTo(paid.reduce((x, y) => x + y, 0), 2);
      }
    });

    // In process, within one transaction, the stats equal a plain query on the same snapshot.
    expect(snapshots.length).toBeGreaterThan(0);
    for (const { stats, sql } of snapshots) {
      expect(stats.decisions).toBe(sql.decisions);
      expect(stats.decisions_with_payment).toBe(sql.paid);
      expect(stats.total).toBeCloseTo(sql.total ?? 0, 2);
    }
    for (let i = 1; i < snapshots.length; i++) expect(snapshots[i]!.sql.decisions).toBeGreaterThanOrEqual(snapshots[i - 1]!.sql.decisions);
    checkStore(db);
  }, 300_000);
});
