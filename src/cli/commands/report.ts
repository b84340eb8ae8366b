/** `ombuds report`: the summary report (HTML; optionally Markdown and CSV) with the stats filters. */
import { Command } from 'commander';
import { DEFAULT_REPORT, writeReport } from '../../report/index.js';
import { openReadOnly } from '../db.js';
import { addFilterOptions, filtersFrom } from '../filters.js';
import { err } from '../output.js';

export function reportCommand(): Command {
  const command = new Command('report')
    .description('write a summary report: self-contained HTML with charts, optionally Markdown (--md) and CSV tables (--csv <dir>)')
    .option('--db <path>', 'database file', 'ombuds.db')
    .option('--out <path>', 'HTML output file', DEFAULT_REPORT)
    .option('--md', 'also write the report as Markdown beside the HTML, charts as SVG files')
    .option('--csv <dir>', 'also write each table as a CSV file into this folder');
  return addFilterOptions(command).action((opts: Record<string, unknown> & { db: string; out: string; md?: boolean; csv?: string }) => {
    const db = openReadOnly(opts.db);
    try {
      const written = writeReport(db, { database: opts.db, out: opts.out, markdown: opts.md, csvDir: opts.csv, filters: filtersFrom(opts) });
      err(`report written: ${written.html}${written.markdown ? ` and ${written.markdown}` : ''}${opts.csv ? ` (CSV tables in ${opts.csv})` : ''}`);
      process.stdout.write(`${written.html}\n`);
    } finally {
      db.close();
    }
  });
}
