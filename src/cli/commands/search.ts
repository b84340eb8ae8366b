/** `ombuds search "<query>"`: matching paragraphs, ranked, with case number, section and a highlighted snippet. */
import { Command, InvalidArgumentError } from 'commander';
import { search } from '../../analyse/search.js';
import { openReadOnly } from '../db.js';
import { addFilterOptions, filtersFrom } from '../filters.js';
import { formatOption, type OutputFormat, out, renderRows } from '../output.js';

function positiveInteger(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number >= 1');
  return Number(value);
}

export function searchCommand(): Command {
  const command = new Command('search')
    .description('full-text search of decision paragraphs (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)')
    .argument('<query>', 'full-text query')
    .option('--db <path>', 'database file', 'ombuds.db')
    .option('--limit <n>', 'maximum hits', positiveInteger, 20)
    .addOption(formatOption());
  return addFilterOptions(command).action(async (query: string, opts: Record<string, unknown> & { db: string; limit: number; format: OutputFormat }) => {
    const db = openReadOnly(opts.db);
    try {
      const hits = search(db, query, filtersFrom(opts), opts.limit);
      await out(renderRows(hits as unknown as Record<string, unknown>[], opts.format,
        opts.format === 'table' ? ['case_number', 'organisation', 'section', 'paragraph', 'snippet'] : undefined));
    } finally {
      db.close();
    }
  });
}
