/** `ombuds stats remedies|faults|remedy-types --by ...`: aggregate figures with --format and filters. */
import { Command, Option } from 'commander';
import { GROUP_BY_NAMES, type GroupBy, faultStats, remedyStats, remedyTypeStats } from '../../analyse/stats.js';
import { openReadOnly } from '../db.js';
import { addFilterOptions, filtersFrom } from '../filters.js';
import { formatOption, type OutputFormat, out, renderRows, type Row } from '../output.js';

type Opts = Record<string, unknown> & { db: string; by: GroupBy; format: OutputFormat };

function statsVerb(name: string, description: string, rows: (opts: Opts) => Row[], tableColumns: string[]): Command {
  const command = new Command(name)
    .description(description)
    .option('--db <path>', 'database file', 'ombuds.db')
    .addOption(new Option('--by <group>', 'group decisions by').choices(GROUP_BY_NAMES).default('organisation'))
    .addOption(formatOption());
  return addFilterOptions(command).action(async (opts: Opts) => {
    const result = rows(opts);
    await out(renderRows(result, opts.format, opts.format === 'table' ? tableColumns : undefined));
  });
}

const themesText = (row: Row) => (row.top_themes as { theme: string; decisions: number }[]).map((t) => `${t.theme} (${t.decisions})`).join(', ');

export function statsCommand(): Command {
  return new Command('stats')
    .description('remedy, fault and remedy-type statistics grouped by organisation, category, year or organisation type')
    .addCommand(statsVerb('remedies', 'decisions, decisions with a payment, total £, mean, median, p90 and max of remedy_total (over decisions with a payment)',
      (o) => withDb(o, (db) => remedyStats(db, o.by, filtersFrom(o))) as unknown as Row[],
      ['group', 'decisions', 'decisions_with_payment', 'total', 'mean', 'median', 'p90', 'max']).exitOverride())
    .addCommand(statsVerb('faults', 'decisions, fault found %, upheld % and the top fault themes',
      (o) => withDb(o, (db) => faultStats(db, o.by, filtersFrom(o))).map((r) => (o.format === 'json' ? r : { ...r, top_themes: themesText(r as unknown as Row) })) as unknown as Row[],
      ['group', 'decisions', 'fault_found_pct', 'upheld_pct', 'top_themes']).exitOverride())
    .addCommand(statsVerb('remedy-types', 'count and share of decisions with each remedy type (apology, payment, service_improvement, reconsider, other_action)',
      (o) => withDb(o, (db) => remedyTypeStats(db, o.by, filtersFrom(o))) as unknown as Row[],
      ['group', 'type', 'count', 'share_pct', 'decisions']).exitOverride());
}

function withDb<T>(opts: Opts, fn: (db: ReturnType<typeof openReadOnly>) => T): T {
  const db = openReadOnly(opts.db);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
