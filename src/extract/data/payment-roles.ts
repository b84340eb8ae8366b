/**
 * The role of an amount (agreed / prior / superseded / not_remedy), as an ordered rule list:
 * the first rule whose every window matches decides. Windows around one amount in its sentence:
 * `lead` = its clause up to the amount (from the last ";", ":" or earlier amount), `tail` = from
 * the amount to the next amount or clause end, `rest` = the amount to the sentence end, `prefix`
 * = the sentence up to the amount, `sentence` = all of it. `unless` must NOT match the sentence.
 */
import type { PaymentRole, SectionKind } from '../../types.js';

export interface PaymentRoleRule {
  name: string;
  role: PaymentRole;
  lead?: RegExp;
  tail?: RegExp;
  rest?: RegExp;
  prefix?: RegExp;
  sentence?: RegExp;
  unless?: RegExp;
  sections?: readonly SectionKind[];
  reason: string;
}

/** Sections where the Ombudsman speaks about this decision (not the narrative of what happened). */
export const DECIDING: readonly SectionKind[] = ['summary', 'analysis', 'agreed_action', 'final_decision'];

const W = String.raw`[\w’'-]+`;
const SUBJECT = String.raw`(?:\b(?:he|she|they|He|She|They|[Tt]he\s+complainants?)|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z]\b)`;
const ADEQUATE = String.raw`(?:appropriate|reasonable|proportionate|suitable|adequate|sufficient|fair|enough|satisfactory|in\s+line\s+with\s+(?:our|the\s+Ombudsman['’]s)\s+guidance)`;
/** The Ombudsman finds a sum too small. */
export const INADEQUATE = new RegExp(String.raw`\b(?:not\s+(?:${W}\s+){0,2}?${ADEQUATE}|(?:do|did|does)\s*(?:not|n['’]t)\s+(?:consider|think|believe|accept|agree)\b[^.;]{0,60}?\b(?:is|was|were|are|would\s+be|to\s+be)\s+(?:an?\s+)?(?:${W}\s+)?${ADEQUATE}|(?:does|did|do)\s*(?:not|n['’]t)\s+go\s+far\s+enough|insufficient|inadequate|too\s+(?:low|small|little)|(?:does|did|do)\s*(?:not|n['’]t)\s+(?:adequately|fully|properly|sufficiently)\s+(?:remedy|reflect|recognise|recognize|address|acknowledge))`, 'i');
export const NEGATED = new RegExp(String.raw`\b(?:not|n['’]t|no\s+longer)\s+(?:${W}\s+){0,3}?(?:${ADEQUATE}|welcome|accept)|${INADEQUATE.source}`, 'i');
/** The Ombudsman accepts the organisation's offer: "I welcome the Council's offer", "the offer ... is appropriate". */
export const ACCEPTS_OFFER = /\b(?:welcomes?|accepts?|endorses?|supports?|agree\s+with|satisfied\s+with|content\s+with)\b[^.;]{0,60}\boffer\w*/i;
/** "The Council has offered Ms X £300 ... which remedies the injustice." */
export const OFFER_REMEDIES = /\boffer\w*\b[^.;]{0,120}\b(?:which|that|this)\s+(?:sufficiently\s+|adequately\s+|fairly\s+)?(?:remedies|remedied|resolves|resolved|puts\s+right)\s+(?:the|this|her|his|their|any|that)\s+(?:\w+\s+)?injustice/i;
export const OFFER_ADEQUATE = new RegExp(String.raw`\boffer\w*\b[^.;]{0,80}\b(?:is|was|would\s+be|to\s+be|as|remains)\s+(?:an?\s+)?(?:${W}\s+)?${ADEQUATE}`, 'i');
const PAY_VERB = String.raw`(?:pay|pays|paying|make|makes|making|offer|offers|award|awards|give|gives|provide|provides|increase|increases|refund|reimburse|repay)`;
const MODAL = String.raw`(?:will|should|shall|must|would|could|to|agreed\s+to|agrees\s+to|recommend(?:s|ed)?(?:\s+that)?(?:\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*){0,3}|\s+it)?|I\s+(?:also\s+)?(?:recommend|asked)\s+\w+)`;
const PAYMENT_NOUN = String.raw`(?:payments?|compensation|remedy|redress|goodwill|symbolic|award)`;
const EARLIER = String.raw`(?:(?:had|has|have)\s+(?:already\s+|since\s+|previously\s+|also\s+|now\s+)?)?(?:already\s+|previously\s+|since\s+|then\s+|also\s+)?`;
const RECIPIENT = String.raw`(?:him|her|them|the\s+complainants?|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z]\b)`;
/** The organisation will / should / agreed to pay the amount: "will pay", "we recommend the Council pays Mrs X". */
const AGREED_LEAD = new RegExp(String.raw`\b${MODAL}\s+(?:also\s+|now\s+|then\s+|immediately\s+|further\s+)?${PAY_VERB}\b(?:\s+${W}){0,7}\s*$|^\W*(?:and\s+)?(?:pay|make\s+(?:a|an))\b(?:\s+${W}){0,7}\s*$`, 'i');
/** Words that make an amount a remedy-like sum: "a payment of £X", "£X to recognise", "£X for the distress". */
export const PAYMENT_LIKE_LEAD = new RegExp(String.raw`\b${PAYMENT_NOUN}\s+(?:of\s+|totalling\s+)?(?:(?:a|an|the|further|additional|total|sum|up\s+to)\s+)*(?:of\s+)?$|\b(?:pay|pays|paid|paying|award(?:ed|s)?)\s+(?:to\s+)?${RECIPIENT}\s+(?:(?:a|an|the|further|sum|total|of)\s+)*$|\boffer(?:ed|s)?\s+(?:${W}\s+){0,4}$`, 'i');
export const PAYMENT_LIKE_TAIL = /^\s*(?:\)\s*)?(?:payment|compensation|goodwill|(?:in|as)\s+(?:a\s+)?(?:compensation|remedy|recognition|payment|redress)|to\s+(?:recognise|recognize|acknowledge|reflect|remedy|compensate|make\s+up|address|apologise|mark)|in\s+recognition|for\s+(?:(?:the|her|his|their|its|any|this|that)\s+)?(?:[\w’'-]+\s+)?(?:time|distress|uncertainty|delay|injustice|loss|lost|missed|upset|frustration|trouble|inconvenience|fault|failures?|impact|harm|worry|stress|anxiety|poor\s+service)\b|to\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|him|her|them|each)\b)/i;

export const PAYMENT_ROLE_RULES: readonly PaymentRoleRule[] = [
  // --- sums that replace or sit beside others; ranges and rates ---
  { name: 'in_addition_to', role: 'prior', reason: '"in addition to the £50 it offered": a sum outside this remedy',
    lead: new RegExp(String.raw`\b(?:in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|over\s+and\s+above|besides|plus)\s+(?:the\s+|a\s+|an\s+|its\s+|any\s+|their\s+|her\s+|his\s+)?(?:${W}\s+){0,2}$`, 'i') },
  { name: 'replaced', role: 'superseded', reason: '"rather than the £250 the panel recommended"',
    lead: new RegExp(String.raw`\b(?:rather\s+than|instead\s+of|in\s+place\s+of|replac(?:e|es|ed|ing)|substitut\w+\s+for)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:${W}\s+){0,2}$`, 'i') },
  { name: 'increased_from', role: 'superseded', reason: '"increase its offer from £250 to £750": the old figure',
    lead: /\b(?:increas\w*|rais\w*|uplift\w*|top\w*\s+up)\b[^.;£]{0,60}\bfrom\s*$/i },
  { name: 'increased_to', role: 'agreed', reason: '"increase its offer from £250 to £750": the new figure', sections: DECIDING,
    prefix: /\b(?:increas\w*|rais\w*|uplift\w*)\b[^.;]{0,60}\bfrom\s+£[\d,.]+\s+to\s*$/i },
  { name: 'range', role: 'not_remedy', reason: '"between £100 and £300": a guidance range, not a sum',
    lead: /\b(?:between|from)\s*$/i, rest: /^£[\d,.]+\s*(?:and|to|-|–)\s*£/ },
  { name: 'range_end', role: 'not_remedy', reason: 'the upper end of a range',
    prefix: /(?:\b(?:between|from)\s+£[\d,.]+\s*(?:and|to)|£[\d,.]+\s*[-–])\s*$/i },
  { name: 'range_hyphen', role: 'not_remedy', reason: '"£100-£300"', rest: /^£[\d,.]+\s*[-–]\s*£/ },
  { name: 'guidance', role: 'not_remedy', reason: 'what our guidance says about sums in general',
    sentence: /\bguidance\b[^.]{0,40}\b(?:suggests?|recommends?|says|states|sets\s+out|indicates|advises|provides)\b/i,
    unless: /\b(?:in\s+line\s+with|in\s+accordance\s+with|consistent\s+with|within)\s+(?:our|the)\s+guidance/i },
  { name: 'rate', role: 'not_remedy', reason: '"£15 an hour", "£120 per week", "£150 for each month of missed respite": a rate or price',
    tail: /^\s*(?:(?:for\s+)?(?:a|an|per|each|every)\s+(?:[\w-]+\s+)?(?:week|month|hour|day|night|year|annum|visit|session|fortnight|quarter|term|call|person)\b|p\.?\s?[wmah]\b|\/\s?(?:wk|week|hr|hour|month|day|year)\b|pw\b|pcm\b|weekly|monthly|hourly|daily|annually)/i },
  // --- what the complainant asks for, and refunds (before any charge noun can claim the sum) ---
  { name: 'claimed', role: 'not_remedy', reason: '"Mr X wants £16,000 compensation", "she wants the Council to refund £200 and pay her £500": what the complainant asks for',
    prefix: new RegExp(String.raw`${SUBJECT}\s+(?:${W}\s+){0,3}?(?:wants?|wanted|seeks?|seeking|claim(?:s|ed|ing)?|asks?|asked|asking|requests?|requested|demand(?:s|ed)?|would\s+like|(?:is|was|were|are)\s+owed|estimates?|estimated|expects?)\b(?:(?!\b(?:but|however|although|whereas)\b)[^;])*$`) },
  { name: 'claimed', role: 'not_remedy', reason: '"Mrs X says the Council should pay her £5,000": what the complainant thinks is due',
    prefix: new RegExp(String.raw`${SUBJECT}\s+(?:${W}\s+){0,2}?(?:says?|said|believes?|believed|feels?|felt|thinks?|thought|considers?|considered|argues?|argued)\b[^;]*\b(?:should|must|ought\s+to|owes?|owed|is\s+due|was\s+due)\b(?:(?!\b(?:but|however|although|whereas)\b)[^;])*$`) },
  { name: 'owed_by_complainant', role: 'not_remedy', reason: '"a notice requiring Mrs X to repay more than £20,000", "asked him to pay £50": money the complainant is to pay',
    lead: new RegExp(String.raw`\b${RECIPIENT}\s+(?:(?:had|has|have|was|were|is|are)\s+)?to\s+(?:re-?pay|pay\s+back|pay|refund|contribute)\b(?:\s+${W}){0,5}\s*$`) },
  { name: 'complained_about', role: 'not_remedy', reason: '"Ms X complains about ... its offer of £2000": the sum the complaint is about (a later sentence may accept it)',
    prefix: new RegExp(String.raw`${SUBJECT}\s+(?:also\s+)?complain(?:s|ed)?\s+(?:about|that|the)\b(?:(?!\b(?:but|however|although|whereas)\b)[^;])*$`) },
  { name: 'refund_done', role: 'prior', reason: '"it refunded £80": money already returned',
    lead: new RegExp(String.raw`\b(?:refunded|reimbursed|repaid|paid\s+back|credited)\b(?:\s+${W}){0,5}\s*$`, 'i') },
  { name: 'refund_to_do', role: 'agreed', reason: '"refund the £200 fee": the remedy returns money', sections: DECIDING,
    lead: new RegExp(String.raw`(?<!\b(?:fail\w*|refus\w*|declin\w*|not|never|unwilling|reluctant)\s+to\s+(?:[\w’'-]+\s+){0,2})(?<!\bdelay(?:ed|s)?\s+(?:in\s+)?)\b(?:refund|refunds|refunding|reimburse|reimburses|reimbursing|repay|repays|repaying|pay\s+back)\b(?:\s+${W}){0,5}\s*$`, 'i') },
  // --- losses the complainant states, earlier recommendations, accepted and rejected offers ---
  { name: 'claimed', role: 'not_remedy', reason: '"he will lose around £16,000": a loss the complainant states',
    lead: new RegExp(String.raw`${SUBJECT}\s+(?:${W}\s+){0,3}?(?:lose|lost|losing)\b(?:\s+${W}){0,6}\s*$`) },
  { name: 'adopts_recommendation', role: 'agreed', reason: '"pay Mrs X the £500 recommended by the panel": the action adopts it', sections: ['agreed_action'],
    lead: AGREED_LEAD, tail: /^\s*(?:[\w’'-]+\s+){0,3}?recommended\b/ },
  { name: 'earlier_recommendation', role: 'prior', reason: 'a panel / investigating officer recommended it (the superseded refiner decides whether the Ombudsman replaced it)',
    prefix: /\b(?:panel|investigating\s+officer|IO|independent\s+(?:investigator|person)|adjudicat\w+|review(?:ing)?\s+officer|stage\s+(?:2|3|two|three))\b[^.;]{0,100}\brecommend\w*\b(?:\s+[\w’'-]+){0,8}\s*$/ },
  { name: 'earlier_recommendation', role: 'prior', reason: '"the £250 recommended by the panel"',
    tail: /^\s*(?:[\w’'-]+\s+){0,3}?recommended\s+(?:by|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:panel|officer|investigat\w+|adjudicat\w+|review\w*|IO|stage)\b/ },
  { name: 'offer_inadequate', role: 'superseded', reason: '"its offer of £150 is not enough": an offer the Ombudsman replaces', sections: DECIDING,
    sentence: INADEQUATE, lead: /\b(?:offer\w*|recommend\w*|proposed|paid)\b[^;]{0,60}$/i },
  { name: 'offer_inadequate', role: 'superseded', reason: '"the £150 the Council offered is not enough"', sections: DECIDING,
    sentence: INADEQUATE, tail: /^\s*(?:[\w’'-]+\s+){0,4}?(?:offered|recommended|proposed|paid)\b/i },
  { name: 'accepted_offer', role: 'agreed', reason: '"I welcome the Council’s offer of £300": the organisation’s offer accepted as the remedy', sections: DECIDING,
    sentence: ACCEPTS_OFFER, unless: NEGATED },
  { name: 'accepted_offer', role: 'agreed', reason: '"the £250 it offered is appropriate / in line with our guidance"', sections: DECIDING,
    sentence: OFFER_ADEQUATE, unless: NEGATED },
  { name: 'accepted_offer', role: 'agreed', reason: '"it offered Ms X £300 for its failings, which remedies the injustice"', sections: DECIDING,
    sentence: OFFER_REMEDIES, unless: NEGATED },
  { name: 'agreed_to_pay', role: 'agreed', reason: '"agreed to hold a review panel and pay Mr X £350": the pay verb of a later clause (before the past-tense rules: "reimburse her for what she paid for and pay her £6,500")', sections: DECIDING,
    lead: new RegExp(String.raw`(?:\band\s+|^\W*)(?:also\s+)?(?:to\s+)?(?:pays?|makes?\s+(?:a|an))\b(?:\s+${W}){0,7}\s*$`, 'i'), prefix: new RegExp(String.raw`\b${MODAL}\s`, 'i') },
  // --- tense and voice ---
  { name: 'already_paid', role: 'prior', reason: '"it had offered Mrs X £250", "offered £100": an offer made before this decision',
    lead: new RegExp(String.raw`(?<!\bbe\s|\bbeen\s|\bbeing\s)\b${EARLIER}offered\b(?:\s+${W}){0,6}\s*$`, 'i') },
  { name: 'already_paid', role: 'prior', reason: '"it has already paid her £150", "made a payment of £50": money paid to the complainant before this decision',
    lead: new RegExp(String.raw`(?<!\bbe\s|\bbeen\s|\bbeing\s)\b${EARLIER}(?:(?:paid|awarded|gave|given|credited)\s+(?:to\s+)?${RECIPIENT}\s+(?:(?:a|an|the|further|sum|total|of)\s+)*|made\s+(?:a|an)\s+(?:${W}\s+){0,2}?payment\s+of\s+)$`, 'i') },
  { name: 'already_paid', role: 'prior', reason: '"it paid £150 to recognise her distress": a remedy-like sum paid before this decision',
    lead: new RegExp(String.raw`(?<!\bbe\s|\bbeen\s|\bbeing\s)\b${EARLIER}(?:paid|awarded|gave|given|credited)\b(?:\s+${W}){0,6}\s*$`, 'i'), tail: PAYMENT_LIKE_TAIL },
  { name: 'refused_to_pay', role: 'not_remedy', reason: '"the Council refused to pay her £500": a payment not made',
    lead: new RegExp(String.raw`\b(?:refus\w+|declin\w+|fail\w*|unwilling|reluctan\w+|not\s+(?:agree\w*|prepared|willing|obliged))\s+to\s+(?:${W}\s+){0,2}?${PAY_VERB}\b(?:\s+${W}){0,7}\s*$`, 'i') },
  { name: 'agreed_to_pay', role: 'agreed', reason: '"will pay", "should pay", "agreed to pay", "we recommend ... pay"', sections: DECIDING,
    lead: AGREED_LEAD },
  { name: 'imperative_pay', role: 'agreed', reason: 'an action item "Pay Miss X £100 ..."', sections: ['agreed_action', 'summary', 'final_decision'],
    prefix: new RegExp(String.raw`^\W*(?:and\s+)?(?:pay|make\s+(?:a|an)|offer|refund|reimburse)\b(?:\s+${W}){0,7}\s*$`, 'i') },
  // --- money that is not a remedy at all ---
  { name: 'charged', role: 'not_remedy', reason: '"charged her £2,000", "waive the £90", "it would cost £5,000"',
    lead: new RegExp(String.raw`\b(?:charg(?:e|ed|es|ing)|bill(?:ed|s|ing)?|invoic(?:e|ed|es|ing)|fin(?:e|ed)|owe[sd]?|owing|cost(?:s|ing)?|priced|valued|worth|sold|bought|spen[dt]|earn(?:s|ed)?|waiv\w+|cancel\w*|writ(?:e|es|ing)\s+off|wr[io]t+en\s+off|wrote\s+off|recover\w*|reclaim\w*|claw\w*\s+back|budget\w*|sought|seek\w*|disput\w+|claim(?:s|ed|ing)?|misspen[dt]\w*|overpaid)\b(?:\s+${W}){0,4}\s*$`, 'i') },
  { name: 'complainant_paid', role: 'not_remedy', reason: '"Mrs X paid £400 for a report": the complainant’s own money',
    lead: new RegExp(String.raw`${SUBJECT}\s+(?:${W}\s+){0,2}?(?:paid|pays|paying|spent|incurred|had\s+to\s+pay|has\s+to\s+pay|have\s+to\s+pay|was\s+charged|were\s+charged|borrowed)\b(?:\s+${W}){0,4}\s*$`) },
  { name: 'charge_before', role: 'not_remedy', reason: '"a fee of £90", "arrears of £1,200", "a grant of £30,000"',
    lead: /\b(?:fees?|charges?|costs?|price|debts?|arrears|grants?|DFG|bills?|invoices?|rent|tax|budgets?|penalt(?:y|ies)|fines?|rates?|allowances?|loans?|overpayments?|liabilit(?:y|ies)|contributions?|top-?ups?|premiums?|deposits?|income|salary|pension|benefits?|direct\s+payments?|valuation|estimates?|quot(?:e|ation)|balance|savings|capital|assets|threshold|limit|value)\s+(?:(?:amount|sum|figure|total)\s+)?(?:of|was|is|were|are|totall?ing|amounting\s+to|came\s+to|at|from|by|to|over|under|above|below)?\s*(?:about|around|approximately|approx\.?|over|under|more\s+than|less\s+than|nearly|almost|at\s+least|just\s+over|just\s+under|some|up\s+to)?\s*$/i },
  { name: 'charge_after', role: 'not_remedy', reason: '"£1,200 in rent arrears", "£95 council tax", "£70 PCN"',
    tail: /^\s*(?:(?:in|of)\s+)?(?:(?!for\b|to\b|as\b|payment\b)[\w’'-]+\s+)?(?:council\s+tax|business\s+rates|rent|arrears|fees?|charges?|debts?|grants?|DFG|bills?|invoices?|top-?ups?|contributions?|penalt(?:y|ies)|fines?|overpayments?|allowances?|deposits?|loans?|budgets?|liabilit(?:y|ies)|premiums?|salary|income|pension|(?:housing|child|disability|state|welfare|council\s+tax)\s+benefits?|direct\s+payments?|PCNs?|costs?|savings|capital)\b/i },
  // --- whatever is left: the complaint process, money paid to others, then by section ---
  { name: 'complaint_process', role: 'prior', reason: 'the organisation’s own complaint process: "its stage 2 response", "goodwill"',
    lead: /\b(?:stage\s+(?:1|2|3|one|two|three)|complaints?\s+response|(?:its|their|the\s+Council['’]s)\s+(?:final\s+)?response|adjudicat\w+|goodwill|gesture|previously|earlier|already|at\s+the\s+time)\b/i },
  { name: 'paid_to_others', role: 'not_remedy', reason: '"the Council paid the care home £15,000": money paid, but to no complainant and for no injustice',
    lead: new RegExp(String.raw`\b(?:paid|pays|paying|spent|spends|received|receives|transferred|funded|funds)\b(?!\s+(?:to\s+)?${RECIPIENT})(?:\s+${W}){0,6}\s*$`, 'i') },
  { name: 'remedy_sum', role: 'agreed', reason: 'any other sum in the action section or summary', sections: ['agreed_action', 'summary'] },
  { name: 'recommended_here', role: 'agreed', reason: 'a sum the analysis says would be or should be paid', sections: ['analysis', 'final_decision'],
    prefix: /\b(?:should|will|would|must|recommend\w*|agreed\s+to|agrees\s+to)\b/i },
  { name: 'narrative_payment', role: 'prior', reason: 'a payment told in the story of what happened before', tail: PAYMENT_LIKE_TAIL },
  { name: 'narrative_payment', role: 'prior', reason: 'a payment told in the story of what happened before', lead: PAYMENT_LIKE_LEAD },
  { name: 'other_money', role: 'not_remedy', reason: 'money mentioned without any remedy words' },
];
