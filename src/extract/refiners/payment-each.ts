/**
 * "pay each of the neighbours £250": one payment per recipient, but only when the number of
 * recipients is visible — a count in the phrase ("each of the three children"), "both", a
 * recipient naming two people ("Mr and Mrs X £250 each"), or one stated count of a group of
 * people elsewhere in the summary or complaint ("Complaint from two men"). Otherwise one payment.
 */
import type { ExtractContext } from '../context.js';
import { EACH_AFTER, EACH_BEFORE, PEOPLE_NOUNS } from '../data/payment-patterns.js';
import { NUMBER_WORD } from '../data/number-words.js';
import { wordToNumber } from '../numbers.js';
import { allMatches } from '../regex.js';
import type { PaymentMention } from '../../types.js';
import { type PaymentRefiner, renumber, revise, windowOf } from './payment-window.js';

const MAX_RECIPIENTS = 10;
const GROUP_COUNT = new RegExp(String.raw`\b(?<n>${NUMBER_WORD}|both)\s+(?:[\w-]+\s+)?(?<noun>${PEOPLE_NOUNS.join('|')})\b`, 'gi');
const TWO_PEOPLE = /\band\b/;
/** "pay both complainants £200", "pay them both £200". */
const BOTH = /\b(?:both(?:\s+of\s+them|\s+(?:the\s+)?[a-z]+)?|them\s+both)\s+$/i;

/** The one count of a group of people the summary and complaint state, preferring `noun`. */
function statedCount(ctx: ExtractContext, noun: string | undefined): number | null {
  const found: { n: number; noun: string }[] = [];
  for (const s of ctx.sentences) {
    if (s.section !== 'summary' && s.section !== 'complaint') continue;
    for (const m of allMatches(GROUP_COUNT, ctx.doc.text.slice(s.start, s.end))) {
      const n = wordToNumber(m.groups!.n!);
      if (n !== null && n >= 2) found.push({ n, noun: m.groups!.noun!.toLowerCase() });
    }
  }
  const same = found.filter((f) => f.noun === noun?.toLowerCase());
  const pool = same.length > 0 ? same : found;
  const counts = [...new Set(pool.map((f) => f.n))];
  return counts.length === 1 ? counts[0]! : null;
}

function recipientsOf(ctx: ExtractContext, p: PaymentMention): number | null {
  const w = windowOf(ctx, p);
  if (!w) return null;
  const m = EACH_BEFORE.exec(w.lead) ?? EACH_AFTER.exec(w.tail);
  if (!m) return BOTH.test(w.lead) ? 2 : null;
  const g = m.groups ?? {};
  if (g.count && wordToNumber(g.count) !== null) return wordToNumber(g.count);
  if (!g.np && p.value.recipient && TWO_PEOPLE.test(p.value.recipient)) return 2;
  return statedCount(ctx, g.noun);
}

export const eachRefiner: PaymentRefiner = {
  name: 'each recipient',
  run: (ctx, payments) => renumber(payments.flatMap((p) => {
    const n = recipientsOf(ctx, p);
    if (n === null || n < 2 || n > MAX_RECIPIENTS) return [p];
    return Array.from({ length: n }, (_, i) => revise(p, {}, `each:${i + 1}/${n}`));
  })),
};
