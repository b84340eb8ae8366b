/** CSV (RFC 4180) for report tables and for every `--format csv` output. */
import type { Table } from './tables.js';

/** One cell; a text starting with =, +, -, @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(',');
}

/** Rows of objects as CSV, columns in first-seen order unless given. */
export function rowsCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return `${[csvLine(cols), ...rows.map((r) => csvLine(cols.map((c) => r[c])))].join('\n')}\n`;
}

/** Each report table as a CSV file, with the case numbers behind each row. */
export function tableCsv(t: Table): string {
  const header = [...t.columns, 'case_numbers'];
  return `${[csvLine(header), ...t.rows.map((row, i) => csvLine([...row, (t.cases[i] ?? []).join('; ')]))].join('\n')}\n`;
}
