/**
 * Remedy types as data. A remedy unit (an action-section item, or a summary sentence) is first
 * masked — what the complainant wants, counterfactuals ("should have"), conditions, refusals to
 * investigate and requests for evidence of compliance are blanked — then must contain a
 * DIRECTIVE (or be an imperative item / follow-up), and its types are every rule that matches.
 * A `weak` rule counts only when no other rule matched in the unit (a generic "take action to
 * ..." next to a specific service improvement adds nothing).
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

export const REMEDY_TYPE_RULES: readonly RemedyTypeRule[] = [
  { type: 'apology', reason: 'apologise / an apology', match: /\bapologi[sz](?:e|es|ed|ing)\b|\bapology\b|\bsay\s+sorry\b/i },
  { type: 'payment', reason: '"make a (symbolic) payment", "pay Mrs X", "financial remedy", "compensation"',
    match: new RegExp(String.raw`\b(?:make|makes|making)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}payments?\b|\bpay(?:s|ing)?\s+(?:${PERSON}(?!\s+(?:debt|bill|rent|fees?|charges?|arrears|council))|each\b|both\b|£|a\s+(?:further\s+|total\s+|symbolic\s+)?(?:sum|total|payment|amount|further|financial))|\bpay(?:s|ing)?\s+[^.;£]{0,40}£\d|\bfinancial\s+(?:remedy|redress|payment)|\bcompensat(?:e|es|ion|ing)\b|\bsymbolic\s+payment|\bpayments?\s+(?:of\s+£|to\s+${PERSON}|for\s+the)|£[\d,.]+\s+(?:[\w-]+\s+)?payment|\boffer\s+of\s+(?:a\s+)?payment|\bapology\b[^.;]{0,80}?(?<!\bdirect\s)\bpayments?\b`, 'i') },
  { type: 'service_improvement', reason: 'training, reminders to staff, shared learning, audit, review of practice',
    match: new RegExp(String.raw`\btrain(?:s|ing)?\b|\bremind(?:s|ing|ers?)?\s+(?:all\s+|relevant\s+|its\s+|the\s+|appropriate\s+)?(?:[\w-]+\s+){0,2}?${STAFF}|\breminders?\b|\bshar(?:e|es|ing)\s+(?:the\s+|any\s+)?(?:learning|lessons)|\blearning\s+from\b|\baudit\w*\b|\b(?:service|procedural|process|policy|practice|system)\s+(?:improvements?|changes)\b|\b(?:what\s+)?(?:steps|measures|changes)\s+(?:it|they|the\s+Council)\s+(?:can|could|should|will|needs?\s+to)\s+(?:take|make)\s+to\s+(?:reduce|prevent|avoid|improve|address|stop)\b|\breview\s+what\s+(?:happened|went\s+wrong)\b|\bensure\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:timescales|deadlines|time\s*limits|targets|procedures|policies|processes|guidance|standards)\s+(?:for\s+[^.;]{0,50}?)?(?:are|is)\s+(?:met|followed|adhered\s+to|complied\s+with|applied)\b|\bimprove(?:s|ments?)?\s+(?:to\s+)?(?:its|their|the\s+Council['’]s)\s+(?:[\w-]+\s+)?(?:services?|practice|process(?:es)?|procedures?|systems?|information|communication|website|record)|\bimprovements?\s+(?:it|to\s+its|the\s+Council)|\breview(?:s|ing)?\s+(?:of\s+)?(?:how|the\s+way|(?:its|their|the\s+Council['’]s)\s+(?!decision)(?:[\w-]+\s+){0,2}?(?:practice|process(?:es)?|procedures?|polic(?:y|ies)|systems?|approach|arrangements|guidance|records|record[\s-]keeping|handling|services?|training|protocols?|documents|forms|letters|templates|information|communications?))\b|\blessons\b|\b(?:its|their)\s+(?:practice|processes|systems|record[\s-]keeping|service\s+provision)\b|\bleaflets?\b|\bwebsite\b|\bprevent\s+(?:similar|a\s+recurrence|recurrence|this\s+(?:from\s+)?happening|the\s+same|future)|\bhappening\s+again\b|\bensure\b[^.;]{0,60}\b(?:in\s+(?:the\s+)?future|${STAFF}|all\b)|\bin\s+(?:the\s+)?future\b[^.;]{0,60}\b${STAFF}|\b(?:inform|write\s+to|contact|identify|check)\w*\s+(?:all|other|any\s+other)\b|\bother\s+(?:people|residents|families|service\s+users|children|tenants|applicants)\s+(?:[\w-]+\s+){0,3}?(?:affected|in\s+a\s+similar)`, 'i') },
  { type: 'service_improvement', reason: 'change a procedure, policy, guidance or process',
    match: /\b(?:issu|produc|updat|amend|revis|review|develop|writ|publish|introduc|creat|provid|chang|improv|put|draw|set)\w*\s+(?:up\s+|in\s+place\s+)?(?:[\w’'-]+\s+){0,4}?(?:guidance|procedures?|polic(?:y|ies)|protocols?|process(?:es)?|template|checklist|systems?)\b|\b(?:application|apply|applies|applying|follow|follows|following|comply|complies)\s+(?:with\s+)?(?:[\w-]+\s+){0,6}?polic(?:y|ies)\b/i },
  { type: 'reconsider', reason: 'reconsider / reassess / a new assessment / review the case / respond to an appeal',
    match: new RegExp(String.raw`\breconsider\w*|\bre-?assess\w*|\bre-?review\w*|\bre-?examin\w*|\brevisit\w*|\bfresh\s+(?:decision|assessment|look|review)|\bnew\s+(?:assessment|decision)\b|\breview(?:s|ing)?\s+${POSSESSIVE}\s+(?:[\w-]+\s+){0,3}?(?:case|assessment|care\s+plan|plan|needs|decision|application|eligibility|claim|support|package|entitlement|account|charges|EHC\s*P?|placement)\b|\bassess(?:es|ing)?\s+${POSSESSIVE}\s+(?:correct\s+)?|\b(?:carry\s+out|complete|undertake|arrange)\s+(?:a|an)\s+(?:new|fresh|further|full|proper|updated)?\s*(?:[\w’'-]+\s+){0,2}?(?:assessment|review|reassessment)\s+(?:(?:of|for)\s+)?(?:${POSSESSIVE}|${PERSON})|\breview\w*\s+(?:its|the(?:\s+Council['’]s)?)\s+decision|\b(?:make|take|reach)\s+a\s+(?:new\s+|fresh\s+|proper\s+)?decision\s+(?:on|about)\s+${POSSESSIVE}|\brespond\w*\s+to\s+${POSSESSIVE}\s+(?:[\w-]+\s+)?appeal|\b(?:consider|decide|determine|hear)\w*\s+${POSSESSIVE}\s+(?:[\w-]+\s+)?(?:appeal|application|request|claim)|\b(?:calculate|recalculate)\w*\s+${POSSESSIVE}|\bright\s+of\s+review\b`, 'i') },
  { type: 'other_action', reason: 'refund, reimburse, waive, cancel or remove a charge',
    match: /\b(?:refund\w*|reimburs\w+|repay\w*|waiv\w+|writ(?:e|es|ing)\s+off|cancel\w*|remov(?:e|es|al|ing)\s+(?:[\w-]+\s+){0,4}?(?:fees?|charges?|costs?|debts?|arrears|penalt\w+)|withdr[ae]w\w*\s+(?:[\w-]+\s+){0,3}?(?:fees?|charges?|notices?|invoices?|bills?)|credit\w*\s+(?:[\w-]+\s+){0,3}account)\b/i },
  { type: 'other_action', reason: 'a meeting, an action plan, accommodation, education or provision for the complainant',
    match: new RegExp(String.raw`\bmeet(?:s|ing)?\s+(?:with\s+)?${PERSON}|\b(?:arrange|offer|hold|have|attend)\w*\s+(?:${PERSON}\s+)?(?:a|an)\s+(?:[\w-]+\s+)?meeting|\bmeeting\s+with\s+${PERSON}|\baction\s+plan\b|\bplan\s+(?:for|with)\s+(?:the\s+family|${PERSON})|\b(?:accommodation|rehous\w+)\b|(?<!\b(?:duty|duties|responsibility|obligation|required|failed|failure|failing|unable|power)\s+to\s+)\b(?:arrange|provide|secure|put\s+in\s+place|make|complete|carry\s+out|fund)\s+(?:[\w’'-]+\s+){0,4}?(?:education|tuition|schooling|school\s+place|placement|respite|adaptations?|works|repairs?|therapy|provision|care\s+package)\b|\b(?:provide|arrange|offer)\w*\s+(?:[\w-]+\s+){0,2}?support\s+(?:to|for)\s+${PERSON}`, 'i') },
  { type: 'other_action', reason: 'finish an outstanding action, give the complainant documents or an explanation',
    match: new RegExp(String.raw`\bbring\s+(?:[\w-]+\s+){0,3}to\s+a\s+(?:conclusion|close)|\bcomplete\s+(?:the\s+)?(?:outstanding|remaining)|\bcomplete\s+(?:the\s+|its\s+)?actions?\s+(?:from|agreed|identified|set)\b|\bmonitor(?:s|ing)?\s+(?:${POSSESSIVE}|${PERSON})\s|\b(?:offer|provide|find|secure)\w*\s+(?:${PERSON}\s+)?(?:with\s+)?(?:the\s+next\s+|a\s+|an\s+)?(?:suitable\s+|alternative\s+|available\s+)*(?:property|tenancy|home|house|flat)\b|\bconclude\s+(?:its|the)\s+investigation|\bissue\s+(?:a|an|the)\s+(?:final|amended|new|updated)\s+(?:[\w-]+\s+){0,3}?(?:plan|EHC\s*P?|decision|notice|bill|statement)|\b(?:send|provide|give)\s+${PERSON}\s+(?:with\s+)?(?:a\s+|an\s+|the\s+|all\s+)?(?:copy|copies|breakdown|list|documents?|records?|explanation|information|details)|\bprovide\s+(?:a\s+|an\s+|the\s+)?(?:breakdown|list\s+of|cop(?:y|ies)\s+of|explanation|written\s+explanation)\b|\bexplain\s+(?:to\s+)?${PERSON}|\b(?:further|another|new)\s+opportunity\b`, 'i') },
  { type: 'other_action', weak: true, reason: 'a generic concrete action: "take action to ...", "take enforcement action"',
    match: /\btake\s+(?:appropriate\s+|further\s+|the\s+necessary\s+)?(?:enforcement\s+)?action\s+(?:against|to\s+(?!remedy|put\s+right|address\s+(?:the|this|that|any)\s+injustice))/i },
];

/** The organisation is asked, recommended or agrees to act (present/future, not past narrative). */
export const DIRECTIVE = /\b(?:will|should|shall|must|agree[sd]?\s+to|(?:has|have)\s+agreed|agreed\s+(?:to|that)|recommend\w*|is\s+to|are\s+to|needs?\s+to|ought\s+to|to\s+remedy|to\s+put\s+(?:this|things|matters)\s+right|welcome\w*|accept\w*\s+(?:the|my|our)\s+(?:offer|recommendations?)|(?:suitable|satisfactory|appropriate|sufficient|adequate|proportionate|reasonable|fair)\s+(?:remedy|remedies|response|responses|resolution))\b/i;
/** A sentence that continues the remedy of the one before: "This included providing an apology ...". */
export const FOLLOW_UP = /^(?:This|These|That|It|They)\s+(?:also\s+)?(?:includes?|included|will\s+include|involves?|are|were|is|means?)\b/;

/** Words that open an imperative action item ("Pay Miss X £100", "develops a process ..."). */
export const IMPERATIVES = new Set([
  'apologise', 'apologize', 'pay', 'write', 'send', 'share', 'remind', 'review', 'produce', 'complete', 'provide', 'arrange',
  'reconsider', 'reassess', 'assess', 'carry', 'meet', 'consider', 'develop', 'make', 'refund', 'reimburse', 'waive', 'cancel',
  'update', 'ensure', 'issue', 'offer', 'discuss', 'contact', 'identify', 'train', 'take', 'put', 'prepare', 'amend', 'remove',
  'tell', 'explain', 'give', 'publish', 'introduce', 'create', 'set', 'respond', 'decide', 'confirm', 'check', 'audit', 'appoint',
  'allocate', 'invite', 'hold', 'backdate', 'instruct', 'revise', 'implement', 'establish', 'amend', 'investigate', 'agree',
]);

/** Blanked before the rules run: clauses that are no remedy of this decision. */
export const REMEDY_MASKS: readonly { match: RegExp; reason: string }[] = [
  { reason: 'what the complainant wants or says', match: /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z]|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+complainants?)\s+(?:also\s+|still\s+|now\s+)?(?:wants?|wanted|would\s+like|asks?|asked|seeks?|sought|is\s+seeking|hopes?|hoped|expects?|expected|requests?|requested|says?|said|believes?|complain\w*|feels?|felt|thinks?|thought)\b[^.]*/g },
  { reason: 'what should have happened', match: /\b(?:should|could|would|ought\s+to|might|must)\s+(?:not\s+)?have\b[^.;]*/gi },
  { reason: 'a condition', match: /\b(?:if|unless|whether)\b[^,.;]*/gi },
  { reason: 'a refusal to investigate and what the complaint is about (up to "because")', match: /\b(?:(?:will\s+not|cannot|can\s*not|did\s+not|has\s+not|have\s+not|could\s+not|decided\s+not\s+to)\s+(?:[\w-]+\s+){0,2}?(?:investigate|consider)|(?:complain(?:s|ed)?|complaint)\s+(?:about|that))\b(?:(?!\b(?:because|as\s+the|since)\b)[^.;])*/gi },
  { reason: 'evidence of compliance is no remedy', match: /\b(?:provide|send|give)\s+(?:us|the\s+Ombudsman)\s+(?:with\s+)?evidence\b[^.]*|\bevidence\s+(?:to\s+(?:us|the\s+Ombudsman)\s+)?(?:that\s+)?(?:it|they|the\s+Council)\s+(?:has|have)\s+(?:complied|completed|done|carried\s+out)[^.]*|\bevidence\s+of\s+compliance\b[^.]*/gi },
  { reason: 'our published guidance on remedies (how to apologise) is no service improvement', match: /\b(?:we|the\s+Ombudsman)\s+(?:also\s+)?publish\w*\s+guidance\b[^.]*|\b(?:consider|follow|read|refer\s+to|use)\s+(?:this|our|that)\s+guidance\b[^.]*/gi },
  { reason: 'actions described elsewhere, not named here', match: /\bactions?\s+(?:set\s+out|described|listed|detailed)\s+(?:at|in|below|above)\b[^.]*/gi },
];
