/**
 * The writer's prepared statements, prepared once per run. Column lists here are the single
 * place that ties row objects (rows.ts) to table columns (schema-tables.ts).
 */
import type { Statement } from 'better-sqlite3';
import type { Store } from './db.js';
import { EVIDENCE_COLUMNS, MENTION_COLUMNS, type MentionTable, type Row } from './rows.js';

/** JS value -> SQLite value: booleans as 0/1, arrays and objects as JSON, undefined as NULL. */
export function sql(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

export const DECISION_COLUMNS = [
  'case_number', 'organisation', 'organisation_key', 'organisation_type', 'category', 'category_top', 'outcome',
  'decision_date', 'year', 'fault', 'injustice', 'investigated', 'remedy_total', 'summary_payment_total',
  'kind', 'layout', 'format', 'summary', 'text',
];
const SECTION_COLUMNS = ['ordinal', 'kind', 'heading', 'start', 'end'];
const PARAGRAPH_COLUMNS = ['ordinal', 'section_ordinal', 'section_kind', 'subsection', 'number', 'bullet', 'depth', 'start', 'end', 'text'];
const ORGANISATION_COLUMNS = ['ordinal', 'name', 'key', 'type', 'known', 'start', 'end'];

/** `INSERT INTO table (decision_id, ...columns)` as a function of (decision id, row object) -> rowid. */
export type Inserter = (decisionId: number | bigint, row: Row) => number | bigint;

function inserter(db: Store, table: string, columns: readonly string[]): Inserter {
  const stmt = db.prepare(`INSERT INTO ${table} (decision_id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`);
  return (decisionId, row) => stmt.run(decisionId, ...columns.map((c) => sql(row[c]))).lastInsertRowid;
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
    insertRemedyType: db.prepare('INSERT OR IGNORE INTO remedy_types (remedy_id, decision_id, type) VALUES (?, ?, ?)'),
    /**
     * Paragraphs are indexed by the writer (StoreWriter.commit), not by an insert trigger: a
     * trigger opens a statement savepoint per row and FTS5 flushes its pending terms at every
     * savepoint, which made indexing 3-4 times slower. Deletes and updates still go by trigger.
     */
    indexParagraph: db.prepare('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)'),
    insertSection: inserter(db, 'sections', SECTION_COLUMNS),
    insertParagraph: inserter(db, 'paragraphs', PARAGRAPH_COLUMNS),
    insertDecisionOrganisation: inserter(db, 'decision_organisations', ORGANISATION_COLUMNS),
    insertMention: Object.fromEntries(
      Object.entries(MENTION_COLUMNS).map(([table, columns]) => [table, inserter(db, table, [...columns, ...EVIDENCE_COLUMNS])]),
    ) as Record<MentionTable, Inserter>,
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
