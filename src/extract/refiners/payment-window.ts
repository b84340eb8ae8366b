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
  /**
   * The sentence, or in a very long sentence the part of it within REACH characters of the
   * amount (cut at spaces): what every window below is cut from.
   */
  text: string;
  /** Offset of `text` in the document. */
  base: number;
  /** Clause up to the amount: from the last ";" / ":" / earlier amount. */
  lead: string;
  /** From the amount to the next amount or ";" / ":". */
  tail: string;
  /** From the amount (included) to the end of the sentence (of `text`). */
  rest: string;
  /** The sentence (`text`) up to the amount. */
  prefix: string;
  /** From the end of the amount to the end of the sentence (of `text`). */
  after: string;
}

/**
 * How far from an amount its sentence is read. Words that settle a payment's role sit within a
 * clause or two of it; the bound keeps a sentence listing thousands of amounts linear to read.
 */
export const REACH = 1_000;

/** Each sentence's amounts as [start, end) pairs relative to the sentence, found once per document. */
const amountsBySentence = new WeakMap<ExtractContext, Map<Sentence, number[]>>();
/** Windows by payment start: several refiners ask for the same payment's window. */
const windowsByStart = new WeakMap<ExtractContext, Map<number, AmountWindow | null>>();

function amountsIn(ctx: ExtractContext, sentence: Sentence, text: string): number[] {
  let cache = amountsBySentence.get(ctx);
  if (!cache) amountsBySentence.set(ctx, (cache = new Map()));
  let spans = cache.get(sentence);
  if (!spans) {
    spans = [];
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) spans.push(m.index, m.index + m[0].length);
    AMOUNT.lastIndex = 0;
    cache.set(sentence, spans);
  }
  return spans;
}

/** Index (in pairs) of the first amount in `spans` that ends after `at`. */
function firstEndingAfter(spans: number[], at: number): number {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid * 2 + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ';' || text[i] === ':') return i;
  return -1;
}

function firstClauseBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ';' || text[i] === ':') return i;
  return -1;
}

export function windowOf(ctx: ExtractContext, p: PaymentMention): AmountWindow | null {
  let cache = windowsByStart.get(ctx);
  if (!cache) windowsByStart.set(ctx, (cache = new Map()));
  const known = cache.get(p.start);
  if (known !== undefined && (known === null || known.base + known.prefix.length === p.start)) return known;
  const w = computeWindow(ctx, p);
  cache.set(p.start, w);
  return w;
}

function computeWindow(ctx: ExtractContext, p: PaymentMention): AmountWindow | null {
  const sentence = sentenceAt(ctx, p.start);
  if (!sentence) return null;
  const whole = ctx.doc.text.slice(sentence.start, sentence.end);
  const spans = amountsIn(ctx, sentence, whole);
  // The view: the sentence within REACH of the amount, cut at a space.
  let viewFrom = Math.max(0, p.start - sentence.start - REACH);
  let viewTo = Math.min(whole.length, p.end - sentence.start + REACH);
  if (viewFrom > 0) viewFrom = Math.max(viewFrom, whole.indexOf(' ', viewFrom) + 1);
  if (viewTo < whole.length) viewTo = Math.max(p.end - sentence.start, whole.lastIndexOf(' ', viewTo));
  const text = whole.slice(viewFrom, viewTo);
  const at = p.start - sentence.start - viewFrom;
  const after = p.end - sentence.start - viewFrom;
  // The amounts either side of this one, if within the view.
  const k = firstEndingAfter(spans, p.start - sentence.start);
  let from = k > 0 ? Math.max(0, spans[(k - 1) * 2 + 1]! - viewFrom) : 0;
  let to = text.length;
  for (let j = k; j < spans.length / 2; j++) {
    if (spans[j * 2]! - viewFrom >= after) { to = Math.min(to, spans[j * 2]! - viewFrom); break; }
  }
  const brkBefore = lastClauseBreak(text, from, at);
  if (brkBefore >= 0) from = brkBefore + 1;
  const brkAfter = firstClauseBreak(text, after, to);
  if (brkAfter >= 0) to = brkAfter;
  return {
    sentence, text, base: sentence.start + viewFrom,
    lead: text.slice(from, at), tail: text.slice(after, Math.max(after, to)), rest: text.slice(at), prefix: text.slice(0, at), after: text.slice(after),
  };
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
