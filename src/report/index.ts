/**
 * report: store -> a summary report (self-contained HTML, optionally Markdown with SVG charts,
 * and CSV tables). File names inside the output folders are fixed identifiers, never taken
 * from document text, so no decision can steer where a file is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type Database from 'better-sqlite3';
import type { Filters } from '../analyse/filters.js';
import { tableCsv } from './csv.js';
import { gatherReport, type ReportData } from './data.js';
import { reportFigures } from './figures.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { reportTables } from './tables.js';

export interface ReportOptions {
  /** Database path as shown in the report. */
  database: string;
  /** HTML output path (default reports/summary.html). */
  out?: string;
  /** Also write Markdown beside the HTML (same name, .md) with charts as SVG files. */
  markdown?: boolean;
  /** Also write every table as CSV into this folder. */
  csvDir?: string;
  filters?: Filters;
}

export interface WrittenReport {
  html: string;
  markdown: string | null;
  files: string[];
  data: ReportData;
}

export const DEFAULT_REPORT = join('reports', 'summary.html');

export function writeReport(db: Database.Database, opts: ReportOptions): WrittenReport {
  const data = gatherReport(db, opts.database, opts.filters ?? {});
  const tables = reportTables(data);
  const figures = reportFigures(data);
  const html = opts.out ?? DEFAULT_REPORT;
  const files: string[] = [];
  const write = (path: string, content: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    files.push(path);
  };
  write(html, renderHtml(data, tables, figures));
  let markdown: string | null = null;
  if (opts.markdown) {
    markdown = html.replace(/\.html?$/i, '') + '.md';
    const svgDir = `${basename(markdown, '.md')}-charts`;
    for (const f of figures) write(join(dirname(markdown), svgDir, `${f.id}.svg`), f.svg);
    write(markdown, renderMarkdown(data, tables, figures, svgDir));
  }
  if (opts.csvDir) for (const t of tables) write(join(opts.csvDir, `${t.id}.csv`), tableCsv(t));
  return { html, markdown, files: files.map((f) => relative(process.cwd(), f) || f), data };
}
