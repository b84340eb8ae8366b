/**
 * Output flags defined once: every verb that prints rows takes `--format table|csv|json`.
 * Data goes to stdout; messages and progress go to stderr.
 */
import { Option } from 'commander';
import { rowsCsv } from '../report/csv.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function formatOption(defaultFormat: OutputFormat = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default(defaultFormat);
}

export type Row = Record<string, unknown>;

export function renderRows(rows: Row[], format: OutputFormat, columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return rowsCsv(rows, cols);
  return renderTable(rows, cols);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function renderTable(rows: Row[], cols: string[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cells = rows.map((r) => cols.map((c) => cellText(r[c]).replace(/\s+/g, ' ')));
  const widths = cols.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((row) => row[i]!.length))));
  const fit = (text: string, w: number) => (text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w));
  const line = (values: string[]) => values.map((v, i) => fit(v, widths[i]!)).join('  ').trimEnd();
  return `${[line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

/** Write to stdout, waiting for the pipe to drain so large outputs are not truncated on exit. */
export function out(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function err(message: string): void {
  process.stderr.write(`${message}\n`);
}
