/** `ombuds eval --gold <gold.jsonl> --docs <dir> [--json]`: per-key scores as FORMAT.md defines them, then each miss. */
import { Command } from 'commander';
import { formatEvalReport } from '../../eval/format.js';
import { out } from '../output.js';

export function evalCommand(): Command {
  return new Command('eval')
    .description('score the pipeline against hand labels (JSON Lines in the FORMAT.md key vocabulary)')
    .requiredOption('--gold <gold.jsonl>', 'gold labels, one JSON object per line')
    .requiredOption('--docs <dir>', 'folder holding the labelled files')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { gold: string; docs: string; json?: boolean }) => {
      const { evaluate } = await import('../../eval/run.js');
      const report = await evaluate(opts.gold, opts.docs);
      await out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
    });
}
