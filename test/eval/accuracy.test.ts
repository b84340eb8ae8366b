/**
 * The accuracy gate: the pipeline over the bundled decisions, scored against their hand labels
 * exactly as `ombuds eval` scores them. EVAL_VERBOSE=1 prints the per-key table and every miss.
 */
import { describe, expect, it } from 'vitest';
import { formatEvalReport } from '../../src/eval/format.js';
import { scoreDocuments } from '../../src/eval/score.js';
import { extractDocument } from '../../src/extract/index.js';
import { toRecord } from '../../src/extract/record.js';
import { corpusDoc, gold } from '../helpers/corpus.js';

function run() {
  const golds = gold();
  const pairs = golds.map((g) => {
    const doc = corpusDoc(g.file);
    return { gold: g as unknown as Record<string, unknown>, got: toRecord(doc, extractDocument(doc)) as unknown as Record<string, unknown> };
  });
  return { documents: golds.length, failed: [], ...scoreDocuments(pairs) };
}

describe('accuracy on the bundled decisions', () => {
  const report = run();
  if (process.env.EVAL_VERBOSE) console.log(formatEvalReport(report));
  const score = (key: string) => report.scores.find((s) => s.key === key)!;

  it.each(['case_number', 'category', 'outcome', 'decision_date', 'organisation'])('%s is 100%% accurate', (key) => {
    expect(score(key).accuracy).toBe(1);
  });
  it('sections F1 >= 0.95', () => expect(score('sections').f1).toBeGreaterThanOrEqual(0.95));
});
