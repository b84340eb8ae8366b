/**
 * A pipeline is a named end-to-end job kept as data (pipelines/<name>.json): inputs, database,
 * filters and outputs. Files are validated on load; every problem is reported with its field.
 * Paths inside a pipeline are relative to the directory `ombuds run` is started from.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../types.js';
import { ISO_DATE } from '../analyse/filters.js';
import { GROUP_BY_NAMES } from '../analyse/stats.js';

const Filters = z.strictObject({
  category: z.string().min(1).optional(),
  organisation: z.string().min(1).optional(),
  organisationType: z.string().min(1).optional(),
  outcome: z.string().min(1).optional(),
  from: z.string().regex(ISO_DATE, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  to: z.string().regex(ISO_DATE, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD').optional(),
});

export const PipelineSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  /** Files, directories or globs to ingest. */
  inputs: z.array(z.string().min(1)).min(1),
  database: z.string().min(1).default('ombuds.db'),
  ingest: z.strictObject({
    concurrency: z.number().int().min(0).optional(),
    maxBytes: z.number().int().positive().optional(),
    force: z.boolean().optional(),
  }).default({}),
  filters: Filters.default({}),
  outputs: z.strictObject({
    report: z.strictObject({
      html: z.string().min(1).default('reports/summary.html'),
      markdown: z.boolean().default(false),
      csv: z.string().min(1).optional(),
    }).optional(),
    stats: z.array(z.strictObject({
      verb: z.enum(['remedies', 'faults', 'remedy-types']),
      by: z.enum(GROUP_BY_NAMES as [string, ...string[]]),
      format: z.enum(['csv', 'json']).default('csv'),
      path: z.string().min(1),
    })).default([]),
  }),
});

export type Pipeline = z.infer<typeof PipelineSchema>;

export class PipelineError extends UserError {}

export function loadPipeline(path: string): Pipeline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const reason = e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e);
    throw new PipelineError(`${path}: ${reason}`);
  }
  const parsed = PipelineSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new PipelineError(`${path}: invalid pipeline: ${problems.join('; ')}`);
  }
  return parsed.data;
}
