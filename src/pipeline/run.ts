/** Run a pipeline: ingest its inputs into its database, then write its outputs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Filters } from '../analyse/filters.js';
import { faultStats, type GroupBy, remedyStats, remedyTypeStats } from '../analyse/stats.js';
import { rowsCsv } from '../report/csv.js';
import { writeReport } from '../report/index.js';
import { type IngestOptions, type IngestSummary, ingestPaths, openStore } from '../store/index.js';
import { loadPipeline, type Pipeline } from './schema.js';

export interface PipelineResult {
  pipeline: Pipeline;
  ingest: IngestSummary;
  /** Files written, report first. */
  outputs: string[];
}

const STATS = { remedies: remedyStats, faults: faultStats, 'remedy-types': remedyTypeStats } as const;

export async function runPipeline(path: string, hooks: Pick<IngestOptions, 'onProgress' | 'onIssue'> = {}): Promise<PipelineResult> {
  const pipeline = loadPipeline(path);
  const filters: Filters = pipeline.filters;
  const ingest = await ingestPaths(pipeline.inputs, { db: pipeline.database, ...pipeline.ingest, ...hooks });
  const db = openStore(pipeline.database);
  const outputs: string[] = [];
  try {
    const report = pipeline.outputs.report;
    if (report) {
      const written = writeReport(db, { database: pipeline.database, out: report.html, markdown: report.markdown, csvDir: report.csv, filters });
      outputs.push(...written.files);
    }
    for (const s of pipeline.outputs.stats) {
      const rows = STATS[s.verb](db, s.by as GroupBy, filters) as unknown as Record<string, unknown>[];
      mkdirSync(dirname(s.path), { recursive: true });
      writeFileSync(s.path, s.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rowsCsv(rows));
      outputs.push(s.path);
    }
  } finally {
    db.close();
  }
  return { pipeline, ingest, outputs };
}
