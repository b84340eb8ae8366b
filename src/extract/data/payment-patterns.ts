/**
 * Shapes of money in decision text, as data: the amount itself, the people it is paid to,
 * "each of the N ..." and the words that make one amount the total of a breakdown.
 */

/** "£2,750", "£1000", "£62.50", "£ 300", "£1.5k", "£2 million". A "£" without digits is no amount. */
export const AMOUNT = /£\s?(?<pounds>\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+)(?:\.(?<pence>\d{1,2})(?!\d))?(?:(?<mult>k|m|bn)\b|\s?(?<multWord>thousand|million|billion)\b)?/g;

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** Pounds, pennies exact, from an AMOUNT match. */
export function amountValue(groups: Record<string, string | undefined>): number {
  const pounds = groups.pounds!.replace(/,/g, '');
  const value = Number(groups.pence ? `${pounds}.${groups.pence}` : pounds);
  const mult = MULTIPLIER[(groups.mult ?? groups.multWord ?? '').toLowerCase()] ?? 1;
  return Math.round(value * mult * 100) / 100;
}

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?`;
/** A pseudonym: "Mrs X", "Mr and Mrs B", "Mr X and Mrs Y", "Mr X and Y", "her and Mrs Y", or a bare letter ("C", "C’s"). */
export const PERSON = String.raw`(?:\b(?:him|her)\s+and\s+${TITLE}\s+[A-Z](?![\w-])|${TITLE}\s+(?:and\s+${TITLE}\s+)?[A-Z](?![\w-])(?:\s+and\s+(?:${TITLE}\s+)?[A-HJ-Z](?![\w-]))?|(?<![\w’'])[A-HJ-Z](?![\w-]))`;

/** Recipient printed before the amount: "pay Mrs X £300", "offered Mr B £300", "pay each of the neighbours £250". */
export const RECIPIENT_BEFORE = new RegExp(String.raw`\b(?:pay|pays|paying|paid|offer|offers|offered|offering|give|gives|gave|given|award|awards|awarded|refund|refunds|refunded|reimburse|reimburses|reimbursed)\s+(?:(?<person>${PERSON})|(?<group>(?:each\s+of\s+)?(?:the|both|all)\s+(?:[\w-]+\s+){0,2}?(?:neighbours|complainants|residents|parents|children|siblings|grandparents|tenants|owners|families|men|women|people|brothers|sisters|sons|daughters)|each\s+of\s+them|both\s+of\s+them|them\s+both))\s+(?:(?:a|an|the|further|additional|total|sum|payment|symbolic|financial|of|goodwill)\s+)*$`);

/** Recipient printed after the amount: "£500 to Mr and Mrs B", "£1,000 payment to Mr X", "£5,400 for C’s benefit". */
export const RECIPIENT_AFTER = new RegExp(String.raw`^\s*(?:(?:payment|each|in\s+total|compensation)\s+)?(?:to|for)\s+(?:each\s+of\s+)?(?<person>${PERSON})(?:['’]s)?\b`);

/** "each of the neighbours", "each of the three children", "each of them" just before the amount. */
export const EACH_BEFORE = /\beach\s+of\s+(?<np>them|you|(?:the|these|those|her|his|their)\s+(?:(?<count>[\w-]+)\s+)?(?<noun>[a-z]+))\s+$/i;
/** "£250 each", "£250 to each of them", "£250 to each of the two men". */
export const EACH_AFTER = /^\s*(?:each\b|to\s+each\s+of\s+(?<np>them|(?:the|these|those|her|his|their)\s+(?:(?<count>[\w-]+)\s+)?(?<noun>[a-z]+)))/i;
/** Nouns naming a group of people whose size a decision states ("two men", "three neighbours"). */
export const PEOPLE_NOUNS = [
  'men', 'women', 'neighbours', 'complainants', 'residents', 'people', 'children', 'sons', 'daughters', 'brothers',
  'sisters', 'siblings', 'parents', 'grandparents', 'tenants', 'owners', 'families', 'households', 'occupiers', 'persons',
];

/**
 * After a total: the words that open its breakdown ("£1,000 (£500 for her ...", "£1,000, made up of",
 * "a total of £900 comprising", "£X. This is made up of ..."). Group `marker` is the opener.
 */
export const BREAKDOWN_OPENER = /^\s*(?:payment\s*|in\s+total\s*)?(?<marker>\(|[,:]?\s*(?:which\s+(?:is|was)\s+)?(?:made\s+up\s+of|comprising|comprised\s+of|which\s+comprises|consisting\s+of|which\s+consists\s+of|broken\s+down\s+(?:as|into)|split\s+(?:as|into|between)|including|which\s+includes|of\s+which|being|as\s+follows)|:)/i;
/** A sentence that breaks the previous total down: "This is made up of ...", "The payment comprises ...". */
export const BREAKDOWN_SENTENCE = /^(?:This|That|It|The\s+(?:total|payment|sum|amount|figure|remedy))\s+(?:(?:is|was|should\s+be|will\s+be)\s+)?(?:made\s+up\s+of|comprises|comprising|consists\s+of|includes|breaks\s+down|broken\s+down|split)\b/i;
/** Before a total whose parts were listed first: "..., a total of £1,500", "totalling £900", "£900 in total". */
export const TOTAL_BEFORE = /\b(?:a\s+total\s+of|in\s+total|totall?ing|total(?:\s+payment)?\s+of|making\s+(?:a\s+total\s+of\s+)?|altogether|amounting\s+to|which\s+(?:is|comes\s+to)\s+(?:a\s+total\s+of\s+)?)\s*$/i;
export const TOTAL_AFTER = /^\s*(?:in\s+total|altogether|overall)\b/i;

/** A definite back-reference to a sum already named: "the £300", "this £300 payment", "that £300". */
export const BACK_REFERENCE = /\b(?:the|this|that|these|those)\s+$/i;
