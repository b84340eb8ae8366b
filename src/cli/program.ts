/**
 * The `ombuds` command line: a thin layer over the library. One verb per task; data to stdout,
 * messages to stderr; exit 0 ok, 1 when some input failed, 2 on usage errors.
 */
import { Command, CommanderError } from 'commander';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { parseCommand } from './commands/parse.js';
import { queryCommand } from './commands/query.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { isUsageError } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('ombuds')
    .description('Turn UK Ombudsman decision statements into an evidence base you can query and report on')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const commands = [parseCommand(), extractCommand(), ingestCommand(), statsCommand(), searchCommand(), showCommand(), queryCommand(), reportCommand(), runCommand(), evalCommand()];
  for (const command of commands) {
    program.addCommand(command.exitOverride());
  }
  return program;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`ombuds: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = isUsageError(e) ? 2 : 1;
  }
}

