/** Read-side helpers over the store used by ingest checks and tests (analysis lives in src/analyse). */
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
