/**
 * Everything a report shows, gathered from the store through the same analysis functions as
 * `ombuds stats` (so report figures and stats output cannot disagree). Plain data: the HTML,
 * Markdown and CSV writers only render it.
 */
import type Database from 'better-sqlite3';
import { describeFilters, type Filters, whereClause } from '../analyse/filters.js';
import {
  faultStats, type FaultStatsRow, remedyStats, type RemedyStatsRow, remedyTypeStats, type RemedyTypeStatsRow,
} from '../analyse/stats.js';

export interface CountRow {
  label: string;
  n: number;
  cases: string[];
}

export interface ThemeRow extends CountRow {
  example: { text: string; case_number: string | null } | null;
}

export interface PurposeRow extends CountRow {
  total: number;
}

export interface ReportData {
  generatedAt: string;
  database: string;
  filters: Filters;
  filtersText: string;
  overview: {
    decisions: number;
    documents: { ok: number; failed: number; duplicate: number };
    failures: { file: string; error: string }[];
    firstDate: string | null;
    lastDate: string | null;
    organisations: number;
    outcomes: CountRow[];
    kinds: CountRow[];
  };
  remedies: {
    all: RemedyStatsRow;
    histogram: CountRow[];
    byCategory: RemedyStatsRow[];
    byOrganisationType: RemedyStatsRow[];
    topOrganisations: RemedyStatsRow[];
    purposes: PurposeRow[];
  };
  faults: {
    all: FaultStatsRow;
    byCategory: FaultStatsRow[];
    byOrganisationType: FaultStatsRow[];
    themes: ThemeRow[];
  };
  remedyTypes: RemedyTypeStatsRow[];
  trend: { year: string; decisions: number; fault_found_pct: number | null; decisions_with_payment: number; total: number; median: number | null; cases: string[] }[];
}

/** Upper bounds (inclusive) of the remedy_total histogram bins, in pounds. */
export const HISTOGRAM_BINS: readonly { label: string; max: number }[] = [
  { label: '£1–£99', max: 99.99 },
  { label: '£100–£249', max: 249.99 },
  { label: '£250–£499', max: 499.99 },
  { label: '£500–£999', max: 999.99 },
  { label: '£1,000–£2,499', max: 2499.99 },
  { label: '£2,500–£4,999', max: 4999.99 },
  { label: '£5,000+', max: Number.POSITIVE_INFINITY },
];
const TOP_ORGANISATIONS = 10;

export function gatherReport(db: Database.Database, database: string, filters: Filters = {}): ReportData {
  const where = whereClause(filters);
  const decided = (sql: string) => db.prepare(sql.replace('@WHERE', where.sql)).all(where.params) as Record<string, unknown>[];
  const grouped = (sql: string): CountRow[] => decided(sql).map((r) => ({
    label: String(r.label ?? '(none)'), n: Number(r.n), cases: splitCases(r.cases),
  }));
  const CASES = "group_concat(coalesce(d.case_number, '#' || d.id))";

  const docs = db.prepare('SELECT status, count(*) AS n FROM documents GROUP BY status').all() as { status: string; n: number }[];
  const docCount = (s: string) => docs.find((d) => d.status === s)?.n ?? 0;
  const range = decided('SELECT min(d.decision_date) AS first, max(d.decision_date) AS last, count(DISTINCT d.organisation_key) AS orgs FROM decisions d WHERE @WHERE')[0]!;
  const all = remedyStats(db, 'all', filters)[0] ?? emptyRemedies();
  const paid = decided('SELECT d.remedy_total AS v, coalesce(d.case_number, \'#\' || d.id) AS c FROM decisions d WHERE @WHERE AND d.remedy_total > 0');
  const byYearRemedies = remedyStats(db, 'year', filters);
  const byYearFaults = faultStats(db, 'year', filters);

  return {
    generatedAt: new Date().toISOString(),
    database,
    filters,
    filtersText: describeFilters(filters),
    overview: {
      decisions: all.decisions,
      documents: { ok: docCount('ok'), failed: docCount('failed'), duplicate: docCount('duplicate') },
      failures: (db.prepare("SELECT file, coalesce(error, status) AS error FROM documents WHERE status <> 'ok' ORDER BY file").all() as { file: string; error: string }[]),
      firstDate: (range.first as string | null) ?? null,
      lastDate: (range.last as string | null) ?? null,
      organisations: Number(range.orgs ?? 0),
      outcomes: grouped(`SELECT coalesce(d.outcome, '(not printed)') AS label, count(*) AS n, ${CASES} AS cases FROM decisions d WHERE @WHERE GROUP BY 1 ORDER BY n DESC, label`),
      kinds: grouped(`SELECT d.kind AS label, count(*) AS n, ${CASES} AS cases FROM decisions d WHERE @WHERE GROUP BY 1 ORDER BY n DESC`),
    },
    remedies: {
      all,
      histogram: HISTOGRAM_BINS.map((bin, i) => {
        const lo = i === 0 ? 0 : HISTOGRAM_BINS[i - 1]!.max;
        const rows = paid.filter((r) => Number(r.v) > lo && Number(r.v) <= bin.max);
        return { label: bin.label, n: rows.length, cases: rows.map((r) => String(r.c)) };
      }),
      byCategory: remedyStats(db, 'category', filters),
      byOrganisationType: remedyStats(db, 'organisation-type', filters),
      topOrganisations: remedyStats(db, 'organisation', filters).filter((r) => r.total > 0).slice(0, TOP_ORGANISATIONS),
      purposes: decided(`SELECT p.purpose AS label, count(*) AS n, round(sum(p.amount), 2) AS total, ${CASES.replace('group_concat(', 'group_concat(DISTINCT ')} AS cases
        FROM payments p JOIN decisions d ON d.id = p.decision_id
        WHERE @WHERE AND p.role = 'agreed' AND p.part_of IS NULL GROUP BY 1 ORDER BY total DESC`)
        .map((r) => ({ label: String(r.label), n: Number(r.n), total: Number(r.total), cases: splitCases(r.cases) })),
    },
    faults: {
      all: faultStats(db, 'all', filters)[0] ?? emptyFaults(),
      byCategory: faultStats(db, 'category', filters),
      byOrganisationType: faultStats(db, 'organisation-type', filters),
      themes: themes(db, where),
    },
    remedyTypes: remedyTypeStats(db, 'all', filters),
    trend: byYearRemedies.map((r) => {
      const f = byYearFaults.find((x) => x.key === r.key);
      return { year: r.group, decisions: r.decisions, fault_found_pct: f?.fault_found_pct ?? null, decisions_with_payment: r.decisions_with_payment, total: r.total, median: r.median, cases: r.cases };
    }),
  };
}

/**
 * Fault themes: decisions per theme (from each decision's distinct themes, in decision-date
 * order) and one example sentence each, taken from the latest decision whose evidence for the
 * theme is a readable length (60-400 characters), else from the latest decision with the theme.
 * Both walk the decisions index; neither scans every evidence row.
 */
function themes(db: Database.Database, where: ReturnType<typeof whereClause>): ThemeRow[] {
  const rows = db.prepare(`SELECT d.themes, coalesce(d.case_number, '#' || d.id) AS c FROM decisions d
    WHERE ${where.sql} AND d.themes IS NOT NULL ORDER BY d.decision_date, d.case_number`).raw().all(where.params) as [string, string][];
  const cases = new Map<string, string[]>();
  for (const [list, c] of rows) for (const theme of list.split(',')) (cases.get(theme) ?? cases.set(theme, []).get(theme)!).push(c);
  // Newest decisions first along the covering index, stopping at the first match (the planner
  // would otherwise read every evidence row of the theme and sort them).
  const example = (readable: boolean) => db.prepare(`SELECT t.evidence AS text, d.case_number FROM decisions d INDEXED BY decisions_stats
    CROSS JOIN fault_themes t ON t.decision_id = d.id AND t.theme = @theme
    WHERE ${where.sql} AND instr(',' || d.themes || ',', ',' || @theme || ',') > 0
      ${readable ? 'AND length(t.evidence) BETWEEN 60 AND 400' : ''}
    ORDER BY d.decision_date DESC, d.case_number DESC, t.start LIMIT 1`);
  const readable = example(true);
  const any = example(false);
  return [...cases].map(([label, list]) => ({
    label, n: list.length, cases: list,
    example: (readable.get({ ...where.params, theme: label }) ?? any.get({ ...where.params, theme: label }) ?? null) as ThemeRow['example'],
  })).sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

const splitCases = (value: unknown) => String(value ?? '').split(',').filter(Boolean);

function emptyRemedies(): RemedyStatsRow {
  return { group: 'All decisions', key: 'all', decisions: 0, decisions_with_payment: 0, total: 0, mean: null, median: null, p90: null, max: null, cases: [] };
}

function emptyFaults(): FaultStatsRow {
  return { group: 'All decisions', key: 'all', decisions: 0, fault_found_pct: null, upheld_pct: null, top_themes: [], cases: [] };
}

