/**
 * Recipient: the pseudonym or group the amount is paid to, when the sentence states it —
 * before the amount ("pay Mrs X £300", "offered Mr B £300", "pay each of the neighbours £250")
 * or after it ("£500 to Mr and Mrs B", "£1,000 payment to Mr X", "£5,400 for C’s benefit").
 * Pronouns ("pay her £300") are left null: the sentence does not name anyone.
 */
import { RECIPIENT_AFTER, RECIPIENT_BEFORE } from '../data/payment-patterns.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export const recipientRefiner: PaymentRefiner = {
  name: 'recipient',
  run: (ctx, payments) => payments.map((p) => {
    const w = windowOf(ctx, p);
    if (!w) return p;
    const before = RECIPIENT_BEFORE.exec(w.lead)?.groups;
    if (before?.person || before?.group) return revise(p, { recipient: squash(before.person ?? before.group!) }, 'recipient_before');
    const after = RECIPIENT_AFTER.exec(w.tail)?.groups;
    if (after?.person) return revise(p, { recipient: squash(after.person) }, 'recipient_after');
    return p;
  }),
};
