/**
 * The writer's prepared statements, prepared once per run. Column lists here are the single
 * place that ties row objects (rows.ts) to table columns (schema-tables.ts).
 */
import type { Statement } from 'better-sqlite3';
import type { Store } from './db.js';
import { CHILD_COLUMNS, LISTED_MENTIONS, type ChildTable, type Tuple } from './rows.js';

export { sql } from './rows.js';

export const DECISION_COLUMNS = [
  'case_number', 'organisation', 'organisation_key', 'organisation_type', 'category', 'category_top', 'outcome',
  'decision_date', 'year', 'fault', 'injustice', 'investigated', 'remedy_total', 'summary_payment_total',
  'kind', 'layout', 'format', 'summary', 'text', 'themes', 'remedy_types',
];
export const ORGANISATION_COLUMNS = ['ordinal', 'name', 'key', 'type', 'known', 'start', 'end'];

/** Rows per INSERT: one statement for up to this many rows, then halves for the rest (16, 8, 4, 2, 1). */
const ROWS_PER_INSERT = 16;

/**
 * Insert a decision's rows of one table, several rows per `INSERT ... VALUES (...), (...)`: a
 * decision has ~100 child rows, and one statement per row spent about a third of the time on
 * the statement itself (the call from JavaScript, reset, step) rather than the row (16 rows a
 * statement: 21 rows of people 39 -> 25 µs). Rows are inserted in order, so ids stay in order.
 * Statements are prepared when first needed.
 */
function childInserter(db: Store, table: ChildTable): (decisionId: number | bigint, tuples: readonly Tuple[]) => void {
  const columns = CHILD_COLUMNS[table];
  const row = `(?${', ?'.repeat(columns.length)})`;
  const statements = new Map<number, Statement<unknown[]>>();
  const forRows = (n: number): Statement<unknown[]> => {
    let st = statements.get(n);
    if (!st) {
      st = db.prepare(`INSERT INTO ${table} (decision_id, ${columns.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`);
      statements.set(n, st);
    }
    return st;
  };
  return (decisionId, tuples) => {
    for (let at = 0, n = ROWS_PER_INSERT; at < tuples.length; n >>= 1) {
      for (; at + n <= tuples.length; at += n) {
        const values: unknown[] = [];
        for (let i = at; i < at + n; i++) values.push(decisionId, ...tuples[i]!);
        forRows(n).run(values);
      }
    }
  };
}

export interface KnownDocument {
  id: number;
  status: 'ok' | 'failed' | 'duplicate';
  sha256: string | null;
  bytes: number | null;
  mtime_ms: number | null;
}

export function prepareStatements(db: Store) {
  return {
    findDocument: db.prepare('SELECT id, status, sha256, bytes, mtime_ms FROM documents WHERE path = ?') as Statement<[string], KnownDocument>,
    upsertDocument: db.prepare(`INSERT INTO documents
      (path, file, sha256, format, encoding, bytes, mtime_ms, status, error_code, error, case_number, duplicate_of, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET file = excluded.file, sha256 = excluded.sha256, format = excluded.format,
        encoding = excluded.encoding, bytes = excluded.bytes, mtime_ms = excluded.mtime_ms, status = excluded.status,
        error_code = excluded.error_code, error = excluded.error, case_number = excluded.case_number,
        duplicate_of = excluded.duplicate_of, ingested_at = excluded.ingested_at
      RETURNING id`) as Statement<unknown[], { id: number }>,
    /** Each document is written inside its own savepoint (StoreWriter.write). */
    savepoint: db.prepare('SAVEPOINT document'),
    release: db.prepare('RELEASE document'),
    rollbackToSavepoint: db.prepare('ROLLBACK TO document'),
    touchDocument: db.prepare('UPDATE documents SET bytes = ?, mtime_ms = ? WHERE path = ?'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    /** Cascades to every row extracted from the document (and, by trigger, its index entries). */
    deleteDecision: db.prepare('DELETE FROM decisions WHERE document_id = (SELECT id FROM documents WHERE path = ?)'),
    findCase: db.prepare(`SELECT d.document_id, doc.path FROM decisions d JOIN documents doc ON doc.id = d.document_id
      WHERE d.case_key = ?`) as Statement<[string], { document_id: number; path: string }>,
    insertDecision: db.prepare(`INSERT INTO decisions (document_id, case_key, ${DECISION_COLUMNS.join(', ')})
      VALUES (?, ?${', ?'.repeat(DECISION_COLUMNS.length)})`),
    upsertOrganisation: db.prepare(`INSERT INTO organisations (key, name, type, known) VALUES (?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET known = max(known, excluded.known),
        type = CASE WHEN organisations.type = 'other' THEN excluded.type ELSE organisations.type END`),
    insertOrganisationName: db.prepare('INSERT OR IGNORE INTO organisation_names (key, name) VALUES (?, ?)'),
    /** Each remedy's types (a JSON array in remedies.types), one row per distinct type. */
    insertRemedyTypes: db.prepare(`INSERT OR IGNORE INTO remedy_types (remedy_id, decision_id, type)
      SELECT r.id, r.decision_id, t.value FROM remedies r, json_each(r.types) t WHERE r.decision_id = ? ORDER BY r.id, t.key`),
    /**
     * Paragraphs are indexed by the writer (StoreWriter.commit), not by an insert trigger: a
     * trigger opens a statement savepoint per row and FTS5 flushes its pending terms at every
     * savepoint, which made indexing 3-4 times slower. Deletes and updates still go by trigger.
     */
    indexParagraphs: db.prepare(`INSERT INTO paragraphs_fts (rowid, text)
      SELECT id, text FROM paragraphs WHERE decision_id IN (SELECT value FROM json_each(?)) ORDER BY id`) as Statement<[string]>,
    /** A decision's listed mentions (rows.ts LISTED_MENTIONS), one row for all of them. */
    insertMentionLists: db.prepare(`INSERT INTO mention_lists (decision_id, ${LISTED_MENTIONS.join(', ')})
      VALUES (?${', ?'.repeat(LISTED_MENTIONS.length)})`),
    insertDecisionOrganisation: db.prepare(`INSERT INTO decision_organisations (decision_id, ${ORGANISATION_COLUMNS.join(', ')})
      VALUES (?${', ?'.repeat(ORGANISATION_COLUMNS.length)})`),
    insertChildren: Object.fromEntries(
      (Object.keys(CHILD_COLUMNS) as ChildTable[]).map((table) => [table, childInserter(db, table)]),
    ) as Record<ChildTable, ReturnType<typeof childInserter>>,
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
