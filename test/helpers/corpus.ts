/** The bundled real decisions (corpus/) and their hand labels (a copy of ../shared/gold/dev.jsonl). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/parse/index.js';
import type { ParsedDocument } from '../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_DIR = join(ROOT, 'corpus');
export const GOLD_PATH = join(ROOT, 'test', 'fixtures', 'gold', 'dev.jsonl');

export interface GoldRecord {
  file: string;
  kind: 'full' | 'partial';
  organisation: string | string[] | null;
  case_number: string | null;
  category: string | null;
  outcome: string | null;
  decision_date: string | null;
  complainants: string[];
  fault: boolean | null;
  investigated: boolean | null;
  remedy_types: string[];
  summary_payments: number[];
  summary_payment_total: number;
  remedy_total: number | null;
  prior_payments: number[] | null;
  superseded_payments: number[] | null;
  sections: string[] | null;
  deadlines: string[] | null;
  legislation: string[] | null;
  notes?: string;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

const parsed = new Map<string, ParsedDocument>();
export function corpusDoc(file: string): ParsedDocument {
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseText(corpusText(file), file);
    parsed.set(file, doc);
  }
  return doc;
}

export function gold(): GoldRecord[] {
  return readFileSync(GOLD_PATH, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldRecord);
}
