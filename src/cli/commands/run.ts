/** `ombuds run pipelines/<name>.json`: a named end-to-end job (ingest, then its outputs). */
import { Command } from 'commander';
import { err, out } from '../output.js';
import { issueLine, summaryLine } from './ingest.js';

export function runCommand(): Command {
  return new Command('run')
    .description('run a pipeline file: ingest its inputs into its database, then write its report and stats outputs')
    .argument('<pipeline>', 'a pipeline JSON file, e.g. pipelines/default.json')
    .action(async (path: string) => {
      const { runPipeline } = await import('../../pipeline/run.js');
      const result = await runPipeline(path, { onIssue: (o) => err(issueLine(o)) });
      err(summaryLine(result.ingest, result.pipeline.database));
      const [report, ...rest] = result.outputs;
      if (rest.length) err(`also written: ${rest.length} files (${rest.filter((f) => !f.endsWith('.svg')).slice(0, 3).join(', ')}${rest.length > 3 ? ', ...' : ''})`);
      if (report) {
        err(`report: ${report}`);
        await out(`${report}\n`);
      }
      if (result.ingest.failed > 0) process.exitCode = 1;
    });
}
