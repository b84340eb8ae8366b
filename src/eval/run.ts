/**
 * `ombuds eval`: run the whole pipeline (read -> parse -> extract -> record) over the gold's
 * documents and score the records against the gold labels.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDocument } from '../extract/index.js';
import { toRecord } from '../extract/record.js';
import { readDecisionFile } from '../ingest/index.js';
import { parseDocument } from '../parse/index.js';
import type { EvalReport } from './format.js';
import { scoreDocuments } from './score.js';

export async function evaluate(goldPath: string, docsDir: string): Promise<EvalReport> {
  const goldLines = (await readFile(goldPath, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const golds = goldLines.map((line, i) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${goldPath}:${i + 1}: not valid JSON`);
    }
  });
  const failed: EvalReport['failed'] = [];
  const pairs = [];
  for (const gold of golds) {
    const file = String(gold.file);
    try {
      const doc = parseDocument(await readDecisionFile(join(docsDir, file)));
      pairs.push({ gold, got: toRecord(doc, extractDocument(doc)) as unknown as Record<string, unknown> });
    } catch (err) {
      failed.push({ file, error: err instanceof Error ? err.message : String(err) });
      pairs.push({ gold, got: null });
    }
  }
  return { documents: golds.length, failed, ...scoreDocuments(pairs) };
}
