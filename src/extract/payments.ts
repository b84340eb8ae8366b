/**
 * Payments: every £ amount printed in a sentence is proposed as a payment (pounds, pennies
 * exact), then the ordered PAYMENT_REFINERS settle who it is for, what it is for, whether it is
 * this decision's remedy, and which amounts are parts of a total. Regexes only: the money
 * language of decisions is formulaic, and rules keyed to it are easier to audit than a tagger.
 */
import { type ExtractContext, mention } from './context.js';
import { AMOUNT, amountValue } from './data/payment-patterns.js';
import { acceptedOfferRefiner } from './refiners/payment-accepted-offer.js';
import { backReferenceRefiner } from './refiners/payment-back-reference.js';
import { breakdownRefiner } from './refiners/payment-breakdown.js';
import { coordinatedRefiner } from './refiners/payment-coordinated.js';
import { eachRefiner } from './refiners/payment-each.js';
import { purposeRefiner } from './refiners/payment-purpose.js';
import { recipientRefiner } from './refiners/payment-recipient.js';
import { roleRefiner } from './refiners/payment-role.js';
import { supersededRefiner } from './refiners/payment-superseded.js';
import type { PaymentRefiner } from './refiners/payment-window.js';
import type { PaymentMention, PaymentValue } from '../types.js';
import { allMatches, alwaysStartsWith } from './regex.js';

/** The pipeline, in order: each step reads what the earlier ones settled. */
export const PAYMENT_REFINERS: readonly PaymentRefiner[] = [
  recipientRefiner, // "pay Mrs X £300", "£500 to Mr and Mrs B"
  eachRefiner, // "pay each of the (two) neighbours £250" -> one payment per recipient
  purposeRefiner, // distress, time and trouble, uncertainty, loss of service, financial loss ...
  roleRefiner, // agreed / prior / superseded / not_remedy from the words around the amount
  coordinatedRefiner, // "£1,200 for the time she spent ... and £150 for ...": the second takes the first's role
  supersededRefiner, // earlier recommendations and offers the Ombudsman found not enough
  acceptedOfferRefiner, // a narrative offer the Ombudsman later welcomes is the agreed sum
  breakdownRefiner, // a total and its parts: parts point at the total
  backReferenceRefiner, // "the £300" again in the same section is the same sum
];

/**
 * Every amount starts with a £ (AMOUNT does), so a sentence without one is not scanned (most are
 * not). Should AMOUNT ever match without a leading £, every sentence is scanned again.
 */
const POUND: string | null = alwaysStartsWith(AMOUNT, '£') ? '£' : null;

/** Every £ amount in the document's sentences, as unrefined payments. */
export function proposePayments(ctx: ExtractContext): PaymentMention[] {
  const out: PaymentMention[] = [];
  const whole = ctx.doc.text;
  // The first £ at or after `from`, so at or after any sentence that starts in [from, pound].
  let from = Infinity;
  let pound = -1;
  for (const s of ctx.sentences) {
    if (POUND !== null) {
      if (s.start < from || (pound >= 0 && pound < s.start)) {
        from = s.start;
        pound = whole.indexOf(POUND, s.start);
      }
      if (pound < 0 || pound >= s.end) continue;
    }
    const text = whole.slice(s.start, s.end);
    for (const m of allMatches(AMOUNT, text)) {
      const value: PaymentValue = {
        id: out.length, amount: amountValue(m.groups ?? {}), recipient: null, purpose: 'other', role: 'not_remedy', partOf: null,
      };
      out.push(mention(ctx, 'payment', value, { start: s.start + m.index, end: s.start + m.index + m[0].length }, 'amount', s.section));
    }
  }
  return out;
}

export function extractPayments(ctx: ExtractContext): PaymentMention[] {
  return PAYMENT_REFINERS.reduce((payments, refiner) => refiner.run(ctx, payments), proposePayments(ctx));
}
