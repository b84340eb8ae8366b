/** The report as Markdown; charts are written as SVG files beside it and linked as images. */
import type { ReportData } from './data.js';
import type { Figure } from './figures.js';
import type { Table } from './tables.js';

const SECTIONS: { id: string; title: string; tables: string[]; figures: Figure['section'] | null }[] = [
  { id: 'overview', title: 'Corpus overview', tables: ['outcomes'], figures: null },
  { id: 'remedies', title: 'Remedies', tables: ['remedy-histogram', 'remedies-by-category', 'remedies-by-organisation-type', 'top-organisations', 'payment-purposes'], figures: 'remedies' },
  { id: 'faults', title: 'Faults', tables: ['faults-by-category', 'faults-by-organisation-type', 'fault-themes'], figures: 'faults' },
  { id: 'remedy-types', title: 'Remedy-type mix', tables: ['remedy-types'], figures: 'remedy-types' },
  { id: 'trend', title: 'Trend by year', tables: ['trend-by-year'], figures: 'trend' },
];

/** Markdown-safe cell: no pipes, no line breaks, no raw HTML, no links or images (brackets escaped). */
const cell = (v: unknown) => String(v ?? '–').replace(/[\\|[\]]/g, (c) => `\\${c}`).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\s+/g, ' ');

export function renderMarkdown(data: ReportData, tables: Table[], figures: Figure[], svgDir: string): string {
  const o = data.overview;
  const lines = [
    '# Ombudsman decisions: summary report', '',
    `Generated ${data.generatedAt} from \`${data.database}\`. Filters applied: ${cell(data.filtersText)}.`, '',
    `- Decisions: ${o.decisions} (dates ${o.firstDate ?? '–'} to ${o.lastDate ?? '–'}), organisations: ${o.organisations}`,
    `- Files: ${o.documents.ok} parsed, ${o.documents.duplicate} duplicate, ${o.documents.failed} failed`, '',
  ];
  for (const section of SECTIONS) {
    lines.push(`## ${section.title}`, '');
    for (const f of figures.filter((x) => x.section === section.figures)) {
      lines.push(`![${cell(f.title)}](${svgDir}/${f.id}.svg)`, '', `*${cell(f.title)}. ${cell(f.caption)}*`, '');
    }
    for (const id of section.tables) lines.push(...markdownTable(tables.find((t) => t.id === id)!), '');
  }
  if (o.failures.length) {
    lines.push('## Files not parsed', '', '| file | reason |', '|---|---|', ...o.failures.map((f) => `| ${cell(f.file)} | ${cell(f.error)} |`), '');
  }
  return lines.join('\n');
}

function markdownTable(t: Table): string[] {
  const header = [...t.columns, 'case numbers'];
  return [
    `**${cell(t.caption)}**`, '',
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...t.rows.map((row, i) => `| ${[...row, (t.cases[i] ?? []).join(', ')].map(cell).join(' | ')} |`),
  ];
}
