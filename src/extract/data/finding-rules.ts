/**
 * Sentence rules for the fault and injustice findings of a decision, as data (investigation and
 * printed-outcome rules: investigation-rules.ts).
 * Each rule is `{ name, match, value, reason }`: `match` finds the deciding words in one sentence,
 * `value` is the partial finding that sentence supports. Negative rules are tried first and
 * blank out their clause (see SCOPE_END) so that "no evidence of fault causing injustice" cannot
 * feed a positive rule; hedges and reported speech are blanked the same way.
 */
import type { FindingValue } from '../../types.js';

export interface FindingRule {
  name: string;
  match: RegExp;
  value: Partial<FindingValue>;
  reason: string;
  /**
   * Lower-case words `match` cannot match without (any one of them): a pre-check on the
   * lower-cased sentence that spares most sentences most patterns. Only for speed: a rule
   * without `needs` is always tried, and `needs` must never reject a sentence `match` accepts.
   */
  needs?: readonly string[];
}

/** Words every FAULT match contains ("service failures" contains "failure"). */
const FAULT_WORDS = ['fault', 'maladministration', 'failure'] as const;

const FAULT = String.raw`(?:fault|faults|maladministration|service\s+failures?)`;
export const WHO = String.raw`(?:\bI|\b[Ww]e|\bOmbudsm[ae]n)`;
const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z]\b|\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[Tt]he\s+complainants?)`;

/** Where a negated, hedged or reported clause stops. */
export const SCOPE_END = /[.;:]|\b(?:but|however|although|though|whereas|except)\b/g;

/** Clauses that state nothing about this decision: conditions, questions, what the complainant says. */
export const MASKS: readonly FindingRule[] = [
  {
    name: 'hedge', value: {}, reason: 'a condition or question, not a finding',
    needs: ['if', 'whether', 'unless'],
    match: /\b(?<hedge>[Ii]f|[Ww]hether|[Uu]nless)\b/g,
  },
  {
    name: 'reported', value: {}, reason: 'the complainant’s view, not the Ombudsman’s',
    needs: ['complain', 'say', 'said', 'believe', 'feel', 'felt', 'allege', 'claim', 'want', 'argue', 'think', 'thought', 'dispute', 'ask', 'told', 'reported', 'disagree', 'unhappy'],
    match: new RegExp(String.raw`(?<reported>${PERSON}(?:\s+(?:also|further|now|still|had))?\s+(?:complain\w*|says?|said|believes?|believed|feels?|felt|alleges?|alleged|claims?|claimed|wants?|wanted|argues?|argued|thinks?|thought|disputes?|disputed|asks?|asked|told|reported|disagrees?|disagreed|was\s+unhappy|is\s+unhappy)\b)`, 'g'),
  },
];

export const NEGATIVE_RULES: readonly FindingRule[] = [
  {
    name: 'no_fault', value: { fault: false }, reason: '"no fault", "no evidence of fault", "no Council fault"',
    needs: FAULT_WORDS,
    match: new RegExp(String.raw`\b(?<neg>no|insufficient|not\s+(?:enough|sufficient))\s+(?:(?:clear|real|sufficient|further|Council|evidence|sign|signs|indication|of|that\s+there\s+was)\s+){0,4}${FAULT}`, 'gi'),
  },
  {
    name: 'no_evidence_at_fault', value: { fault: false }, reason: '"not enough evidence of the Council being at fault"',
    needs: ['fault'],
    match: /\b(?<neg>no|insufficient|not\s+(?:enough|sufficient))\s+evidence\s+(?:of|that)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:being|was|is|were|had\s+been|has\s+been)\s+at\s+fault\b/g,
  },
  {
    name: 'not_found_fault', value: { fault: false }, reason: '"did not find fault", "have not found the Council to be at fault", "I do not consider it was at fault"',
    needs: FAULT_WORDS,
    match: new RegExp(String.raw`\b(?<neg>(?:did|do|does|have|has|had|could|can|am|is|are)\s*(?:not|n['’]t)|cannot)\s+(?:find|found|identif\w+|see|seen|consider|think|believe|conclude|accept|agree|admit|satisfied|persuaded|convinced)\b[^.;]{0,60}?\b${FAULT}`, 'gi'),
  },
  {
    name: 'not_at_fault', value: { fault: false }, reason: '"was not at fault", "not fault"',
    needs: FAULT_WORDS,
    match: new RegExp(String.raw`\b(?<neg>(?:was|were|is|are|be|been)\s+not|n['’]t)\s+(?:to\s+be\s+)?(?:at\s+)?${FAULT}|\b(?<neg2>did\s+not\s+act\s+with|acted\s+without|without(?:\s+any)?)\s+${FAULT}`, 'gi'),
  },
  {
    name: 'unlikely_fault', value: { fault: false }, reason: '"unlikely to find fault"',
    needs: ['unlikely'],
    match: new RegExp(String.raw`\b(?<neg>unlikely)\s+(?:to\s+|(?:that\s+)?(?:we|I|the\s+Ombudsm[ae]n|an\s+investigation)\s+(?:would|could)\s+)(?:find|show|identify|conclude)\b[^.;]{0,40}?${FAULT}`, 'gi'),
  },
  {
    name: 'no_evidence_failed', value: { fault: false }, reason: '"there is no evidence the Council failed to consider ..."',
    needs: ['evidence'],
    match: /\b(?<neg>no\s+evidence)\s+(?:that\s+)?(?:the\s+|this\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:failed|acted\s+(?:wrongly|improperly|unreasonably|unlawfully)|did\s+(?:anything|something)\s+wrong|was\s+wrong|made\s+(?:a\s+|any\s+)?(?:mistakes?|errors?))\b/g,
  },
  {
    name: 'not_upheld', value: { fault: false }, reason: 'the Ombudsman does not uphold the complaint',
    needs: ['uph'],
    match: new RegExp(String.raw`\b${WHO}\s+(?:have\s+|has\s+)?(?<neg>(?:do|did|have|has|will)\s+not)\s+uph[eo]ld|\bcomplaints?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?<neg2>not)\s+upheld`, 'g'),
  },
  {
    name: 'no_injustice', value: { injustice: false }, reason: '"no outstanding injustice", "did not cause injustice"',
    needs: ['injustice', 'suffered'],
    match: /\b(?<neg>no\s+(?:outstanding\s+|significant\s+|further\s+|personal\s+|remaining\s+|real\s+)?injustice|(?:has|have|had|did|does)\s*(?:not|n['’]t)\s+(?:cause[ds]?|suffer(?:ed)?)\s+(?:any\s+|a\s+|enough\s+|sufficient\s+|significant\s+)*(?:personal\s+)?injustice|not\s+(?:warranted|justified)\s+by\s+the\s+(?:claimed\s+)?injustice|not\s+consider\s+[^.;]{0,40}?suffered\s+(?:enough|sufficient|significant))/gi,
  },
];

export const POSITIVE_RULES: readonly FindingRule[] = [
  {
    name: 'found_fault', value: { fault: true }, reason: '"we found fault", "the Ombudsman finds fault with"',
    needs: ['found', 'find', 'identified'],
    match: new RegExp(String.raw`\b${WHO}\s+(?:have\s+|has\s+|had\s+|do\s+|did\s+)?(?:also\s+|therefore\s+|largely\s+|now\s+)?(?<pos>found|find|finds|identified)\s+(?:some\s+|further\s+|significant\s+|evidence\s+of\s+)?(?:${FAULT}|failings?|delays?|errors?)\b`, 'g'),
  },
  {
    name: 'found_at_fault', value: { fault: true }, reason: '"we find the Council at fault"',
    needs: ['fault'],
    match: /\b(?<pos>found|find|finds)\s+(?:that\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:was\s+|to\s+be\s+)?at\s+fault\b/g,
  },
  {
    name: 'found_failure', value: { fault: true }, reason: '"the Ombudsman has found that the Council failed to"',
    needs: ['failed', 'delayed', 'wrongly'],
    match: new RegExp(String.raw`\b${WHO}\s+(?:have\s+|has\s+)?(?<pos>found|find|finds)\s+(?:that\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:had\s+|has\s+)?(?:failed|delayed|wrongly|acted\s+wrongly)\b`, 'g'),
  },
  {
    name: 'at_fault', value: { fault: true }, reason: '"was at fault", "the Council accepted it was at fault"',
    needs: ['fault'],
    match: /\b(?<pos>(?:was|were|is|are|has\s+been|had\s+been|being))\s+(?:also\s+|therefore\s+|again\s+|\w+ly\s+)?at\s+fault\b/gi,
  },
  {
    name: 'acted_with_fault', value: { fault: true }, reason: '"the Council acted with fault when it ..." (a negated "did not act with fault" is blanked first)',
    needs: ['fault'],
    match: /\b(?<pos>acted|acts)\s+(?:\w+ly\s+)?with\s+(?:some\s+)?fault\b/gi,
  },
  {
    name: 'was_fault', value: { fault: true }, reason: '"this was fault", "this is poor record keeping and is fault"',
    needs: [...FAULT_WORDS, 'failings'],
    match: new RegExp(String.raw`\b(?<pos>was|is|were|are|(?:has|have)\s+been|amounts?\s+to|amounted\s+to|constitutes?|constituted)\s+(?:also\s+|further\s+|clearly\s+|therefore\s+|again\s+)?(?:a\s+|another\s+|further\s+|some\s+|several\s+|significant\s+)?(?:${FAULT}|failings)\b`, 'gi'),
  },
  {
    name: 'fault_caused', value: { fault: true, injustice: true }, reason: '"fault causing injustice", "this fault caused"',
    needs: ['fault', 'failing', 'maladministration'],
    match: /\b(?<pos>fault|faults|failings?|maladministration)\s+(?:which\s+|that\s+)?(?:has\s+|have\s+|also\s+|therefore\s+)*(?:caused|causing|led\s+to|resulted\s+in)\b/gi,
  },
  {
    name: 'caused_by_fault', value: { fault: true, injustice: true }, reason: '"the distress caused by the failures", "injustice caused by its delays"',
    needs: [...FAULT_WORDS, 'failings', 'errors', 'mistakes', 'delays'],
    match: /\bcaused\s+by\s+(?:the|these|those|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?<pos>faults?|failures?|failings?|errors?|mistakes?|maladministration|delays)\b/g,
  },
  {
    name: 'organisation_upheld', value: { fault: true }, reason: '"The Council has upheld the complaint": the organisation accepts it',
    needs: ['uph'],
    match: /\b(?:[Tt]he\s+(?:[A-Z][\w’'-]*\s+){1,3}|It\s+|it\s+)(?:has\s+|had\s+)?(?:already\s+|partly\s+|also\s+)?(?<pos>upheld)\s+(?:the|her|his|their|this|(?:Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][’']s)\s+(?:[\w-]+\s+)?complaint/g,
  },
  {
    name: 'resolution_agreed', value: { fault: true }, reason: '"agreed to resolve the complaint by providing a proportionate remedy": an early resolution accepts fault',
    needs: ['resolv', 'proportionate'],
    match: /\b(?<pos>agreed|agrees|has\s+agreed)\s+(?:to\s+)?(?:resolve\s+(?:the|this|her|his|their|Mr|Mrs|Ms|Miss)\b[^.;]{0,40}?\bby\b|(?:a\s+)?proportionate\s+(?:way|remedy|resolution))/g,
  },
  {
    name: 'upheld', value: { fault: true }, reason: 'the Ombudsman upholds the complaint',
    needs: ['uph'],
    match: new RegExp(String.raw`\b${WHO}\s+(?:have\s+|has\s+)?(?:partly\s+|partially\s+|therefore\s+)?(?<pos>upheld|uphold|upholds)\b|\bcomplaints?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:partly\s+|partially\s+)?(?<pos2>upheld)\b`, 'g'),
  },
  {
    name: 'admitted_fault', value: { fault: true }, reason: 'the organisation admits fault, errors or failings',
    needs: ['accept', 'admit', 'acknowledg'],
    match: new RegExp(String.raw`\b(?<pos>accept(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:es|ed))\s+(?:that\s+)?(?:(?:it|there)\s+(?:was|were|had\s+been|has\s+been|made)\s+(?:at\s+)?(?:an?\s+|some\s+|avoidable\s+)?|(?:its|the|some|their|his|her)\s+(?:\w+\s+)?)?(?:${FAULT}|mistakes?|errors?|failings?|failures?|delays?)\b|\b(?<pos2>accept(?:s|ed)?|admit(?:s|ted)?)\s+(?:that\s+)?it\s+(?:should\s+(?:not\s+)?have|did\s+not|had\s+not|has\s+not|(?:had\s+|has\s+)?(?:failed|delayed)|was\s+wrong|wrongly|[^.;]{0,80}?\bshould\s+(?:not\s+)?have)\b`, 'g'),
  },
  {
    name: 'admitted_wrong', value: { fault: true }, reason: '"The Council has accepted the accommodation was unsuitable": the organisation admits it got something wrong',
    needs: ['accept', 'admit', 'acknowledg'],
    match: /\b(?:[Tt]he\s+(?:[A-Z][\w’'-]*\s+){1,3}|[Ii]t\s+)(?:has\s+|had\s+)?(?:now\s+|also\s+)?(?<pos>accept(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:es|ed))\s+(?:that\s+)?(?:the|its|her|his|their)\s+(?:[\w’'-]+\s+){0,3}?(?:was|were|had\s+been)\s+(?:not\s+suitable|unsuitable|inappropriate|wrong|incorrect|unreasonable|inadequate|unacceptable)\b/g,
  },
  {
    name: 'fault_remedied', value: { fault: true }, reason: '"its apologies were a satisfactory way to address faults in its communications": faults put right are faults found',
    needs: ['fault', 'failing', 'error', 'mistake'],
    match: /\b(?<pos>address(?:es|ed|ing)?|remed(?:y|ies|ied|ying)|put(?:s|ting)?\s+right|rectif(?:y|ies|ied|ying))\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w’'-]+\s+)?(?:faults?|failings?|errors?|mistakes?)\s+(?:in|with|by|of)\b/g,
  },
  {
    name: 'found_caused_injustice', value: { fault: true, injustice: true }, reason: '"we find the Care Provider\'s management ... caused injustice"',
    needs: ['injustice'],
    match: new RegExp(String.raw`\b${WHO}\s+(?:have\s+|has\s+)?(?:also\s+)?(?<pos>found|find|finds)\b[^.;]{0,200}?\b(?:caused|causing)\s+(?:an?\s+|some\s+|significant\s+)?injustice`, 'g'),
  },
  {
    name: 'remedy_agreed', value: { fault: true, injustice: true }, reason: 'the organisation agrees to remedy "the injustice": fault is accepted',
    needs: ['injustice'],
    match: /\b(?<pos>agreed|agrees|will|has\s+offered|offered|to)\s+(?:to\s+)?(?:take\s+(?:appropriate\s+|some\s+)?(?:action|steps)\s+to\s+)?(?:remedy|put\s+right)\s+(?:the|this|that|his|her|their)\s+(?:\w+\s+)?injustice/g,
  },
  {
    name: 'caused_injustice', value: { injustice: true }, reason: '"caused Mr X injustice", "remedy the injustice", "caused distress"',
    needs: ['caus', 'remedy'],
    match: /\b(?<pos>caused|causing|cause)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\s+[A-Z]\s+|him\s+|her\s+|them\s+|the\s+complainants?\s+)?(?:an?\s+|some\s+|significant\s+|avoidable\s+|unnecessary\s+|further\s+)*(?:injustice|distress|frustration|uncertainty|time\s+and\s+trouble|inconvenience|anxiety|financial\s+loss)|\bremedy\s+(?:the|this|that|his|her|their)\s+injustice/gi,
  },
];

/**
 * Summary sentences in the Ombudsman's voice that state the organisation's failure, as strong as
 * "we found fault" there (the complainant's own account is masked first): "However, the Service
 * failed to respond to the complaint" after "We have seen no evidence of fault" is fault.
 */
export const ORGANISATION_FAILED: FindingRule = {
  name: 'organisation_failed', value: { fault: true }, reason: '"The Council delayed ...", "The Care Provider failed to ..." in the summary',
  match: /^(?:(?:However|But|And|Also),?\s+)?(?:(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\w’'-]*\s+){1,4}|[Ii]t\s+)(?:also\s+|then\s+)?(?<pos>failed\s+to|delayed|wrongly|took\s+too\s+long|did\s+not\s+(?:properly|follow|consider|tell|respond)|has\s+not\s+(?:completed|followed|provided))\b/,
};

/** Positive rules read in the summary only (there the narrative is the Ombudsman's). */
export const SUMMARY_POSITIVE_RULES: readonly FindingRule[] = [ORGANISATION_FAILED];

/**
 * The weakest text source, read in the summary only when no stronger sentence decides: what the
 * organisation did wrong or did right, without the words "fault" or "uphold". A failure wins.
 */
export const WEAK_RULES: readonly FindingRule[] = [
  {
    name: 'there_was_failing', value: { fault: true }, reason: '"There was also delay in the Council’s complaint handling"',
    match: /^(?:(?:However|But|And|Also),?\s+)?[Tt]here\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:some\s+|significant\s+|avoidable\s+|unnecessary\s+|further\s+|a\s+|an\s+)*(?<pos>delays?|failings?|errors?|failures?)\b/,
  },
  {
    name: 'acted_properly', value: { fault: false }, reason: '"the Council acted properly", "was entitled to", "properly considered"',
    match: /\b(?<neg>(?:acted|behaved)\s+(?:properly|correctly|appropriately|reasonably|lawfully)|(?:was|were)\s+entitled\s+to|properly\s+(?:considered|followed|applied|assessed)|followed\s+the\s+(?:correct|right|proper)\s+(?:procedure|process)|nothing\s+wrong)\b/,
  },
];


/**
 * The Ombudsman's own finding of fault ("We find the Council at fault for ..."), which is made
 * only on what was investigated: beside it, a refusal to investigate covers another part.
 */
export const OWN_FINDINGS: readonly string[] = ['found_fault', 'found_at_fault', 'found_failure', 'found_caused_injustice'];
