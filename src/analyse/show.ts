/** One decision's fields and every extracted item with its evidence (section, span, text). */
import type Database from 'better-sqlite3';

export interface ShownDecision {
  decision: Record<string, unknown>;
  items: Record<string, Record<string, unknown>[]>;
}

/** Tables of extracted items and the columns shown for each (evidence columns are always added). */
const ITEM_TABLES: Record<string, string> = {
  organisations: 'name, key, type, via',
  case_refs: 'ref, role',
  people: 'name, title, letter, role, complainant',
  dates: 'iso, precision, qualifier, role',
  deadlines: 'period, days, due',
  payments: 'idx, amount, role, purpose, recipient, part_of',
  remedies: 'types, scope, deadline_period, deadline_due',
  findings: 'fault, injustice, investigated',
  fault_themes: 'theme',
  legislation: 'act, sections',
};
const SOURCE: Record<string, string> = { organisations: 'organisation_mentions' };

/** Look a decision up by case number as printed or in any spacing ("NNNNNNNN", "NN-NNN-NNN"). */
export function showDecision(db: Database.Database, caseNumber: string): ShownDecision | null {
  const key = caseNumber.toLowerCase().replace(/[^0-9a-z]/g, '');
  const decision = db.prepare(`SELECT d.id, d.case_number, d.organisation, d.organisation_key, d.organisation_type,
      d.category, d.outcome, d.decision_date, d.fault, d.injustice, d.investigated, d.remedy_total,
      d.summary_payment_total, d.kind, d.layout, d.format, doc.path, d.summary
    FROM decisions d JOIN documents doc ON doc.id = d.document_id WHERE d.case_key = ?`).get(key) as Record<string, unknown> | undefined;
  if (!decision) return null;
  const items: ShownDecision['items'] = {};
  for (const [name, columns] of Object.entries(ITEM_TABLES)) {
    items[name] = db.prepare(`SELECT ${columns}, section, start, end, evidence, rule FROM ${SOURCE[name] ?? name}
      WHERE decision_id = ? ORDER BY start`).all(decision.id) as Record<string, unknown>[];
  }
  items.sections = db.prepare('SELECT ordinal, kind, heading, start, end FROM sections WHERE decision_id = ? ORDER BY ordinal')
    .all(decision.id) as Record<string, unknown>[];
  delete decision.id;
  return { decision, items };
}
