/** `ombuds extract <paths...> --jsonl`: the gold-format record plus every mention with its evidence. */
import { Command } from 'commander';
import { expandPaths } from '../../ingest/index.js';
import { toFailure } from '../../parse/file.js';
import { err, out } from '../output.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract organisations, case numbers, people, dates, payments, remedies, findings and legislation, with evidence')
    .argument('<paths...>', 'files, directories or globs')
    .option('--jsonl', 'one JSON object per document (the default and only output)', true)
    .action(async (paths: string[]) => {
      // Loaded on use: the extractors pull in chrono-node, compromise and natural.
      const { processFile } = await import('../../extract/process.js');
      const { toRecord } = await import('../../extract/record.js');
      let failed = 0;
      for await (const path of expandPaths(paths)) {
        try {
          const { doc, extraction } = await processFile(path);
          const { file: _f, path: _p, ...detail } = extraction;
          await out(`${JSON.stringify({ ...toRecord(doc, extraction), path: doc.path, detail })}\n`);
        } catch (e) {
          failed++;
          err(toFailure(path, e).message);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
