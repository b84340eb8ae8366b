/**
 * Scores exactly as ../shared/gold/FORMAT.md defines them: per key, over the documents whose gold
 * value is not null; accuracy for exact-value keys, micro precision/recall/F1 over items
 * (multisets) for list keys. Strings compare after collapsing white space and unifying quotes.
 */

export const EXACT_KEYS = [
  'organisation', 'case_number', 'category', 'outcome', 'decision_date', 'fault', 'investigated',
  'summary_payment_total', 'remedy_total',
] as const;
export const LIST_KEYS = [
  'complainants', 'remedy_types', 'legislation', 'deadlines', 'sections', 'summary_payments', 'prior_payments',
  'superseded_payments',
] as const;
export type ScoredKey = (typeof EXACT_KEYS)[number] | (typeof LIST_KEYS)[number];

export interface KeyScore {
  key: ScoredKey;
  kind: 'accuracy' | 'f1';
  /** Documents scored (gold not null). */
  n: number;
  correct?: number;
  accuracy?: number;
  tp?: number;
  fp?: number;
  fn?: number;
  precision?: number;
  recall?: number;
  f1?: number;
}

export interface Miss {
  key: ScoredKey;
  file: string;
  expected: unknown;
  got: unknown;
}

type Rec = Record<string, unknown>;

export function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/\s+/g, ' ').trim().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"');
  }
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(normaliseValue);
  return value;
}

function itemKey(item: unknown): string {
  return JSON.stringify(normaliseValue(item));
}

export function scoreDocuments(pairs: { gold: Rec; got: Rec | null }[]): { scores: KeyScore[]; misses: Miss[] } {
  const misses: Miss[] = [];
  const scores: KeyScore[] = [];
  for (const key of EXACT_KEYS) {
    let n = 0;
    let correct = 0;
    for (const { gold, got } of pairs) {
      if (gold[key] === null || gold[key] === undefined) continue;
      n++;
      const value = got ? got[key] ?? null : null;
      if (itemKey(gold[key]) === itemKey(value)) correct++;
      else misses.push({ key, file: String(gold.file), expected: gold[key], got: value });
    }
    scores.push({ key, kind: 'accuracy', n, correct, accuracy: n ? correct / n : 1 });
  }
  for (const key of LIST_KEYS) {
    let n = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, got } of pairs) {
      const expected = gold[key];
      if (!Array.isArray(expected)) continue;
      n++;
      const value = got && Array.isArray(got[key]) ? (got[key] as unknown[]) : [];
      const remaining = new Map<string, number>();
      for (const item of expected) remaining.set(itemKey(item), (remaining.get(itemKey(item)) ?? 0) + 1);
      let hits = 0;
      for (const item of value) {
        const k = itemKey(item);
        const left = remaining.get(k) ?? 0;
        if (left > 0) {
          remaining.set(k, left - 1);
          hits++;
        }
      }
      tp += hits;
      fp += value.length - hits;
      fn += expected.length - hits;
      if (hits !== expected.length || hits !== value.length) {
        misses.push({ key, file: String(gold.file), expected, got: got ? got[key] ?? null : null });
      }
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    scores.push({ key, kind: 'f1', n, tp, fp, fn, precision, recall, f1 });
  }
  return { scores, misses };
}
