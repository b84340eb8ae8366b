/**
 * The report's tables as plain rows (label -> value), shared by the HTML, Markdown and CSV
 * writers so every format shows the same figures. Money is in pounds, rates in percent.
 */
import type { ReportData } from './data.js';

export interface Table {
  /** File-safe identifier, fixed by us (never derived from document text). */
  id: string;
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Case numbers behind each row, in row order. */
  cases: string[][];
}

const money = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function reportTables(data: ReportData): Table[] {
  const r = data.remedies;
  const f = data.faults;
  const remedyRows = (rows: typeof r.byCategory) => rows.map((x) => [x.group, x.decisions, x.decisions_with_payment, money(x.total), money(x.median), money(x.max)]);
  const faultRows = (rows: typeof f.byCategory) => rows.map((x) => [x.group, x.decisions, x.fault_found_pct, x.upheld_pct, x.top_themes.map((t) => `${t.theme} (${t.decisions})`).join(', ')]);
  return [
    { id: 'outcomes', caption: 'Decisions by printed outcome', columns: ['outcome', 'decisions'], rows: data.overview.outcomes.map((o) => [o.label, o.n]), cases: data.overview.outcomes.map((o) => o.cases) },
    { id: 'remedy-histogram', caption: 'Decisions with a payment, by remedy total', columns: ['remedy total', 'decisions'], rows: r.histogram.map((h) => [h.label, h.n]), cases: r.histogram.map((h) => h.cases) },
    { id: 'remedies-by-category', caption: 'Remedy payments by category', columns: ['category', 'decisions', 'with payment', 'total £', 'median £', 'max £'], rows: remedyRows(r.byCategory), cases: r.byCategory.map((x) => x.cases) },
    { id: 'remedies-by-organisation-type', caption: 'Remedy payments by organisation type', columns: ['organisation type', 'decisions', 'with payment', 'total £', 'median £', 'max £'], rows: remedyRows(r.byOrganisationType), cases: r.byOrganisationType.map((x) => x.cases) },
    { id: 'top-organisations', caption: 'Organisations that paid most', columns: ['organisation', 'decisions', 'with payment', 'total £', 'median £', 'max £'], rows: remedyRows(r.topOrganisations), cases: r.topOrganisations.map((x) => x.cases) },
    { id: 'payment-purposes', caption: 'Purposes of agreed payments', columns: ['purpose', 'payments', 'total £'], rows: r.purposes.map((p) => [p.label, p.n, money(p.total)]), cases: r.purposes.map((p) => p.cases) },
    { id: 'faults-by-category', caption: 'Fault rate by category', columns: ['category', 'decisions', 'fault found %', 'upheld %', 'top fault themes'], rows: faultRows(f.byCategory), cases: f.byCategory.map((x) => x.cases) },
    { id: 'faults-by-organisation-type', caption: 'Fault rate by organisation type', columns: ['organisation type', 'decisions', 'fault found %', 'upheld %', 'top fault themes'], rows: faultRows(f.byOrganisationType), cases: f.byOrganisationType.map((x) => x.cases) },
    { id: 'fault-themes', caption: 'Fault themes, with one example of the evidence', columns: ['theme', 'decisions', 'example', 'example case'], rows: f.themes.map((t) => [t.label, t.n, t.example?.text ?? null, t.example?.case_number ?? null]), cases: f.themes.map((t) => t.cases) },
    { id: 'remedy-types', caption: 'Remedy-type mix: decisions whose remedies include each type', columns: ['remedy type', 'decisions', 'share %'], rows: data.remedyTypes.map((t) => [t.type, t.count, t.share_pct]), cases: data.remedyTypes.map((t) => t.cases) },
    { id: 'trend-by-year', caption: 'Trend by year of decision', columns: ['year', 'decisions', 'fault found %', 'with payment', 'total £', 'median £'], rows: data.trend.map((t) => [t.year, t.decisions, t.fault_found_pct, t.decisions_with_payment, money(t.total), money(t.median)]), cases: data.trend.map((t) => t.cases) },
  ];
}
