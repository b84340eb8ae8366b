/**
 * Opening the SQLite evidence store: WAL journal (readers never block the writer),
 * synchronous=NORMAL (durable at checkpoints, never corrupt), foreign keys on (deleting a document
 * removes its decision and every extracted row), a busy timeout for concurrent processes, and
 * the migrations brought up to date.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, migrate, schemaVersion } from './migrations.js';

export type Store = Database.Database;

export interface OpenOptions {
  /** Open an existing store for reading only (no migrations are run). */
  readonly?: boolean;
  /** Milliseconds to wait for another process's lock (default 10 s). */
  busyTimeoutMs?: number;
}

export const DEFAULT_DB = 'ombuds.db';

export function openStore(path: string = DEFAULT_DB, opts: OpenOptions = {}): Store {
  const memory = path === ':memory:';
  if (!memory && !opts.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = opts.readonly ? openReadOnlyFile(path) : new Database(path);
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 10_000}`);
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -16384'); // 16 MB
      db.pragma('temp_store = MEMORY');
      migrate(db);
    } else if (schemaVersion(db) !== SCHEMA_VERSION) {
      const version = schemaVersion(db);
      throw new Error(version === 0
        ? `${path} is not an ombuds database`
        : `${path} has schema version ${version}, this ombuds reads ${SCHEMA_VERSION}; run \`ombuds ingest\` to upgrade`);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * An existing database file opened read-only. A WAL database cannot be read where SQLite cannot
 * create its -shm file (read-only media: a mounted archive, a read-only share), and this SQLite
 * build takes no `immutable=1` URI: such a database is read from a private copy in the temporary
 * folder, removed when the process exits.
 */
export function openReadOnlyFile(path: string): Store {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('schema_version'); // the first read is where a missing -shm shows
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: unknown }).code !== 'SQLITE_CANTOPEN' || path === ':memory:') throw e;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ombuds-readonly-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return new Database(copy, { readonly: true, fileMustExist: true });
}
