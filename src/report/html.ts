/**
 * The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network, A4
 * print layout with a page break before each section. All text is escaped.
 */
import type { ReportData } from './data.js';
import { escapeHtml as e } from './escape.js';
import type { Figure } from './figures.js';
import type { Table } from './tables.js';

/** Case numbers shown in a cell before the rest fold into a <details> list. */
const CASES_SHOWN = 6;

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.6rem; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #bbb; padding: .25rem .45rem; vertical-align: top; text-align: left; }
th { background: #eee; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.cases { font-size: 12px; color: #333; } .note { color: #444; font-size: 13px; }
figure { margin: 1rem 0 1.6rem; } figcaption { font-size: 13px; color: #333; } svg.chart { max-width: 100%; height: auto; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } section { break-before: page; } figure, tr { break-inside: avoid; } details > :not(summary) { display: block; } }
`;

export function renderHtml(data: ReportData, tables: Table[], figures: Figure[]): string {
  const table = (id: string) => renderTable(tables.find((t) => t.id === id)!);
  const figure = (id: string) => renderFigure(figures.find((f) => f.id === id)!);
  const o = data.overview;
  const r = data.remedies.all;
  const money = (n: number | null) => (n === null ? '–' : `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Ombudsman decisions: summary report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Ombudsman decisions: summary report</h1>
<p class="note">Generated ${e(data.generatedAt)} from <code>${e(data.database)}</code>. Filters applied: ${e(data.filtersText)}.
Every table row lists the case numbers behind it; every figure states its n.</p>
</header>
<main>
<section id="overview" aria-labelledby="h-overview">
<h2 id="h-overview">Corpus overview</h2>
<dl class="figures">
<dt>Decisions</dt><dd>${o.decisions}</dd>
<dt>Decision dates</dt><dd>${e(o.firstDate ?? '–')} to ${e(o.lastDate ?? '–')}</dd>
<dt>Organisations</dt><dd>${o.organisations}</dd>
<dt>Files</dt><dd>${o.documents.ok} parsed, ${o.documents.duplicate} duplicate, ${o.documents.failed} failed</dd>
</dl>
${table('outcomes')}
${o.failures.length ? renderFailures(o.failures) : '<p class="note">No file failed.</p>'}
</section>
<section id="remedies" aria-labelledby="h-remedies">
<h2 id="h-remedies">Remedies</h2>
<dl class="figures">
<dt>Decisions with a payment</dt><dd>${r.decisions_with_payment} of ${r.decisions}</dd>
<dt>Total agreed</dt><dd>${money(r.total)}</dd>
<dt>Median, p90, max</dt><dd>${money(r.median)}, ${money(r.p90)}, ${money(r.max)} (over decisions with a payment)</dd>
</dl>
${figure('remedy-histogram')}
${table('remedy-histogram')}
${table('remedies-by-category')}
${table('remedies-by-organisation-type')}
${figure('top-organisations')}
${table('top-organisations')}
${figure('payment-purposes')}
${table('payment-purposes')}
</section>
<section id="faults" aria-labelledby="h-faults">
<h2 id="h-faults">Faults</h2>
<p>Fault found in ${data.faults.all.fault_found_pct ?? '–'}% of decisions where the text says (n = ${data.faults.all.decisions}); upheld in ${data.faults.all.upheld_pct ?? '–'}% of decisions with a printed outcome.</p>
${figure('fault-rate-by-category')}
${table('faults-by-category')}
${table('faults-by-organisation-type')}
${table('fault-themes')}
</section>
<section id="remedy-types" aria-labelledby="h-remedy-types">
<h2 id="h-remedy-types">Remedy-type mix</h2>
${figure('remedy-types')}
${table('remedy-types')}
</section>
<section id="trend" aria-labelledby="h-trend">
<h2 id="h-trend">Trend by year</h2>
${figure('trend-decisions')}
${table('trend-by-year')}
</section>
</main>
</body>
</html>
`;
}

function renderFigure(f: Figure): string {
  return `<figure id="fig-${e(f.id)}">
${f.svg}
<figcaption>${e(f.title)}. ${e(f.caption)}</figcaption>
</figure>`;
}

function renderTable(t: Table): string {
  const head = [...t.columns, 'case numbers'].map((c) => `<th scope="col">${e(c)}</th>`).join('');
  // A missing value in a column of numbers is a dash aligned with the numbers.
  const numeric = t.columns.map((_, c) => t.rows.some((row) => typeof row[c] === 'number'));
  const body = t.rows.map((row, i) => {
    const cells = row.map((v, c) => (typeof v === 'number' ? `<td class="num">${e(v.toLocaleString('en-GB'))}</td>`
      : v === null && numeric[c] ? '<td class="num">–</td>' : `<td>${e(v ?? '–')}</td>`));
    return `<tr>${cells.join('')}<td class="cases">${casesCell(t.cases[i] ?? [])}</td></tr>`;
  });
  return `<table id="table-${e(t.id)}">
<caption>${e(t.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body.join('\n') || `<tr><td colspan="${t.columns.length + 1}">No decisions.</td></tr>`}
</tbody>
</table>`;
}

function casesCell(cases: string[]): string {
  if (cases.length <= CASES_SHOWN) return e(cases.join(', '));
  return `${e(cases.slice(0, CASES_SHOWN).join(', '))} <details><summary>all ${cases.length}</summary>${e(cases.join(', '))}</details>`;
}

function renderFailures(failures: { file: string; error: string }[]): string {
  const rows = failures.map((f) => `<tr><td>${e(f.file)}</td><td>${e(f.error)}</td></tr>`).join('\n');
  return `<table id="table-failures"><caption>Files not parsed (failed or duplicate)</caption>
<thead><tr><th scope="col">file</th><th scope="col">reason</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}
