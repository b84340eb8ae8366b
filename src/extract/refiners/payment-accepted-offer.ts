/**
 * An offer told in the narrative ("It ... offered Mr B £300") that the Ombudsman later welcomes
 * or accepts as the remedy is the same payment as the accepted one: it is agreed, not prior.
 * Linked by amount (an agreed sum of the same amount in a deciding section, with no "in addition
 * to the £300" beside it) or by a later sentence that accepts "the offer" without naming a sum
 * when only one offer was made. Purposes are shared between the mentions of one sum.
 */
import type { ExtractContext } from '../context.js';
import { ACCEPTS_OFFER, DECIDING, NEGATED, OFFER_ADEQUATE } from '../data/payment-roles.js';
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

const OFFERED = /\boffer(?:ed|s|ing)?\b/i;
const MONEY = /\b(?:payment|sum|money|financial|compensation|amount)\b/i;
const APPROVES = /\b(?:this|that|it|the\s+(?:offer|payment|sum|amount))\s+(?:is|was|would\s+be|represents|provides)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:appropriate|reasonable|proportionate|suitable|adequate|sufficient|fair|satisfactory)\b|\bin\s+line\s+with\s+our\s+guidance\b/i;

function isOffer(ctx: ExtractContext, p: PaymentMention): boolean {
  if (p.value.role !== 'prior' || !/role:(?:already_paid|complaint_process|narrative_payment)$/.test(p.rule)) return false;
  const w = windowOf(ctx, p);
  return !!w && (OFFERED.test(w.lead) || OFFERED.test(w.tail));
}

/** The sentence right after the offer says it is a suitable remedy: "I consider this is a suitable remedy." */
function approvedNext(ctx: ExtractContext, p: PaymentMention): boolean {
  const i = ctx.sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  const next = ctx.sentences[i + 1];
  if (i < 0 || !next || next.sectionIndex !== ctx.sentences[i]!.sectionIndex || !DECIDING.includes(next.section)) return false;
  const t = ctx.doc.text.slice(next.start, next.end);
  return APPROVES.test(t) && !NEGATED.test(t);
}

/** A sentence after `p` in which the Ombudsman accepts an offer of money without naming a sum. */
function acceptedLater(ctx: ExtractContext, p: PaymentMention): boolean {
  return ctx.sentences.some((s) => {
    if (s.start <= p.start || !DECIDING.includes(s.section)) return false;
    const t = ctx.doc.text.slice(s.start, s.end);
    return !t.includes('£') && MONEY.test(t) && (ACCEPTS_OFFER.test(t) || OFFER_ADEQUATE.test(t)) && !NEGATED.test(t);
  });
}

export const acceptedOfferRefiner: PaymentRefiner = {
  name: 'accepted offer',
  run: (ctx, payments) => {
    const deciding = (p: PaymentMention) => DECIDING.includes(p.section as never);
    const agreedHere = new Set(payments.filter((p) => p.value.role === 'agreed' && deciding(p)).map((p) => p.value.amount));
    const beside = new Set(payments.filter((p) => p.rule.endsWith('role:in_addition_to')).map((p) => p.value.amount));
    const offers = new Set(payments.filter((p) => isOffer(ctx, p)));
    const oneOffer = new Set([...offers].map((p) => p.value.amount)).size === 1;
    const out = payments.map((p) => {
      if (!offers.has(p) || beside.has(p.value.amount)) return p;
      if (agreedHere.has(p.value.amount)) return revise(p, { role: 'agreed' }, 'offer_accepted');
      if (approvedNext(ctx, p)) return revise(p, { role: 'agreed' }, 'offer_accepted_later');
      if (oneOffer && acceptedLater(ctx, p)) return revise(p, { role: 'agreed' }, 'offer_accepted_later');
      return p;
    });
    // Each sum's first agreed mention with a purpose lends it to the others of the same sum.
    const purposeOf = new Map<number, PaymentMention>();
    for (const q of out) {
      if (q.value.role === 'agreed' && q.value.purpose !== 'other' && !purposeOf.has(q.value.amount)) purposeOf.set(q.value.amount, q);
    }
    return out.map((p) => {
      if (p.value.purpose !== 'other' || p.value.role !== 'agreed') return p;
      const twin = purposeOf.get(p.value.amount);
      return twin ? revise(p, { purpose: twin.value.purpose }, 'purpose_of_same_sum') : p;
    });
  },
};
