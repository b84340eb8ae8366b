/**
 * The `ombuds` command line: a thin layer over the library. One verb per task; data to stdout,
 * messages to stderr; exit 0 ok, 1 when some input failed, 2 on usage errors.
 */
import { Command, CommanderError } from 'commander';
import { isUsageError } from './errors.js';

/**
 * Each verb and the module that defines it, in --help order. A verb's module is loaded only when
 * that verb runs (or for help), so `ombuds stats` never loads the parsers and extractors: start-up
 * is ~130 ms instead of ~300 ms.
 */
const VERBS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse.js')).parseCommand(),
  extract: async () => (await import('./commands/extract.js')).extractCommand(),
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand(),
  stats: async () => (await import('./commands/stats.js')).statsCommand(),
  search: async () => (await import('./commands/search.js')).searchCommand(),
  show: async () => (await import('./commands/show.js')).showCommand(),
  query: async () => (await import('./commands/query.js')).queryCommand(),
  report: async () => (await import('./commands/report.js')).reportCommand(),
  run: async () => (await import('./commands/run.js')).runCommand(),
  eval: async () => (await import('./commands/eval.js')).evalCommand(),
};

/** The program with the given verbs (all by default: help, unknown verbs and the docs test). */
export async function buildProgram(verbs: string[] = Object.keys(VERBS)): Promise<Command> {
  const program = new Command('ombuds')
    .description('Turn UK Ombudsman decision statements into an evidence base you can query and report on')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const command of await Promise.all(verbs.map((v) => VERBS[v]!()))) {
    program.addCommand(command.exitOverride());
  }
  return program;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    const verb = argv[2];
    const program = await buildProgram(verb !== undefined && Object.hasOwn(VERBS, verb) ? [verb] : undefined);
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`ombuds: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = isUsageError(e) ? 2 : 1;
  }
}

