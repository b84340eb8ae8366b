/**
 * Remedy types as data: one rule per family of wording, `{ type, reason, match }`. A remedy unit
 * (an action-section item, or a summary sentence) is first masked (remedy-masks.ts), must be a
 * directive, and its types are those of every rule that matches. A `weak` rule counts only when
 * no other rule matched in the unit (a generic "take action to ..." next to a specific service
 * improvement adds nothing). Each `match` lists its alternatives one per line.
 */
import type { RemedyType } from '../../types.js';

export interface RemedyTypeRule {
  match: RegExp;
  type: RemedyType;
  reason: string;
  weak?: boolean;
}

const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z]\b|him\b|her\b|them\b|the\s+(?:complainants?|family)\b)`;
const POSSESSIVE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]['’]s|[A-Z]['’]s|his|her|their|the\s+complainant['’]s|the)`;
const STAFF = String.raw`(?:staff|officers|social\s+workers|workers|employees|teams?|managers|carers|practitioners|caseworkers|agents|contractors|colleagues|crews|operatives|drivers|inspectors|assessors)`;
const W = String.raw`[\w’'-]+`;

/** One case-insensitive pattern from its alternatives. */
const anyOf = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'i');

const rule = (type: RemedyType, reason: string, ...alternatives: string[]): RemedyTypeRule => ({ type, reason, match: anyOf(...alternatives) });

export const REMEDY_TYPE_RULES: readonly RemedyTypeRule[] = [
  rule('apology', 'apologise / an apology', String.raw`\bapologi[sz](?:e|es|ed|ing)\b`, String.raw`\bapology\b`, String.raw`\bsay\s+sorry\b`),

  rule('payment', '"make a (symbolic) payment", "make Mrs X a payment", "an apology and payment"',
    String.raw`\b(?:make|makes|making)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?payments?\b`,
    String.raw`\bmak(?:e|es|ing)\s+${PERSON}\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?payment\b`,
    String.raw`\bsymbolic\s+payment`,
    String.raw`\bpayments?\s+(?:of\s+£|to\s+${PERSON}|for\s+the)`,
    String.raw`£[\d,.]+\s+(?:[\w-]+\s+)?payment`,
    String.raw`\boffer\s+of\s+(?:a\s+)?payment`,
    String.raw`\boffer\s+(?:${PERSON}\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:sum|amount|payment)\b`,
    String.raw`\b(?:a|an)\s+(?:[\w-]+\s+)?payment\s+(?:would\s+|will\s+|to\s+)?(?:remed|recognis|acknowledg|reflect)`,
    String.raw`\bapology\b[^.;]{0,80}?(?<!\bdirect\s)\bpayments?\b`),
  rule('payment', '"pay Mrs X", "pay £300", "pay a financial remedy", "pay redress", "offered Ms X £300"',
    String.raw`\bpay(?:s|ing)?\s+(?:${PERSON}(?!\s+(?:debt|bill|rent|fees?|charges?|arrears|council))|each\b|both\b|£|a\s+(?:further\s+|total\s+|symbolic\s+)?(?:sum|total|payment|amount|further|financial))`,
    String.raw`\bpay(?:s|ing)?\s+[^.;£]{0,40}£\d`,
    String.raw`\bpay(?:s|ing)?\s+(?:(?:a|an)\s+)?(?:further\s+|financial\s+|symbolic\s+)?(?:redress|remedy|compensation|interest)\b`,
    String.raw`\boffer(?:s|ed|ing)?\s+${PERSON}\s+£\d`),
  rule('payment', '"financial remedy", "compensation", meeting costs, backdated allowances',
    String.raw`\bfinancial\s+(?:remedy|redress|payment)`,
    String.raw`\bcompensat(?:e|es|ion|ing)\b`,
    String.raw`\bmeet\w*\s+(?:(?:part|some|all|half)\s+of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|expenses|fees)\b`,
    String.raw`\bbackdat\w*\s+(?:${W}\s+){0,5}?(?:payments?|allowances?|benefits?)\b`),

  rule('service_improvement', 'training, reminders and briefings to staff, feedback',
    String.raw`\btrain(?:s|ing)?\b`,
    String.raw`\b(?:remind|brief)(?:s|ing|ers?)?\s+(?:all\s+|relevant\s+|its\s+|the\s+|appropriate\s+)?(?:[\w-]+\s+){0,2}?${STAFF}`,
    String.raw`\breminders?\b`,
    String.raw`\b(?:provide|give)\w*\s+feedback\b`,
    String.raw`\bstaff\s+briefings?\b`,
    String.raw`\bensure\b[^.;]{0,60}\b(?:in\s+(?:the\s+)?future|${STAFF}|all\b)`,
    String.raw`\bin\s+(?:the\s+)?future\b[^.;]{0,60}\b${STAFF}`),
  rule('service_improvement', 'shared learning, lessons, audits and internal reviews',
    String.raw`\bshar(?:e|es|ing)\s+(?:the\s+|any\s+)?(?:learning|lessons)`,
    String.raw`\bshar\w*\s+(?:this|the|our|my)\s+(?:decision|report|findings|statement)\s+with\b`,
    String.raw`\blearning\s+from\b`,
    String.raw`\blessons\b`,
    String.raw`\blearning\s+points\b`,
    String.raw`\baudit\w*\b`,
    String.raw`\binternal\s+review\b`,
    String.raw`\breview\s+what\s+(?:happened|went\s+wrong)\b`),
  rule('service_improvement', 'improvements and changes to services, practice and systems; preventing recurrence',
    String.raw`\b(?:service|procedural|process|policy|practice|system)\s+(?:improvements?|changes)\b`,
    String.raw`\bimprove(?:s|ments?)?\s+(?:to\s+)?(?:its|their|the\s+Council['’]s)\s+(?:[\w-]+\s+)?(?:services?|practice|process(?:es)?|procedures?|systems?|information|communication|website|record)`,
    String.raw`\bimprovements?\s+(?:it|to\s+its|the\s+Council)`,
    String.raw`\b(?:implement|make|introduce)\w*\s+changes\s+to\s+(?:its|their|the)\b`,
    String.raw`\b(?:tighter|better|improved|stronger)\s+(?:controls|checks|monitoring|oversight)\b`,
    String.raw`\b(?:its|their)\s+(?:practice|processes|systems|record[\s-]keeping|service\s+provision)\b`,
    String.raw`\b(?:what\s+)?(?:steps|measures|changes)\s+(?:it|they|the\s+Council)\s+(?:can|could|should|will|needs?\s+to)\s+(?:take|make)\s+to\s+(?:reduce|prevent|avoid|improve|address|stop)\b`,
    String.raw`\baction\s+plan\s+to\s+(?:address|prevent|improve|tackle)\b`,
    String.raw`\bprevent\s+(?:similar|a\s+recurrence|recurrence|this\s+(?:from\s+)?happening|the\s+same|future)`,
    String.raw`\b(?:prevent|avoid|stop)\w*\s+(?:a\s+|any\s+)?(?:re-?occurr?ence|recurrence|repeat|repetition)`,
    String.raw`\bhappening\s+again\b`,
    String.raw`\bconsider\w*\s+(?:further\s+)?how\s+(?:it|they|the\s+Council)\s+(?:is\s+|are\s+)?(?:deals?|dealing|handles?|handling|manages?|managing)\b`,
    String.raw`\bensure\s+(?:that\s+)?(?:${W}\s+){0,4}?(?:timescales|deadlines|time\s*limits|targets|procedures|policies|processes|guidance|standards)\s+(?:for\s+[^.;]{0,50}?)?(?:are|is)\s+(?:met|followed|adhered\s+to|complied\s+with|applied)\b`),
  rule('service_improvement', 'a review of how things are done, of its information, leaflets and website',
    String.raw`\breview(?:s|ing)?\s+(?:of\s+)?(?:how|the\s+way|(?:its|their|the\s+Council['’]s)\s+(?!decision)(?:[\w-]+\s+){0,2}?(?:practice|process(?:es)?|procedures?|polic(?:y|ies)|systems?|approach|arrangements|guidance|records|record[\s-]keeping|handling|services?|training|protocols?|documents|forms|letters|templates|information|communications?))\b`,
    String.raw`\breview\w*\s+the\s+(?:information|advice|letters|leaflets?|guidance)\s+(?:it|they)\s+(?:provides?|gives?|sends?|publishes?)\b`,
    String.raw`\bleaflets?\b`,
    String.raw`\bwebsite\b`,
    String.raw`\bsignpost\w*`),
  rule('service_improvement', 'others affected by the same fault',
    String.raw`\b(?:inform|write\s+to|contact|identify|check)\w*\s+(?:all|others?|any\s+other)\b`,
    String.raw`\bother\s+(?:people|residents|families|service\s+users|children|tenants|applicants)\s+(?:[\w-]+\s+){0,3}?(?:affected|in\s+a\s+similar)`,
    String.raw`\b(?:others?|people|residents|families|service\s+users|tenants|customers)\s+(?:[\w-]+\s+){0,2}?(?:similarly|also|likewise)\s+affected\b`,
    String.raw`\bothers?\s+who\s+(?:may\s+)?(?:have\s+been|were|are)\s+(?:similarly\s+)?(?:affected|disadvantaged)\b`),
  rule('service_improvement', 'change a procedure, policy, guidance or process',
    String.raw`\b(?:issu|produc|updat|amend|revis|review|develop|writ|publish|introduc|creat|provid|chang|improv|put|draw|set)\w*\s+(?:up\s+|in\s+place\s+)?(?:${W}\s+){0,4}?(?:guidance|procedures?|polic(?:y|ies)|protocols?|process(?:es)?|template|checklist|systems?)\b`,
    String.raw`\b(?:application|apply|applies|applying|follow|follows|following|comply|complies)\s+(?:with\s+)?(?:[\w-]+\s+){0,6}?polic(?:y|ies)\b`),

  rule('reconsider', 'reconsider, reassess, revisit, a fresh or new decision',
    String.raw`\breconsider\w*`, String.raw`\bre-?assess\w*`, String.raw`\bre-?review\w*`, String.raw`\bre-?examin\w*`, String.raw`\brevisit\w*`,
    String.raw`\bfresh\s+(?:decision|assessment|look|review|appeal)`,
    String.raw`\b(?:new|another)\s+(?:assessment|decision|appeal|hearing|review)\b`,
    String.raw`\bre-?(?:mak\w*|made)\s+(?:its|the|their)\s+decision`,
    String.raw`\bmak(?:e|es|ing)\s+(?:its|the|their)\s+decision\s+again`,
    String.raw`\b(?:make|take|reach)\s+a\s+(?:new\s+|fresh\s+|proper\s+)?decision\s+(?:on|about)\s+${POSSESSIVE}`,
    String.raw`\breview\w*\s+(?:its|the(?:\s+Council['’]s)?)\s+decision`,
    String.raw`\bright\s+of\s+review\b`),
  rule('reconsider', 'review or assess the complainant’s case, plan or needs',
    String.raw`\breview(?:s|ing)?\s+${POSSESSIVE}\s+(?:${W}\s+){0,3}?(?:case|assessment|care\s+plan|plan|needs|decision|application|eligibility|claim|support|package|entitlement|account|charges|EHC\s*P?|placement)\b`,
    String.raw`\bassess(?:es|ing)?\s+${POSSESSIVE}\s+(?:correct\s+)?`,
    String.raw`\b(?:carry\s+out|complete|undertake|arrange)\s+(?:a|an)\s+(?:new|fresh|further|full|proper|updated)?\s*(?:${W}\s+){0,2}?(?:assessment|review|reassessment)\s+(?:(?:of|for)\s+)?(?:${POSSESSIVE}|${PERSON})`,
    String.raw`\b(?:calculate|recalculate)\w*\s+${POSSESSIVE}`),
  rule('reconsider', 'hear the complainant’s appeal or complaint again (an appeal, a stage 3 panel)',
    String.raw`\brespond\w*\s+to\s+${POSSESSIVE}\s+(?:[\w-]+\s+)?appeal`,
    String.raw`\b(?:consider|decide|determine|hear)\w*\s+${POSSESSIVE}\s+(?:[\w-]+\s+)?(?:appeal|application|request|claim)`,
    String.raw`\b(?:hold|arrange|complete|convene|escalate|set\s+up)\w*\s+(?:${W}\s+){0,8}?(?:stage\s+(?:2|3|two|three)|review\s+panel)\b`),

  rule('other_action', 'refund, reimburse, waive, cancel, reduce or remove a charge',
    String.raw`\b(?:refund\w*|reimburs\w+|repay\w*|waiv\w+|writ(?:e|es|ing)\s+off|cancel\w*)\b`,
    String.raw`\bremov(?:e|es|al|ing)\s+(?:[\w-]+\s+){0,4}?(?:fees?|charges?|costs?|debts?|arrears|penalt\w+)\b`,
    String.raw`\bwithdr[ae]w\w*\s+(?:[\w-]+\s+){0,3}?(?:fees?|charges?|notices?|invoices?|bills?)\b`,
    String.raw`\bcredit\w*\s+(?:[\w-]+\s+){0,3}account\b`,
    String.raw`\b(?:deduct|reduc)\w*\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?|bills?|invoices?|debts?|arrears)\b`,
    String.raw`\breduc\w*\s+(?:the\s+)?(?:amount|sum|money)\b[^.;]{0,30}?\b(?:owe[sd]?|owing|claim\w*|seek\w*|recover\w*|charg\w*)`),
  rule('other_action', 'a meeting or a plan with the complainant',
    String.raw`\bmeet(?:s|ing)?\s+(?:with\s+)?${PERSON}(?!\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:needs|requirements|costs?|expenses|obligations))`,
    String.raw`\b(?:arrange|offer|hold|have|attend)\w*\s+(?:${PERSON}\s+)?(?:a|an)\s+(?:[\w-]+\s+)?meeting`,
    String.raw`\bmeeting\s+with\s+${PERSON}`,
    String.raw`\baction\s+plan\b(?!\s+to\s+(?:address|prevent|improve|tackle))`,
    String.raw`\bplan\s+(?:for|with)\s+(?:the\s+family|${PERSON})`),
  rule('other_action', 'accommodation, a property, education, support or works provided for the complainant',
    String.raw`\b(?:provid|find|found|arrang|secur|offer|sourc|identif|mov)\w*\s+(?:${PERSON}\s+)?(?:with\s+)?(?:${W}\s+){0,3}?accommodation\b`,
    String.raw`\brehous\w+`,
    String.raw`\b(?:offer|provide|find|secure)\w*\s+(?:${PERSON}\s+)?(?:with\s+)?(?:the\s+next\s+|a\s+|an\s+)?(?:suitable\s+|alternative\s+|available\s+)*(?:property|tenancy|home|house|flat)\b`,
    String.raw`(?<!\b(?:duty|duties|responsibility|obligation|required|failed|failure|failing|unable|power)\s+to\s+)\b(?:arrange|provide|secure|put\s+in\s+place|make|complete|carry\s+out|fund)\s+(?:${W}\s+){0,4}?(?:education|tuition|schooling|school\s+place|placement|respite|adaptations?|works|repairs?|therapy|provision|care\s+package)\b`,
    String.raw`\b(?:provide|arrange|offer)\w*\s+(?:[\w-]+\s+){0,2}?support\s+(?:to|for)\s+${PERSON}`),
  rule('other_action', 'put things right on the ground: reinstate, restore, collect, monitor the service the complainant gets',
    String.raw`\barrange\s+for\s+[^.;]{0,60}?\bto\s+be\s+(?:reinstated|repaired|replaced|removed|restored|completed|installed|re-?laid|fixed|cleared|collected)\b`,
    String.raw`\b(?:reinstat|restor)\w*\s+(?:the|her|his|their)\b`,
    String.raw`\bcollect\w*\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:waste|rubbish|refuse|recycling)\b`,
    String.raw`\bmonitor\w*\s+(?:the\s+)?(?:collections|visits)\b`,
    String.raw`\bmonitor(?:s|ing)?\s+(?:of\s+)?(?:${POSSESSIVE}|${PERSON})\s`),
  rule('other_action', 'finish an outstanding action or process; decide what to do',
    String.raw`\bbring\s+(?:[\w-]+\s+){0,3}to\s+a\s+(?:conclusion|close)`,
    String.raw`\bconclude\s+(?:its|the)\s+investigation`,
    String.raw`\bcomplete\s+(?:the\s+)?(?:outstanding|remaining)`,
    String.raw`\bcomplete\s+(?:the\s+|its\s+)?actions?\s+(?:from|agreed|identified|set)\b`,
    String.raw`\bcomplete\s+(?:the\s+|its\s+)?(?:${W}\s+){0,3}?(?:process|works|repairs)\b`,
    String.raw`\bdecide\s+what\s+(?:further\s+)?action`,
    String.raw`\baddress\w*\s+(?:the\s+|an?\s+|any\s+)?(?:outstanding|remaining)\s+(?:query|queries|issues?|matters?|concerns?|points?)`,
    String.raw`\battend\w*\s+(?:${POSSESSIVE}\s+)?(?:property|home|house|site)\b`,
    String.raw`\bissue\s+(?:a|an|the)\s+(?:final|amended|new|updated)\s+(?:[\w-]+\s+){0,3}?(?:plan|EHC\s*P?|decision|notice|bill|statement)`,
    String.raw`\b(?:further|another|new)\s+opportunity\b`),
  rule('other_action', 'give the complainant documents, corrected records or an explanation',
    String.raw`\b(?:send|provide|give)\s+${PERSON}\s+(?:with\s+)?(?:a\s+|an\s+|the\s+|all\s+)?(?:copy|copies|breakdown|list|documents?|records?|explanation|information|details)`,
    String.raw`\bprovide\s+(?:a\s+|an\s+|the\s+)?(?:breakdown|list\s+of|cop(?:y|ies)\s+of|explanation|written\s+explanation)\b`,
    String.raw`\bexplain\s+(?:to\s+)?${PERSON}`,
    String.raw`\bexplain\s+(?:to\s+${PERSON}\s+)?what\s+(?:further\s+)?(?:action|steps)`,
    String.raw`\bcorrect\w*\s+(?:some\s+|the\s+|its\s+|any\s+)?(?:mistakes|errors)\b`,
    String.raw`\b(?:correct(?:s|ed|ing|ion\s+of)?|amend(?:s|ed|ing|ment\s+of)?|rectif(?:y|ies|ied|ying))\s+(?:the|its|his|her|their)\s+(?:wrong\s+|inaccurate\s+|incorrect\s+)?(?:records?|information|paperwork|entries|reports?)\b`),
  {
    type: 'other_action', weak: true, reason: 'a generic concrete action: "take action to ...", "take enforcement action"',
    match: /\btake\s+(?:appropriate\s+|further\s+|the\s+necessary\s+)?(?:enforcement\s+)?action\s+(?:against|to\s+(?!remedy|put\s+right|address\s+(?:the|this|that|any)\s+injustice))/i,
  },
];
