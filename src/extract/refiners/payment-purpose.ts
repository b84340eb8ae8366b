/**
 * Purpose: the first purpose named after the amount (up to the next amount or clause end), else
 * one named just before it in the same clause ("a time and trouble payment of £50"), else 'other'.
 */
import { PAYMENT_PURPOSES } from '../data/payment-purposes.js';
import type { PaymentPurpose } from '../../types.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

/** The purpose whose words start first in `text`, or null. */
export function firstPurpose(text: string): PaymentPurpose | null {
  let best: { at: number; purpose: PaymentPurpose } | null = null;
  for (const rule of PAYMENT_PURPOSES) {
    const at = text.search(rule.match);
    if (at >= 0 && (!best || at < best.at)) best = { at, purpose: rule.purpose };
  }
  return best?.purpose ?? null;
}

export const purposeRefiner: PaymentRefiner = {
  name: 'purpose',
  run: (ctx, payments) => payments.map((p) => {
    const w = windowOf(ctx, p);
    if (!w) return p;
    const after = firstPurpose(w.tail);
    if (after) return revise(p, { purpose: after }, `purpose_after:${after}`);
    const before = firstPurpose(w.lead.split(/[,(]/).pop()!.slice(-60));
    if (before) return revise(p, { purpose: before }, `purpose_before:${before}`);
    return p;
  }),
};
