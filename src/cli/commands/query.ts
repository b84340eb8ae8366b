/** `ombuds query "<SQL>"`: one SQL statement that returns rows, on a read-only connection; writes are refused. */
import { Command } from 'commander';
import { runQuery } from '../../analyse/query.js';
import { UsageError } from '../db.js';
import { existsSync } from 'node:fs';
import { formatOption, type OutputFormat, out, renderRows } from '../output.js';

export function queryCommand(): Command {
  return new Command('query')
    .description('run one SQL query on a read-only connection (tables, and views v_decisions, v_payments, v_remedies, ...)')
    .argument('<sql>', 'one SQL statement that returns rows')
    .option('--db <path>', 'database file', 'ombuds.db')
    .addOption(formatOption())
    .action(async (sql: string, opts: { db: string; format: OutputFormat }) => {
      if (!existsSync(opts.db)) throw new UsageError(`no database at ${opts.db}`);
      await out(renderRows(runQuery(opts.db, sql), opts.format));
    });
}
