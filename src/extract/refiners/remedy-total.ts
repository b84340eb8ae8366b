/**
 * remedy_total: pounds agreed or recommended as THIS decision's remedy, each sum counted once.
 * - With an action section (Agreed action / Action / Recommendations): its top-level agreed sums,
 *   plus offers the Ombudsman accepts elsewhere (analysis: "I welcome the Council's offer of
 *   £300") when the same amount is not already in the action section; and, when the action
 *   section names no sum but points back to the recommendations above, the analysis' agreed sums.
 *   0 when the action section names no money.
 * - Without one (partial pages, or a page cut off right after the heading): the summary's top-level
 *   agreed sums. Never both sources.
 * - null when the document shows neither an action section nor a summary.
 */
import { type ExtractContext, hasSection, sentencesIn } from '../context.js';
import type { PaymentMention } from '../../types.js';

const ACCEPTED = />(?:role:accepted_offer|offer_accepted|offer_accepted_later)\b/;
const POINTS_BACK = /\b(?:above|earlier|previous(?:ly)?|(?:in|at)\s+paragraphs?\s+\d+|recommendations?\s+(?:I|we)\s+(?:have\s+)?made)\b/i;

const round2 = (n: number) => Math.round(n * 100) / 100;
const topAgreed = (payments: PaymentMention[]) => payments.filter((p) => p.value.role === 'agreed' && p.value.partOf === null);

export function remedyTotal(ctx: ExtractContext, payments: PaymentMention[]): number | null {
  const agreed = topAgreed(payments);
  if (sentencesIn(ctx, 'agreed_action').length > 0) {
    const action = agreed.filter((p) => p.section === 'agreed_action');
    const amounts = action.map((p) => p.value.amount);
    const counted = new Set(amounts);
    for (const p of agreed) {
      if (p.section === 'agreed_action' || !ACCEPTED.test(p.rule) || counted.has(p.value.amount)) continue;
      counted.add(p.value.amount);
      amounts.push(p.value.amount);
    }
    if (amounts.length === 0) {
      const pointsBack = sentencesIn(ctx, 'agreed_action').some((s) => POINTS_BACK.test(ctx.doc.text.slice(s.start, s.end)));
      if (pointsBack) amounts.push(...agreed.filter((p) => p.section === 'analysis').map((p) => p.value.amount));
    }
    return round2(amounts.reduce((a, b) => a + b, 0));
  }
  const hasSummary = hasSection(ctx, 'summary') || ctx.doc.header.summary !== null;
  if (!hasSummary) return null;
  return round2(agreed.filter((p) => p.section === 'summary').reduce((a, p) => a + p.value.amount, 0));
}
