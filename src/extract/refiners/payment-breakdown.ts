/**
 * Totals and their breakdowns: the parts of a total point at it (partOf) so each sum counts once.
 * A total is linked to its parts only when the text says so: an opener after the total
 * ("£1,000 (£500 for her, ...)", "£900, made up of", "comprising", "including"; or a next
 * sentence "This is made up of ..."), where the parts add up to no more than the total, or a
 * total word before it ("..., a total of £1,500", "£900 in total") where the preceding parts add
 * up to it exactly. Amounts that merely sit in one list stay separate payments.
 */
import type { ExtractContext } from '../context.js';
import { BREAKDOWN_OPENER, BREAKDOWN_SENTENCE, TOTAL_AFTER, TOTAL_BEFORE } from '../data/payment-patterns.js';
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

const CENT = 0.005;
const sum = (ps: PaymentMention[]) => ps.reduce((a, p) => a + p.value.amount, 0);

/** The shortest run (2+ amounts) at the start (or end) of `candidates` that adds up to `total` exactly. */
function exactRun(ps: PaymentMention[], candidates: number[], total: number, fromEnd: boolean): number[] | null {
  let running = 0;
  for (let k = 1; k <= candidates.length; k++) {
    running += ps[candidates[fromEnd ? candidates.length - k : k - 1]!]!.value.amount;
    if (k >= 2 && Math.abs(running - total) < CENT) return fromEnd ? candidates.slice(-k) : candidates.slice(0, k);
    if (running > total + CENT) break; // amounts are never negative: no longer run can add up
  }
  return null;
}

/** Pairs [part index, total index] the text links. */
function links(ctx: ExtractContext, ps: PaymentMention[]): [number, number][] {
  const out: [number, number][] = [];
  const linked = new Set<number>();
  const add = (parts: number[], total: number) => {
    for (const i of parts) { out.push([i, total]); linked.add(i); }
  };
  const indices = ps.map((_, i) => i);
  ps.forEach((t, ti) => {
    if (linked.has(ti) || t.value.partOf !== null) return;
    const w = windowOf(ctx, t);
    if (!w) return;
    const inSentence = (i: number) => ps[i]!.start >= w.sentence.start && ps[i]!.end <= w.sentence.end;
    const inSection = (i: number) => !linked.has(i) && ctx.sentences.some((s) => s.sectionIndex === w.sentence.sectionIndex && ps[i]!.start >= s.start && ps[i]!.end <= s.end);
    const opener = BREAKDOWN_OPENER.exec(w.after);
    if (opener) {
      const close = opener.groups!.marker === '(' ? w.base + w.text.indexOf(')', t.end - w.base) : -1;
      const parts = indices.filter((i) => i > ti && inSentence(i) && (close < w.base || ps[i]!.end <= close));
      if (parts.length > 0 && sum(parts.map((i) => ps[i]!)) <= t.value.amount + CENT) return add(parts, ti);
      // "Pay Mrs X £1,000, made up of:" followed by list items
      const listed = parts.length === 0 ? exactRun(ps, indices.filter((i) => i > ti && inSection(i)), t.value.amount, false) : null;
      if (listed) return add(listed, ti);
    }
    if (TOTAL_BEFORE.test(w.lead) || TOTAL_AFTER.test(w.tail)) {
      const before = indices.filter((i) => i < ti && inSentence(i) && !linked.has(i));
      const earlier = before.length === 0 ? indices.filter((i) => i < ti && inSection(i)) : before;
      const run = exactRun(ps, earlier, t.value.amount, true);
      if (run) return add(run, ti);
    }
    const next = ctx.sentences.find((s) => s.start > w.sentence.end - 1 && s.sectionIndex === w.sentence.sectionIndex);
    const isLast = !ps.some((_, i) => i > ti && inSentence(i));
    if (next && isLast && BREAKDOWN_SENTENCE.test(ctx.doc.text.slice(next.start, next.end))) {
      const parts = indices.filter((i) => ps[i]!.start >= next.start && ps[i]!.end <= next.end);
      if (parts.length > 1 && sum(parts.map((i) => ps[i]!)) <= t.value.amount + CENT) add(parts, ti);
    }
  });
  return out;
}

export const breakdownRefiner: PaymentRefiner = {
  name: 'totals and breakdowns',
  run: (ctx, payments) => {
    const pairs = new Map(links(ctx, payments));
    return payments.map((p, i) => {
      const total = pairs.get(i);
      if (total === undefined) return p;
      const t = payments[total]!;
      return revise(p, { partOf: t.value.id, role: t.value.role }, 'part_of_total');
    });
  },
};
