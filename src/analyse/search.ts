/** Full-text search over paragraphs (FTS5, BM25 ranking) with the filters of the stats verbs. */
import type Database from 'better-sqlite3';
import { type Filters, whereClause } from './filters.js';

export interface SearchHit {
  case_number: string | null;
  organisation: string | null;
  decision_date: string | null;
  section: string;
  subsection: string | null;
  paragraph: string | null;
  /** The matching passage with each hit wrapped in [[ ]]. */
  snippet: string;
  rank: number;
  start: number;
  end: number;
}

export class SearchError extends Error {}

export const HIGHLIGHT = { open: '[[', close: ']]' } as const;

export function search(db: Database.Database, query: string, filters: Filters = {}, limit = 20): SearchHit[] {
  const where = whereClause(filters);
  const sql = `SELECT d.case_number, d.organisation, d.decision_date, p.section_kind AS section, p.subsection,
      coalesce(p.number, p.bullet) AS paragraph,
      snippet(paragraphs_fts, 0, '${HIGHLIGHT.open}', '${HIGHLIGHT.close}', '…', 24) AS snippet,
      round(bm25(paragraphs_fts), 3) AS rank, p.start, p.end
    FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
    JOIN decisions d ON d.id = p.decision_id
    WHERE paragraphs_fts MATCH @query AND ${where.sql}
    ORDER BY bm25(paragraphs_fts) LIMIT @limit`;
  try {
    return db.prepare(sql).all({ ...where.params, query, limit }) as SearchHit[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The SQL is fixed and every other value is a bound parameter, so a plain SQLITE_ERROR here
    // comes from the FTS5 query text ("unterminated string", "unknown special query", syntax...).
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_ERROR' || /fts5|syntax|no such column|unterminated|special query/i.test(message)) {
      throw new SearchError(`invalid search query "${query}": ${message} (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)`);
    }
    throw e;
  }
}
