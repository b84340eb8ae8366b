/** The report's charts, drawn once and embedded inline (HTML) or written beside the report (Markdown). */
import { barChart, columnChart, lineChart } from './charts.js';
import type { ReportData } from './data.js';

export interface Figure {
  /** File-safe identifier, fixed by us. */
  id: string;
  /** Which report section it belongs to. */
  section: 'remedies' | 'faults' | 'remedy-types' | 'trend';
  title: string;
  /** "n = ..." and the filters, printed under the chart. */
  caption: string;
  svg: string;
}

const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const percent = (n: number) => `${n}%`;

export function reportFigures(data: ReportData): Figure[] {
  const filters = `Filters: ${data.filtersText}.`;
  const r = data.remedies;
  const figures: Figure[] = [];
  const add = (f: Omit<Figure, 'svg'>, svg: string) => figures.push({ ...f, svg });

  const paid = r.histogram.reduce((a, h) => a + h.n, 0);
  add({ id: 'remedy-histogram', section: 'remedies', title: 'Remedy totals of decisions with a payment', caption: `n = ${paid} decisions with a payment (of ${data.overview.decisions}). ${filters}` },
    columnChart(r.histogram.map((h) => ({ label: h.label, value: h.n })), {
      id: 'remedy-histogram', title: 'Remedy totals of decisions with a payment',
      description: `Histogram of remedy totals: ${r.histogram.map((h) => `${h.label}: ${h.n}`).join('; ')}.`,
      xLabel: 'Remedy total (pounds)', yLabel: 'Decisions',
    }));
  add({ id: 'top-organisations', section: 'remedies', title: 'Organisations that paid most', caption: `n = ${r.topOrganisations.length} organisations; total of remedy_total per organisation. ${filters}` },
    barChart(r.topOrganisations.map((o) => ({ label: o.group, value: o.total })), {
      id: 'top-organisations', title: 'Organisations that paid most', format: pounds,
      description: r.topOrganisations.map((o) => `${o.group}: ${pounds(o.total)}`).join('; ') || 'No payments.',
      xLabel: 'Total agreed remedy payments (pounds)', yLabel: 'Organisation',
    }));
  add({ id: 'payment-purposes', section: 'remedies', title: 'What agreed payments were for', caption: `n = ${r.purposes.reduce((a, p) => a + p.n, 0)} agreed payments. ${filters}` },
    barChart(r.purposes.map((p) => ({ label: p.label.replace(/_/g, ' '), value: p.total })), {
      id: 'payment-purposes', title: 'What agreed payments were for', format: pounds,
      description: r.purposes.map((p) => `${p.label}: ${pounds(p.total)} in ${p.n} payments`).join('; ') || 'No payments.',
      xLabel: 'Total (pounds)', yLabel: 'Purpose',
    }));
  const faultRows = data.faults.byCategory.filter((c) => c.fault_found_pct !== null);
  add({ id: 'fault-rate-by-category', section: 'faults', title: 'Fault found, by category', caption: `n = ${faultRows.reduce((a, c) => a + c.decisions, 0)} decisions in ${faultRows.length} categories. ${filters}` },
    barChart(faultRows.map((c) => ({ label: `${c.group} (n=${c.decisions})`, value: c.fault_found_pct ?? 0 })), {
      id: 'fault-rate-by-category', title: 'Fault found, by category', format: percent,
      description: faultRows.map((c) => `${c.group}: ${c.fault_found_pct}% of ${c.decisions}`).join('; ') || 'No decisions.',
      xLabel: 'Decisions with fault found (%)', yLabel: 'Category',
    }));
  add({ id: 'remedy-types', section: 'remedy-types', title: 'Remedy-type mix', caption: `n = ${data.overview.decisions} decisions; a decision may have several types. ${filters}` },
    barChart(data.remedyTypes.map((t) => ({ label: t.type.replace(/_/g, ' '), value: t.count })), {
      id: 'remedy-types', title: 'Remedy-type mix',
      description: data.remedyTypes.map((t) => `${t.type}: ${t.count} decisions (${t.share_pct ?? 0}%)`).join('; '),
      xLabel: 'Decisions', yLabel: 'Remedy type',
    }));
  const years = data.trend.filter((t) => /^\d{4}$/.test(t.year));
  add({ id: 'trend-decisions', section: 'trend', title: 'Decisions and payments by year', caption: `n = ${years.reduce((a, t) => a + t.decisions, 0)} decisions with a decision date. ${filters}` },
    lineChart([
      { name: 'Decisions', points: years.map((t) => ({ x: t.year, y: t.decisions })) },
      { name: 'With a payment', points: years.map((t) => ({ x: t.year, y: t.decisions_with_payment })) },
    ], {
      id: 'trend-decisions', title: 'Decisions and payments by year',
      description: years.map((t) => `${t.year}: ${t.decisions} decisions, ${t.decisions_with_payment} with a payment`).join('; ') || 'No dated decisions.',
      xLabel: 'Year of decision', yLabel: 'Decisions',
    }));
  return figures;
}
