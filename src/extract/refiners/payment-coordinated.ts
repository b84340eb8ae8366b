/**
 * Coordinated amounts share a role: "agreed to pay Miss K £1,200 for the time she spent in
 * unsuitable accommodation and £150 for her time and trouble". The second amount's clause opens
 * where the first amount ends, so the words between them are the first amount's purpose, and a
 * verb in them ("spent", "lost", "incurred", "charged") says nothing about the second. An amount
 * joined to the one just before it by "and", "plus" or a comma, after at most a short purpose
 * phrase ("for ...", "to recognise ..."), takes that amount's role.
 */
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, revise, windowOf } from './payment-window.js';

/** The words between two amounts when the second is only a further item of the first's list. */
export const COORDINATED_LEAD = new RegExp(String.raw`^\s*\)?\s*(?:(?:for|to|towards?|as|in|on|of)\s+(?:[\w’'-]+\s+){0,12}?[\w’'-]+)?\s*(?:,\s*(?:and\s+)?|\s(?:and|plus)\s+)(?:(?:a|an)\s+)?(?:further\s+|additional\s+|another\s+)?$`, 'i');

export const coordinatedRefiner: PaymentRefiner = {
  name: 'coordinated',
  run: (ctx, payments) => {
    const out: PaymentMention[] = [];
    /** Each amount by where it ends (the last of an "each" split), as settled so far. */
    const endingAt = new Map<number, PaymentMention>();
    for (const p of payments) {
      const w = windowOf(ctx, p);
      // The amount whose end opens this amount's clause, if any.
      const before = w ? endingAt.get(w.base + w.prefix.length - w.lead.length) : undefined;
      const joined = before !== undefined && before.start < p.start && COORDINATED_LEAD.test(w!.lead);
      const settled = joined && before.value.role !== p.value.role ? revise(p, { role: before.value.role }, 'coordinated') : p;
      endingAt.set(p.end, settled);
      out.push(settled);
    }
    return out;
  },
};
