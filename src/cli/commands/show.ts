/** `ombuds show <case-number>`: a decision's fields and every extracted item with its evidence. */
import { Command } from 'commander';
import { showDecision } from '../../analyse/show.js';
import { openReadOnly, UsageError } from '../db.js';
import { formatOption, type OutputFormat, out, renderRows } from '../output.js';

export function showCommand(): Command {
  return new Command('show')
    .description("one decision's fields and every extracted item with its evidence (section, span, text)")
    .argument('<case-number>', 'case number as printed ("NN NNN NNN") or without spaces')
    .option('--db <path>', 'database file', 'ombuds.db')
    .addOption(formatOption())
    .action(async (caseNumber: string, opts: { db: string; format: OutputFormat }) => {
      const db = openReadOnly(opts.db);
      try {
        const shown = showDecision(db, caseNumber);
        if (!shown) throw new UsageError(`no decision with case number ${caseNumber} in ${opts.db}`);
        if (opts.format === 'json') return await out(`${JSON.stringify(shown, null, 2)}\n`);
        const fields = Object.entries(shown.decision).map(([field, value]) => ({ field, value }));
        let text = renderRows(fields, opts.format);
        for (const [name, rows] of Object.entries(shown.items)) {
          if (rows.length === 0) continue;
          text += opts.format === 'csv' ? `\n# ${name}\n` : `\n${name} (${rows.length})\n`;
          text += renderRows(rows, opts.format);
        }
        await out(text);
      } finally {
        db.close();
      }
    });
}
