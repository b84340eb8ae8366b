/**
 * Shared by the payment refiners: the refiner contract, the text windows around one amount in
 * its sentence, and an immutable update of a payment's value that records the deciding rule.
 */
import { type ExtractContext, type Sentence, sentenceAt } from '../context.js';
import { AMOUNT } from '../data/payment-patterns.js';
import type { PaymentMention, PaymentValue } from '../../types.js';

/** One step of the payment pipeline: mentions in, mentions out (never mutated). */
export interface PaymentRefiner {
  name: string;
  run: (ctx: ExtractContext, payments: PaymentMention[]) => PaymentMention[];
}

export interface AmountWindow {
  sentence: Sentence;
  text: string;
  /** Clause up to the amount: from the last ";" / ":" / earlier amount. */
  lead: string;
  /** From the amount to the next amount or ";" / ":". */
  tail: string;
  /** From the amount (included) to the end of the sentence. */
  rest: string;
  /** The sentence up to the amount. */
  prefix: string;
  /** From the end of the amount to the end of the sentence. */
  after: string;
}

const CLAUSE_BREAK = /[;:]/g;

export function windowOf(ctx: ExtractContext, p: PaymentMention): AmountWindow | null {
  const sentence = sentenceAt(ctx, p.start);
  if (!sentence) return null;
  const text = ctx.doc.text.slice(sentence.start, sentence.end);
  const at = p.start - sentence.start;
  const after = p.end - sentence.start;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(AMOUNT)) {
    const end = m.index + m[0].length;
    if (end <= at) from = Math.max(from, end);
    else if (m.index >= after) { to = Math.min(to, m.index); break; }
  }
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) from = Math.max(from, m.index + 1);
  CLAUSE_BREAK.lastIndex = 0;
  const brk = text.slice(after, to).search(CLAUSE_BREAK);
  if (brk >= 0) to = after + brk;
  return { sentence, text, lead: text.slice(from, at), tail: text.slice(after, to), rest: text.slice(at), prefix: text.slice(0, at), after: text.slice(after) };
}

/** A copy of the payment with `patch` applied and the rule appended to its trail. */
export function revise(p: PaymentMention, patch: Partial<PaymentValue>, rule: string): PaymentMention {
  return { ...p, value: { ...p.value, ...patch }, rule: `${p.rule}>${rule}` };
}

/** Renumber ids in order, remapping partOf links. */
export function renumber(payments: PaymentMention[]): PaymentMention[] {
  const map = new Map(payments.map((p, i) => [p.value.id, i]));
  return payments.map((p, i) => ({
    ...p,
    value: { ...p.value, id: i, partOf: p.value.partOf === null ? null : (map.get(p.value.partOf) ?? null) },
  }));
}
