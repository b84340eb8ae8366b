/**
 * Opening the SQLite evidence store: WAL journal (readers never block the writer),
 * synchronous=NORMAL (durable at checkpoints, never corrupt), foreign keys on (deleting a document
 * removes its decision and every extracted row), a busy timeout for concurrent processes, and
 * the migrations brought up to date.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 10_000}`);
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -65536'); // 64 MB
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
