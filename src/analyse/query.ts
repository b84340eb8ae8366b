/**
 * `ombuds query`: SQL on a read-only connection. Writes are refused by SQLite itself (the file is
 * opened read-only and `query_only` is set); statements that SQLite reports as neither writing
 * nor returning rows (ATTACH, PRAGMA assignments, BEGIN...) are refused as not queries.
 */
import Database from 'better-sqlite3';

export class QueryError extends Error {}

export function runQuery(dbPath: string, sql: string, params: unknown[] = []): Record<string, unknown>[] {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
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
      // A write (DROP, INSERT, UPDATE ...) is handed to SQLite, which refuses it on this read-only
      // connection. A statement SQLite says neither writes nor returns rows (ATTACH, DETACH, BEGIN,
      // a PRAGMA assignment) changes the connection, not the data: it is not a query, so not run.
      if (!statement.reader && statement.readonly) throw new QueryError('refused: not a query (ATTACH, DETACH, BEGIN and PRAGMA assignments do not run here)');
      if (!statement.reader) statement.run(...params);
      return statement.all(...params) as Record<string, unknown>[];
    } catch (e) {
      if (e instanceof QueryError) throw e;
      throw new QueryError(`refused by SQLite: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    db.close();
  }
}
