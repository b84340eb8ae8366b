/**
 * Role: the first rule of PAYMENT_ROLE_RULES (data/payment-roles.ts) whose windows all match
 * decides whether an amount is this decision's remedy (agreed), money paid or offered before
 * (prior), an earlier recommendation replaced (superseded) or not a remedy at all.
 */
import type { ExtractContext } from '../context.js';
import { PAYMENT_ROLE_RULES, type PaymentRoleRule } from '../data/payment-roles.js';
import type { PaymentMention } from '../../types.js';
import { type AmountWindow, type PaymentRefiner, revise, windowOf } from './payment-window.js';

function matches(rule: PaymentRoleRule, w: AmountWindow): boolean {
  if (rule.sections && !rule.sections.includes(w.sentence.section)) return false;
  if (rule.lead && !rule.lead.test(w.lead)) return false;
  if (rule.tail && !rule.tail.test(w.tail)) return false;
  if (rule.rest && !rule.rest.test(w.rest)) return false;
  if (rule.prefix && !rule.prefix.test(w.prefix)) return false;
  if (rule.sentence && !rule.sentence.test(w.text)) return false;
  if (rule.unless && rule.unless.test(w.text)) return false;
  return true;
}

/** The deciding rule for one amount (the last rule always matches). */
export function roleRuleFor(ctx: ExtractContext, p: PaymentMention): PaymentRoleRule | null {
  const w = windowOf(ctx, p);
  if (!w) return null;
  return PAYMENT_ROLE_RULES.find((rule) => matches(rule, w)) ?? null;
}

export const roleRefiner: PaymentRefiner = {
  name: 'role',
  run: (ctx, payments) => payments.map((p: PaymentMention) => {
    const rule = roleRuleFor(ctx, p);
    return rule ? revise(p, { role: rule.role }, `role:${rule.name}`) : revise(p, { role: 'not_remedy' }, 'role:outside_sentences');
  }),
};
