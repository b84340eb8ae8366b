/**
 * Remedy, fault and remedy-type statistics grouped by organisation, category, year or
 * organisation type. One SQL pass fetches the filtered decisions; grouping and the order
 * statistics (median, p90) are done here so every verb and the report share one definition.
 */
import type Database from 'better-sqlite3';
import { type Filters, whereClause } from './filters.js';
import { mean, median, pct, percentile, sum } from './numbers.js';

/** How decisions are grouped: the SQL for the group key and its display label. */
export const GROUP_BY = {
  all: { key: "'all'", label: "'All decisions'" },
  organisation: {
    key: "coalesce(d.organisation_key, '(none)')",
    label: "coalesce((SELECT o.name FROM organisations o WHERE o.key = d.organisation_key), d.organisation, '(none)')",
  },
  category: { key: "coalesce(d.category_top, '(none)')", label: "coalesce(d.category_top, '(no category)')" },
  subcategory: { key: "coalesce(d.category, '(none)')", label: "coalesce(d.category, '(no category)')" },
  year: { key: "coalesce(CAST(d.year AS TEXT), '(unknown)')", label: "coalesce(CAST(d.year AS TEXT), '(unknown)')" },
  'organisation-type': { key: "coalesce(d.organisation_type, 'other')", label: "coalesce(d.organisation_type, 'other')" },
} as const;
export type GroupBy = keyof typeof GROUP_BY;
export const GROUP_BY_NAMES = Object.keys(GROUP_BY) as GroupBy[];

interface DecisionRow {
  id: number;
  case_number: string | null;
  group_key: string;
  group_label: string;
  remedy_total: number | null;
  fault: number | null;
  outcome: string | null;
}

interface Group {
  key: string;
  label: string;
  rows: DecisionRow[];
}

function groups(db: Database.Database, by: GroupBy, filters: Filters): Group[] {
  const where = whereClause(filters);
  const g = GROUP_BY[by];
  const rows = db.prepare(`SELECT d.id, d.case_number, ${g.key} AS group_key, ${g.label} AS group_label,
      d.remedy_total, d.fault, d.outcome
    FROM decisions d WHERE ${where.sql} ORDER BY d.decision_date, d.case_number`).all(where.params) as DecisionRow[];
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    let group = byKey.get(row.group_key);
    if (!group) byKey.set(row.group_key, (group = { key: row.group_key, label: row.group_label, rows: [] }));
    group.rows.push(row);
  }
  return [...byKey.values()];
}

const cases = (rows: DecisionRow[]) => rows.map((r) => r.case_number ?? `#${r.id}`);

export interface RemedyStatsRow {
  group: string;
  key: string;
  decisions: number;
  decisions_with_payment: number;
  total: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
  cases: string[];
}

/** Remedy totals: mean, median, p90 and max are over the decisions with a payment (remedy_total > 0). */
export function remedyStats(db: Database.Database, by: GroupBy, filters: Filters = {}): RemedyStatsRow[] {
  const out = groups(db, by, filters).map((g) => {
    const paid = g.rows.map((r) => r.remedy_total ?? 0).filter((v) => v > 0);
    return {
      group: g.label, key: g.key, decisions: g.rows.length, decisions_with_payment: paid.length, total: sum(paid),
      mean: mean(paid), median: median(paid), p90: percentile(paid, 0.9), max: paid.length ? Math.max(...paid) : null,
      cases: cases(g.rows),
    };
  });
  return by === 'year' ? out.sort((a, b) => a.key.localeCompare(b.key)) : out.sort((a, b) => b.total - a.total || b.decisions - a.decisions || a.group.localeCompare(b.group));
}

export interface FaultStatsRow {
  group: string;
  key: string;
  decisions: number;
  /** Of decisions where fault is known (true or false). */
  fault_found_pct: number | null;
  /** Of decisions with a printed outcome. */
  upheld_pct: number | null;
  top_themes: { theme: string; decisions: number }[];
  cases: string[];
}

const TOP_THEMES = 3;

export function faultStats(db: Database.Database, by: GroupBy, filters: Filters = {}): FaultStatsRow[] {
  const themes = themesByDecision(db, filters);
  const out = groups(db, by, filters).map((g) => {
    const known = g.rows.filter((r) => r.fault !== null);
    const withOutcome = g.rows.filter((r) => r.outcome);
    const counts = new Map<string, number>();
    for (const r of g.rows) for (const t of themes.get(r.id) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    return {
      group: g.label, key: g.key, decisions: g.rows.length,
      fault_found_pct: pct(known.filter((r) => r.fault === 1).length, known.length),
      upheld_pct: pct(withOutcome.filter((r) => /^upheld\b/i.test(r.outcome!)).length, withOutcome.length),
      top_themes: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_THEMES)
        .map(([theme, decisions]) => ({ theme, decisions })),
      cases: cases(g.rows),
    };
  });
  return by === 'year' ? out.sort((a, b) => a.key.localeCompare(b.key)) : out.sort((a, b) => b.decisions - a.decisions || a.group.localeCompare(b.group));
}

function themesByDecision(db: Database.Database, filters: Filters): Map<number, string[]> {
  const where = whereClause(filters);
  const rows = db.prepare(`SELECT DISTINCT t.decision_id AS id, t.theme FROM fault_themes t
    JOIN decisions d ON d.id = t.decision_id WHERE ${where.sql}`).all(where.params) as { id: number; theme: string }[];
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.id, [...(map.get(r.id) ?? []), r.theme]);
  return map;
}

export const REMEDY_TYPES = ['apology', 'payment', 'service_improvement', 'reconsider', 'other_action'] as const;

export interface RemedyTypeStatsRow {
  group: string;
  key: string;
  type: string;
  /** Decisions in the group whose remedies include this type. */
  count: number;
  /** count / decisions in the group, as a percentage. */
  share_pct: number | null;
  decisions: number;
  cases: string[];
}

export function remedyTypeStats(db: Database.Database, by: GroupBy, filters: Filters = {}): RemedyTypeStatsRow[] {
  const where = whereClause(filters);
  const typed = db.prepare(`SELECT DISTINCT t.decision_id AS id, t.type FROM remedy_types t
    JOIN decisions d ON d.id = t.decision_id WHERE ${where.sql}`).all(where.params) as { id: number; type: string }[];
  const types = new Map<number, Set<string>>();
  for (const r of typed) types.set(r.id, (types.get(r.id) ?? new Set()).add(r.type));
  const out: RemedyTypeStatsRow[] = [];
  // Groups in the order of `stats faults`: years in order, anything else largest first.
  const ordered = groups(db, by, filters).sort(by === 'year'
    ? (a, b) => a.key.localeCompare(b.key)
    : (a, b) => b.rows.length - a.rows.length || a.label.localeCompare(b.label));
  for (const g of ordered) {
    for (const type of REMEDY_TYPES) {
      const rows = g.rows.filter((r) => types.get(r.id)?.has(type));
      out.push({ group: g.label, key: g.key, type, count: rows.length, share_pct: pct(rows.length, g.rows.length), decisions: g.rows.length, cases: cases(rows) });
    }
  }
  return out;
}
