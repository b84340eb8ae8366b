/**
 * Faults of the disk under the database during `ombuds ingest`: it fills up, it becomes
 * read-only mid-ingest, it is read-only from the start. Each run ends with one clear error line
 * naming the database (exit 1), the database passes `PRAGMA integrity_check` and holds only
 * whole documents, and re-running once the fault is gone completes the corpus with exact counts.
 *
 * The faults are real, not mocked, so they need root: a size-limited tmpfs (`mount -t tmpfs -o
 * size=2m`) for a full disk and for a read-only file system (`mount -o remount,ro`), and the
 * immutable attribute (`chattr +i`) for files that become unwritable while open (chmod does not
 * bite on files already open, nor for root). Where these are not permitted the tests are skipped
 * with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROW_TABLES, tableCounts } from '../../src/store/queries.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from '../helpers/fixture-db.js';
import { decisionCopies, runCliAsync } from '../helpers/hostile.js';

const BUILT = existsSync(join(ROOT, 'dist', 'store', 'ingest-worker.js'));
const mounts: string[] = [];
const immutable: string[] = [];

afterAll(() => {
  for (const path of immutable.splice(0)) sh('chattr', ['-i', path]);
  for (const dir of mounts.splice(0)) if (sh('umount', [dir]) !== null) sh('umount', ['-l', dir]);
  removeTempDirs();
});

/** Run a command (no shell); null when it worked, else its error in one line. */
function sh(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    return (stderr || (e instanceof Error ? e.message : String(e))).split('\n')[0]!;
  }
}

/** Mount a tmpfs of `size` at `dir`; null when mounted, else why not. */
function mountTmpfs(dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true });
  const problem = sh('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (problem === null) mounts.push(dir);
  return problem;
}

/** Can this process mount a tmpfs and set the immutable attribute? (Probed once, up front.) */
function probe(): { mount: string | null; chattr: string | null } {
  if (!BUILT) return { mount: 'dist/ is not built', chattr: 'dist/ is not built' };
  if (process.platform !== 'linux') return { mount: 'not Linux', chattr: 'not Linux' };
  const dir = tempDir('ombuds-hardening-probe-');
  let mount = mountTmpfs(join(dir, 'mnt'), '64k');
  if (mount === null) {
    sh('umount', [join(dir, 'mnt')]);
    mounts.pop();
  } else mount = `cannot mount a tmpfs (${mount}); run the tests as root to include this fault`;
  const file = join(dir, 'probe');
  writeFileSync(file, 'x');
  let chattr = sh('chattr', ['+i', file]);
  if (chattr === null) sh('chattr', ['-i', file]);
  else chattr = `cannot set the immutable attribute in ${dir} (${chattr}); needs root on a file system that supports it`;
  return { mount, chattr };
}

const can = probe();
if (can.mount) console.warn(`faults.test.ts: full/read-only file system tests skipped: ${can.mount}`);
if (can.chattr) console.warn(`faults.test.ts: read-only-mid-ingest test skipped: ${can.chattr}`);

function withStore<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return fn(db);
  } finally {
    db.close();
  }
}

/** What a store holds after a fault: only whole documents, and SQLite's checks pass. */
function wholeDocuments(path: string): number {
  return withStore(path, (db) => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    expect(db.prepare("SELECT count(*) FROM documents WHERE status = 'ok'").pluck().get()).toBe(documents);
    expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(documents);
    // Every stored decision has its sections and paragraphs (nothing half-written).
    expect(db.prepare('SELECT count(*) FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.decision_id = d.id)').pluck().get()).toBe(0);
    return documents;
  });
}

/** After the fault is gone: the run completes, and the store equals one clean run over the same files. */
function completes(input: string, db: string, files: number, committed: number): void {
  const again = runCli(['ingest', input, '--db', db, '--concurrency', '2']);
  expect(again.status, again.stderr).toBe(0);
  expect(again.stderr).toContain(`ingested ${files - committed}, skipped ${committed} (unchanged), duplicate 0, failed 0`);
  const rw = new Database(db);
  try {
    expect(rw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => rw.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
  } finally {
    rw.close();
  }
  const reference = join(tempDir('ombuds-hardening-faultref-'), 'reference.db');
  expect(runCli(['ingest', input, '--db', reference, '--concurrency', '0']).status).toBe(0);
  const got = withStore(db, tableCounts);
  const want = withStore(reference, tableCounts);
  expect(got.documents).toBe(files);
  for (const t of ROW_TABLES) expect(got[t], t).toBe(want[t]);
}

describe.skipIf(can.mount !== null)('the disk fills up (a 2 MB tmpfs)', () => {
  it('mid-ingest: SQLITE_FULL named in one line, only whole documents kept, resumes when there is room', () => {
    const root = tempDir('ombuds-hardening-full-');
    const input = join(root, 'in');
    mkdirSync(input);
    const N = 80;
    decisionCopies(input, 7000, N, 'full');
    const disk = join(root, 'disk');
    expect(mountTmpfs(disk, '2m')).toBeNull();
    const db = join(disk, 'ombuds.db');

    const r = runCli(['ingest', input, '--db', db, '--concurrency', '2', '--batch-size', '10']);
    expect(r.status, r.stderr).toBe(1);
    const last = r.stderr.trimEnd().split('\n').pop()!;
    expect(last).toMatch(/^ombuds: .*ombuds\.db: database or disk is full \(SQLITE_FULL\); nothing is half-written: fix this and run again to resume$/);
    const committed = wholeDocuments(db);
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(N);

    expect(sh('mount', ['-o', 'remount,size=64m', disk])).toBeNull();
    completes(input, db, N, committed);
  }, 300_000);

  it('from the start (too small for the schema): a clear error, then a normal run once there is room', () => {
    const root = tempDir('ombuds-hardening-tiny-');
    const input = join(root, 'in');
    mkdirSync(input);
    decisionCopies(input, 7500, 5, 'tiny');
    const disk = join(root, 'disk');
    expect(mountTmpfs(disk, '48k')).toBeNull();
    const db = join(disk, 'ombuds.db');
    const r = runCli(['ingest', input, '--db', db, '--concurrency', '0']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim()).toMatch(/^ombuds: .*ombuds\.db: (database or disk is full \(SQLITE_FULL\)|disk I\/O error \(SQLITE_IOERR\w*\)); nothing is half-written/);
    expect(sh('mount', ['-o', 'remount,size=64m', disk])).toBeNull();
    // Whatever migrations were applied are whole: the next run brings the schema up and ingests.
    completes(input, db, 5, 0);
  }, 300_000);
});

describe.skipIf(can.mount !== null)('the database is on a read-only file system', () => {
  it('ingest: one line saying the folder is read-only, the database untouched; re-run after remount rw', () => {
    const root = tempDir('ombuds-hardening-rofs-');
    const input = join(root, 'in');
    mkdirSync(input);
    decisionCopies(input, 8000, 6, 'rofs');
    const disk = join(root, 'disk');
    expect(mountTmpfs(disk, '64m')).toBeNull();
    const db = join(disk, 'ombuds.db');
    const firstThree = ['0000', '0001', '0002'].map((n) => join(input, `rofs-${n}.txt`));
    expect(runCli(['ingest', ...firstThree, '--db', db, '--concurrency', '0']).status).toBe(0);
    expect(sh('mount', ['-o', 'remount,ro', disk])).toBeNull();

    const r = runCli(['ingest', input, '--db', db, '--concurrency', '2']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim()).toBe(`ombuds: ${db}: unable to open database file (SQLITE_CANTOPEN) (${disk}: read-only file system); nothing is half-written: fix this and run again to resume`);

    expect(sh('mount', ['-o', 'remount,rw', disk])).toBeNull();
    expect(wholeDocuments(db)).toBe(3);
    completes(input, db, 6, 3);
  }, 300_000);

  // A WAL database needs a writable -shm: on read-only media it is read from a private copy
  // (openReadOnlyFile in src/store/db.ts).
  it('stats and query on a database on a read-only file system', () => {
    const root = tempDir('ombuds-hardening-rostats-');
    const input = join(root, 'in');
    mkdirSync(input);
    decisionCopies(input, 8500, 2, 'rostats');
    const disk = join(root, 'disk');
    expect(mountTmpfs(disk, '64m')).toBeNull();
    const db = join(disk, 'ombuds.db');
    expect(runCli(['ingest', input, '--db', db, '--concurrency', '0']).status).toBe(0);
    expect(sh('mount', ['-o', 'remount,ro', disk])).toBeNull();
    const r = runCli(['stats', 'remedies', '--by', 'all', '--format', 'json', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].decisions).toBe(2);
    const q = runCli(['query', 'SELECT count(*) AS n FROM documents', '--format', 'json', '--db', db]);
    expect(q.status, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout)).toEqual([{ n: 2 }]);
    expect(sh('mount', ['-o', 'remount,rw', disk])).toBeNull();
  }, 120_000);
});

/** Documents committed so far, read without disturbing the writer; 0 before the store exists. */
function committed(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    return withStore(path, (db) => db.prepare('SELECT count(*) FROM documents').pluck().get() as number);
  } catch {
    return 0;
  }
}

describe.skipIf(can.chattr !== null)('the database becomes read-only mid-ingest (chattr +i on the open files)', () => {
  it('one clear error line, only whole documents kept, integrity ok; resumes once writable again', async () => {
    const root = tempDir('ombuds-hardening-readonly-');
    const input = join(root, 'in');
    mkdirSync(input);
    const N = 240;
    decisionCopies(input, 9000, N, 'ro');
    const db = join(root, 'db', 'ombuds.db');

    const running = runCliAsync(['ingest', input, '--db', db, '--concurrency', '2', '--batch-size', '10']);
    let done = false;
    void running.finally(() => (done = true));
    // Once some batches are committed, make the database and its WAL immutable under the writer.
    while (!done && committed(db) < 10) await new Promise((r) => setTimeout(r, 20));
    expect(done, 'the ingest finished before the fault could be injected').toBe(false);
    for (const f of [db, `${db}-wal`]) {
      expect(sh('chattr', ['+i', f])).toBeNull();
      immutable.push(f);
    }
    const r = await running;
    for (const f of immutable.splice(0)) expect(sh('chattr', ['-i', f])).toBeNull();

    expect(r.status, r.stderr).toBe(1);
    const last = r.stderr.trimEnd().split('\n').pop()!;
    expect(last).toMatch(/^ombuds: .*ombuds\.db: (disk I\/O error \(SQLITE_IOERR\w*\)|attempt to write a readonly database \(SQLITE_READONLY\w*\)); nothing is half-written: fix this and run again to resume$/);
    const kept = wholeDocuments(db);
    expect(kept).toBeGreaterThanOrEqual(10);
    expect(kept).toBeLessThan(N);
    completes(input, db, N, kept);
  }, 300_000);
});
