/**
 * Remedy, fault and remedy-type statistics grouped by organisation, category, year or
 * organisation type. SQLite groups the filtered decisions in one pass over an index that covers
 * every column read (schema v3), returning one row per group with its case numbers and its paid
 * amounts in order; the order statistics (median, p90) are computed here, so every verb and the
 * report share one definition.
 */
import type Database from 'better-sqlite3';
import { type Filters, whereClause } from './filters.js';
import { mean, median, pct, percentile, sum } from './numbers.js';

/**
 * How decisions are grouped: the SQL for the group key, and for its display label as an
 * expression over the group (a bare column is the same in every row of its group).
 */
export const GROUP_BY = {
  all: { key: "'all'", label: "'All decisions'" },
  organisation: {
    key: "coalesce(d.organisation_key, '(none)')",
    label: "coalesce((SELECT o.name FROM organisations o WHERE o.key = d.organisation_key), min(d.organisation), '(none)')",
  },
  category: { key: "coalesce(d.category_top, '(none)')", label: "coalesce(d.category_top, '(no category)')" },
  subcategory: { key: "coalesce(d.category, '(none)')", label: "coalesce(d.category, '(no category)')" },
  year: { key: "coalesce(CAST(d.year AS TEXT), '(unknown)')", label: "coalesce(CAST(d.year AS TEXT), '(unknown)')" },
  'organisation-type': { key: "coalesce(d.organisation_type, 'other')", label: "coalesce(d.organisation_type, 'other')" },
} as const;
export type GroupBy = keyof typeof GROUP_BY;
export const GROUP_BY_NAMES = Object.keys(GROUP_BY) as GroupBy[];

/** A decision's case number as every grouping lists it ('#' and its id when it has none). */
const CASE = "coalesce(d.case_number, '#' || d.id)";
/** The case numbers of a group's decisions, in decision-date order, as JSON. */
const casesJson = () => `json_group_array(${CASE} ORDER BY d.decision_date, d.case_number)`;

interface GroupRow {
  key: string;
  label: string;
  decisions: number;
  /** JSON array of case numbers. */
  cases: string;
  [column: string]: unknown;
}

/**
 * One row per group: key, label, decisions, the given aggregate columns ({ name: SQL }), and
 * cases (a JSON array) unless `aggregates` itself lists the cases another way (`cases: null`).
 */
function groups(db: Database.Database, by: GroupBy, filters: Filters, aggregates: Record<string, string | null> = {}): GroupRow[] {
  const where = whereClause(filters);
  const g = GROUP_BY[by];
  const columns = { cases: casesJson(), ...aggregates };
  const extra = Object.entries(columns).filter(([, expr]) => expr !== null).map(([name, expr]) => `, ${expr} AS ${name}`).join('');
  return db.prepare(`SELECT ${g.key} AS key, ${g.label} AS label, count(*) AS decisions${extra}
    FROM decisions d WHERE ${where.sql} GROUP BY 1`).all(where.params) as GroupRow[];
}

const parse = (json: unknown): string[] => JSON.parse(String(json ?? '[]')) as string[];
const byYear = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
/** Largest group first, then by label: the order of every grouping but year. */
const bySize = (a: { decisions: number; group: string }, b: { decisions: number; group: string }) =>
  b.decisions - a.decisions || a.group.localeCompare(b.group);

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
  const out = groups(db, by, filters, {
    paid: 'json_group_array(d.remedy_total ORDER BY d.remedy_total) FILTER (WHERE d.remedy_total > 0)',
  }).map((g) => {
    const paid = JSON.parse(String(g.paid)) as number[];
    return {
      group: g.label, key: g.key, decisions: g.decisions, decisions_with_payment: paid.length, total: sum(paid),
      mean: mean(paid), median: median(paid), p90: percentile(paid, 0.9), max: paid.length ? paid[paid.length - 1]! : null,
      cases: parse(g.cases),
    };
  });
  return out.sort(by === 'year' ? byYear : (a, b) => b.total - a.total || bySize(a, b));
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

/** Printed outcomes that count as upheld ("Upheld", "Upheld: fault and injustice"). */
const UPHELD = "(lower(d.outcome) = 'upheld' OR lower(d.outcome) GLOB 'upheld[^a-z0-9_]*')";

export function faultStats(db: Database.Database, by: GroupBy, filters: Filters = {}): FaultStatsRow[] {
  const themes = themeCounts(db, by, filters);
  const out = groups(db, by, filters, {
    known: 'count(d.fault)',
    faulted: 'count(*) FILTER (WHERE d.fault = 1)',
    with_outcome: "count(*) FILTER (WHERE d.outcome <> '')",
    upheld: `count(*) FILTER (WHERE ${UPHELD})`,
  }).map((g) => ({
    group: g.label, key: g.key, decisions: g.decisions,
    fault_found_pct: pct(Number(g.faulted), Number(g.known)),
    upheld_pct: pct(Number(g.upheld), Number(g.with_outcome)),
    top_themes: [...(themes.get(g.key) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_THEMES)
      .map(([theme, decisions]) => ({ theme, decisions })),
    cases: parse(g.cases),
  }));
  return out.sort(by === 'year' ? byYear : bySize);
}

/** Group key -> theme -> decisions with that theme, from each decision's distinct themes. */
function themeCounts(db: Database.Database, by: GroupBy, filters: Filters): Map<string, Map<string, number>> {
  const where = whereClause(filters);
  const rows = db.prepare(`SELECT ${GROUP_BY[by].key} AS key, d.themes, count(*) AS n FROM decisions d
    WHERE ${where.sql} AND d.themes IS NOT NULL GROUP BY 1, 2`).all(where.params) as { key: string; themes: string; n: number }[];
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const counts = out.get(r.key) ?? out.set(r.key, new Map()).get(r.key)!;
    for (const theme of r.themes.split(',')) counts.set(theme, (counts.get(theme) ?? 0) + r.n);
  }
  return out;
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

/**
 * Each type's decisions are picked in JavaScript out of one list of [case, remedy types] pairs
 * per group: one sort by decision date instead of one per type (50,000 bench decisions, by year:
 * 177 -> 150 ms).
 */
export function remedyTypeStats(db: Database.Database, by: GroupBy, filters: Filters = {}): RemedyTypeStatsRow[] {
  const typed = groups(db, by, filters, {
    cases: null,
    typed: `json_group_array(json_array(${CASE}, d.remedy_types) ORDER BY d.decision_date, d.case_number) FILTER (WHERE d.remedy_types IS NOT NULL)`,
  });
  // Groups in the order of `stats faults`: years in order, anything else largest first.
  const ordered = typed.map((row) => ({ row, key: row.key, group: row.label, decisions: row.decisions })).sort(by === 'year' ? byYear : bySize);
  return ordered.map((o) => o.row).flatMap((g) => {
    const pairs = (JSON.parse(String(g.typed ?? '[]')) as [string, string][]).map(([c, types]) => [c, types.split(',')] as const);
    return REMEDY_TYPES.map((type) => {
      const cases = pairs.filter(([, types]) => types.includes(type)).map(([c]) => c);
      return { group: g.label, key: g.key, type, count: cases.length, share_pct: pct(cases.length, g.decisions), decisions: g.decisions, cases };
    });
  });
}
