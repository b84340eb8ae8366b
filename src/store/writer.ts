/**
 * The single writer: TaskResults -> rows, with prepared statements reused for the whole run.
 * Documents are written into one open transaction that the caller commits every so often, so a
 * document row is always committed together with its decision and every extracted row; a
 * document the database refuses is recorded as failed without losing the others. A changed
 * file's old rows are deleted (foreign-key cascades from its decision) in the same transaction
 * that inserts the new ones. A case number already held by another file makes the document a
 * 'duplicate', unless that file no longer exists (a moved corpus), when this one takes over.
 */
import { existsSync } from 'node:fs';
import { printableName } from '../parse/file.js';
import type { Store } from './db.js';
import { CHILD_COLUMNS, LISTED_MENTIONS, sql, type ChildTable, type DecisionRows, type FileFields, type TaskResult } from './rows.js';
import { DECISION_COLUMNS, ORGANISATION_COLUMNS, prepareStatements, type KnownDocument, type Statements } from './statements.js';

export type { KnownDocument } from './statements.js';

export type Outcome = 'ingested' | 'unchanged' | 'duplicate' | 'failed';

export interface WriteOutcome {
  outcome: Outcome;
  path: string;
  /** Failure code ('store' when the database refused the rows) or null. */
  code: string | null;
  /** One line for failures and duplicates. */
  message: string | null;
}

/**
 * WAL pages between automatic checkpoints while this connection writes (SQLite's default is
 * 1,000). A bulk ingest rewrites the same index and FTS pages batch after batch; checkpointing
 * every ~40 MB instead of every ~4 MB copies each hot page back into the database file far less
 * often (the writer's time per decision 0.60 -> 0.48 ms on 3,000 bench decisions). The WAL is
 * checkpointed and removed when the store is closed.
 */
const WAL_CHECKPOINT_PAGES = 10_000;

export class StoreWriter {
  private readonly st: Statements;
  /**
   * Decisions whose paragraphs are to be added to the full-text index just before COMMIT. Indexed
   * in one statement because FTS5 flushes its pending terms whenever a statement opens a
   * savepoint (an upsert, a foreign-key cascade, a document's own savepoint), which per document
   * made indexing several times slower. Until COMMIT the index is not written at all.
   */
  private unindexed: Array<number | bigint> = [];

  constructor(private readonly db: Store) {
    this.st = prepareStatements(db);
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }

  /** The stored state of a path (absolute), for the "unchanged" check. */
  known(path: string): KnownDocument | undefined {
    return this.st.findDocument.get(path);
  }

  /** Write results in one transaction; one outcome per result, in order. */
  writeBatch(results: TaskResult[]): WriteOutcome[] {
    this.begin();
    try {
      const outcomes = results.map((r) => this.write(r));
      this.commit();
      return outcomes;
    } catch (e) {
      this.rollback();
      throw e;
    }
  }

  /**
   * Streaming use: `begin()`, `write()` each result as it arrives, `commit()` now and then. The
   * event loop is never blocked for a whole batch, so the workers stay busy.
   */
  begin(): void {
    if (this.db.inTransaction) return;
    this.db.exec('BEGIN IMMEDIATE');
    this.unindexed = [];
  }

  /**
   * Write one result into the open transaction, inside a savepoint of its own: when a document
   * cannot be written, its rows are undone and it is recorded as failed with code 'store',
   * without touching the documents before it (nor keeping them around to write again, which
   * held every result of a batch in memory). Throws only when the database itself fails.
   */
  write(result: TaskResult): WriteOutcome {
    if (!this.db.inTransaction) throw new Error('StoreWriter.write outside a transaction: call begin() first');
    const now = new Date().toISOString();
    this.st.savepoint.run();
    try {
      const outcome = this.writeOne(result, now);
      this.st.release.run();
      return outcome;
    } catch (e) {
      // The database rolled the whole transaction back (disk full, I/O error): nothing to undo to.
      if (!this.db.inTransaction) throw e;
      this.st.rollbackToSavepoint.run();
      this.st.release.run();
      const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      const file = result.kind === 'ok' ? result.document : result.file;
      return this.writeOne({ kind: 'failed', file, code: 'store', message: `${printableName(file.path)}: could not store: ${reason}` }, now);
    }
  }

  commit(): void {
    if (this.db.inTransaction) {
      if (this.unindexed.length) this.st.indexParagraphs.run(JSON.stringify(this.unindexed.map(Number)));
      this.db.exec('COMMIT');
    }
    this.unindexed = [];
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.unindexed = [];
  }

  /** Drop organisations no decision names any more and settle each one's display name (most common variant). */
  refreshOrganisations(): void {
    this.db.transaction(() => {
      this.db.exec(`
        DELETE FROM organisation_names WHERE NOT EXISTS
          (SELECT 1 FROM decision_organisations d WHERE d.key = organisation_names.key AND d.name = organisation_names.name);
        DELETE FROM organisations WHERE NOT EXISTS (SELECT 1 FROM decision_organisations d WHERE d.key = organisations.key);
        UPDATE organisations SET name = (SELECT d.name FROM decision_organisations d WHERE d.key = organisations.key
          GROUP BY d.name ORDER BY count(*) DESC, d.name LIMIT 1);`);
    })();
  }

  private document(f: FileFields, rest: { format: string | null; encoding: string | null; status: string; code: string | null;
    message: string | null; caseNumber: string | null; duplicateOf: number | null }, now: string): number {
    return this.st.upsertDocument.get(f.path, f.file, f.sha256, rest.format, rest.encoding, f.bytes, f.mtime_ms, rest.status,
      rest.code, rest.message, rest.caseNumber, rest.duplicateOf, now)!.id;
  }

  private writeOne(result: TaskResult, now: string): WriteOutcome {
    if (result.kind === 'unchanged') {
      this.st.touchDocument.run(result.file.bytes, result.file.mtime_ms, result.file.path);
      return { outcome: 'unchanged', path: result.file.path, code: null, message: null };
    }
    const path = result.kind === 'ok' ? result.document.path : result.file.path;
    // Only for a path stored before: the delete cascades into the full-text index (by trigger).
    if (this.st.findDocument.get(path)) this.st.deleteDecision.run(path);
    if (result.kind === 'failed') {
      this.document(result.file, { format: null, encoding: null, status: 'failed', code: result.code, message: result.message,
        caseNumber: null, duplicateOf: null }, now);
      return { outcome: 'failed', path: result.file.path, code: result.code, message: result.message };
    }
    const { document: doc, rows } = result;
    let holder = rows.caseKey ? this.st.findCase.get(rows.caseKey) : undefined;
    if (holder && !existsSync(holder.path)) {
      // The file that held this case is gone (moved or renamed): this copy takes over.
      this.st.deleteDocument.run(holder.document_id);
      holder = undefined;
    }
    if (holder) {
      const message = `${printableName(doc.file)}: case ${doc.case_number} is already stored from ${printableName(holder.path)}`;
      this.document(doc, { format: doc.format, encoding: doc.encoding, status: 'duplicate', code: 'duplicate', message,
        caseNumber: doc.case_number, duplicateOf: holder.document_id }, now);
      return { outcome: 'duplicate', path: doc.path, code: 'duplicate', message };
    }
    const documentId = this.document(doc, { format: doc.format, encoding: doc.encoding, status: 'ok', code: null, message: null,
      caseNumber: doc.case_number, duplicateOf: null }, now);
    const decisionId = this.insertRows(documentId, rows);
    if (rows.tables.paragraph_spans) this.unindexed.push(decisionId);
    return { outcome: 'ingested', path: doc.path, code: null, message: null };
  }

  /** The decision and every row extracted from it; returns the decision's id. */
  private insertRows(documentId: number, rows: DecisionRows): number | bigint {
    const decisionId = this.st.insertDecision.run(documentId, rows.caseKey, ...DECISION_COLUMNS.map((c) => sql(rows.decision[c]))).lastInsertRowid;
    for (const org of rows.organisations) {
      this.st.insertDecisionOrganisation.run(decisionId, ...ORGANISATION_COLUMNS.map((c) => sql(org[c])));
      this.st.upsertOrganisation.run(org.key, org.name, org.type, sql(org.known));
      this.st.insertOrganisationName.run(org.key, org.name);
    }
    for (const table of Object.keys(CHILD_COLUMNS) as ChildTable[]) {
      const tuples = rows.tables[table];
      if (tuples) this.st.insertChildren[table](decisionId, tuples);
    }
    if (LISTED_MENTIONS.some((m) => rows.lists[m] !== undefined)) {
      this.st.insertMentionLists.run(decisionId, ...LISTED_MENTIONS.map((m) => rows.lists[m] ?? null));
    }
    if (rows.tables.remedies) this.st.insertRemedyTypes.run(decisionId);
    return decisionId;
  }
}
