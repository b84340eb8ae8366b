/**
 * `ombuds query`: SQL on a read-only connection. Only statements that return rows run: writes
 * are refused before they run, and refused again by SQLite if they return rows (the file is
 * opened read-only and `query_only` is set); statements that SQLite reports as neither writing
 * nor returning rows (ATTACH, PRAGMA assignments, BEGIN...) are refused as not queries.
 */
import type Database from 'better-sqlite3';
import { openReadOnlyFile } from '../store/db.js';
import { UserError } from '../types.js';

export class QueryError extends UserError {}

export function runQuery(dbPath: string, sql: string, params: unknown[] = []): Record<string, unknown>[] {
  let db: Database.Database;
  try {
    db = openReadOnlyFile(dbPath);
  } catch (e) {
    throw new QueryError(`cannot open ${dbPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    db.pragma('query_only = 1');
    db.pragma('busy_timeout = 10000');
    let statement: Database.Statement;
    try {
      statement = db.prepare(sql);
    } catch (e) {
      throw new QueryError(`SQL error: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      // Only statements that return rows run. A write (DROP, INSERT, UPDATE ...) is refused before
      // it reaches SQLite: even refused, some touch the file system (VACUUM INTO creates its
      // target file). A statement SQLite says neither writes nor returns rows (ATTACH, DETACH,
      // BEGIN, a PRAGMA assignment) changes the connection, not the data: not a query either.
      // What still runs (INSERT ... RETURNING, PRAGMA journal_mode = ...) is refused by SQLite
      // itself on this read-only connection.
      if (!statement.reader && statement.readonly) throw new QueryError('refused: not a query (ATTACH, DETACH, BEGIN and PRAGMA assignments do not run here)');
      if (!statement.reader) throw new QueryError('refused: the database is read-only here (DROP, INSERT, UPDATE, DELETE, CREATE, VACUUM ... do not run)');
      return statement.all(...params) as Record<string, unknown>[];
    } catch (e) {
      if (e instanceof QueryError) throw e;
      throw new QueryError(`refused by SQLite: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    db.close();
  }
}
