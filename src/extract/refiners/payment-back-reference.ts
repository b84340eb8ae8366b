/**
 * "The Council should pay Mrs X £300 ... The £300 is to recognise ...": a definite mention of a
 * sum already agreed in the same section is that sum again, not a second payment. It points at
 * the first mention (partOf) so that the sum counts once.
 */
import { BACK_REFERENCE } from '../data/payment-patterns.js';
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

export const backReferenceRefiner: PaymentRefiner = {
  name: 'back references',
  run: (ctx, payments) => payments.map((p, i) => {
    if (p.value.role !== 'agreed' || p.value.partOf !== null) return p;
    const w = windowOf(ctx, p);
    if (!w || !BACK_REFERENCE.test(w.lead)) return p;
    const first = payments.slice(0, i).find((q: PaymentMention) =>
      q.value.role === 'agreed' && q.value.partOf === null && q.value.amount === p.value.amount && q.section === p.section && q.start !== p.start);
    return first ? revise(p, { partOf: first.value.id }, 'same_sum_again') : p;
  }),
};
