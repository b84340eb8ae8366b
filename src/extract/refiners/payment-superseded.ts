/**
 * Superseded: a sum recommended earlier (stage 2/3 panel, investigating officer, adjudication)
 * or offered by the organisation, that the Ombudsman finds inadequate and replaces. The role
 * rules mark such sums prior; here they become superseded when the decision says the sum is not
 * enough — in its own sentence, in the next sentence ("This does not go far enough"), or in a
 * deciding sentence that names the amount or the recommendation. When the Ombudsman asks for a
 * "further" / "additional" sum, the earlier one stands beside it and stays prior.
 */
import type { ExtractContext } from '../context.js';
import { DECIDING, INADEQUATE } from '../data/payment-roles.js';
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, revise } from './payment-window.js';

const EARLIER = /role:(?:earlier_recommendation|already_paid)$/;
/** The next sentence talks about the sum: "This payment does not go far enough", "I do not consider the offer is sufficient". */
const ABOUT_THE_SUM = /\b(?:offer|payment|sum|amount|remedy|award|recommendation|figure|compensation)\b/i;
const RECOMMENDATION = /\b(?:panel|recommendation|investigating\s+officer|adjudicat\w+|stage\s+(?:2|3|two|three))\b/i;
const ADDITIVE = /\b(?:further|additional|extra|in\s+addition|on\s+top|as\s+well\s+as)\b/i;

/** The sentence prints this very amount ("£250", not "£2,500"). */
export function namesAmount(sentence: string, amount: string): boolean {
  const escaped = amount.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}(?!\\d|[,.]\\d)`).test(sentence);
}

function replaced(ctx: ExtractContext, p: PaymentMention): boolean {
  const i = ctx.sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (i < 0) return false;
  const text = (k: number) => { const s = ctx.sentences[k]; return s ? ctx.doc.text.slice(s.start, s.end) : ''; };
  const evidence: string[] = [];
  if (INADEQUATE.test(text(i))) evidence.push(text(i));
  const next = ctx.sentences[i + 1];
  if (next && next.sectionIndex === ctx.sentences[i]!.sectionIndex && ABOUT_THE_SUM.test(text(i + 1)) && INADEQUATE.test(text(i + 1))) evidence.push(text(i + 1));
  ctx.sentences.forEach((s, k) => {
    if (k === i || !DECIDING.includes(s.section)) return;
    const t = text(k);
    if (!INADEQUATE.test(t)) return;
    if (namesAmount(t, p.text) || (p.rule.endsWith('earlier_recommendation') && RECOMMENDATION.test(t))) evidence.push(t);
  });
  return evidence.length > 0 && !evidence.some((t) => ADDITIVE.test(t));
}

export const supersededRefiner: PaymentRefiner = {
  name: 'superseded',
  run: (ctx, payments) => payments.map((p) =>
    p.value.role === 'prior' && EARLIER.test(p.rule) && replaced(ctx, p) ? revise(p, { role: 'superseded' }, 'found_inadequate') : p),
};
