/** Read-side helpers over the store: counts, paragraph search, one decision with its evidence. */
import type { Store } from './db.js';

export const ROW_TABLES = [
  'documents', 'decisions', 'organisations', 'organisation_names', 'decision_organisations', 'sections', 'paragraphs',
  'organisation_mentions', 'case_refs', 'people', 'dates', 'deadlines', 'payments', 'remedies', 'remedy_types',
  'findings', 'fault_themes', 'legislation',
] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/** Row count of every table. */
export function tableCounts(db: Store): Record<RowTable, number> {
  return Object.fromEntries(
    ROW_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  ) as Record<RowTable, number>;
}

/** Documents by status: { ok, failed, duplicate }. */
export function statusCounts(db: Store): Record<'ok' | 'failed' | 'duplicate', number> {
  const counts = { ok: 0, failed: 0, duplicate: 0 };
  for (const r of db.prepare('SELECT status, count(*) AS n FROM documents GROUP BY status').all() as Array<{ status: keyof typeof counts; n: number }>) {
    counts[r.status] = r.n;
  }
  return counts;
}

/** Quote text as one FTS5 phrase ("council's delay" -> "\"council's delay\""). */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export interface ParagraphHit {
  case_number: string | null;
  organisation: string | null;
  file: string;
  section_kind: string;
  subsection: string | null;
  number: string | null;
  start: number;
  end: number;
  text: string;
  /** The text around the match with the matched terms in [brackets]. */
  snippet: string;
}

/**
 * Paragraphs matching an FTS5 query (porter-stemmed words; "quoted phrases", AND, OR, NOT,
 * NEAR; see ftsPhrase for literal text), best match first.
 */
export function searchParagraphs(db: Store, query: string, opts: { limit?: number } = {}): ParagraphHit[] {
  return db.prepare(`
    SELECT d.case_number, d.organisation, doc.file, p.section_kind, p.subsection, p.number, p.start, p.end, p.text,
      snippet(paragraphs_fts, 0, '[', ']', '…', 16) AS snippet
    FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
      JOIN decisions d ON d.id = p.decision_id JOIN documents doc ON doc.id = d.document_id
    WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT ?`).all(query, opts.limit ?? 50) as ParagraphHit[];
}

/** A decision's row from v_decisions by case number as printed or in any spacing ("22-010-680"). */
export function findDecision(db: Store, caseNumber: string): Record<string, unknown> | undefined {
  const key = caseNumber.toLowerCase().replace(/[^0-9a-z]/g, '');
  return db.prepare(`SELECT v.* FROM v_decisions v JOIN decisions d ON d.id = v.decision_id WHERE d.case_key = ?`).get(key) as
    | Record<string, unknown>
    | undefined;
}

/** The text of an evidence span, from the decision's stored normalised text. */
export function evidenceText(db: Store, decisionId: number, start: number, end: number): string | undefined {
  const row = db.prepare('SELECT text FROM decisions WHERE id = ?').get(decisionId) as { text: string } | undefined;
  return row?.text.slice(start, end);
}
