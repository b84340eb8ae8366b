/**
 * What makes a unit of text a remedy of this decision, as data: the directive words (the
 * organisation is asked, recommended or agrees to act, or the Ombudsman accepts what it offers),
 * imperative list items, follow-ups, and the masks that blank clauses which are no remedy —
 * what the complainant wants, counterfactuals, conditions, what was done before the decision,
 * refusals, and requests for evidence of compliance.
 */
/** The organisation is asked, recommended or agrees to act (present/future, not past narrative). */
export const DIRECTIVE = /\b(?:will|should|shall|must|agree[sd]?\s+to|(?:has|have)\s+(?:also\s+|now\s+)?agreed|agreed\s+(?:to|that)|recommend\w*|is\s+to|are\s+to|needs?\s+to|ought\s+to|to\s+remedy|to\s+put\s+(?:this|things|matters)\s+right|welcome\w*|(?:has|have|was|were)\s+been\s+asked\s+to|\bremedy\b[^.]{0,120}\b(?:is|are|was|were)\s+(?:satisfactory|suitable|appropriate|sufficient|adequate|proportionate|reasonable|fair)\b|accept\w*\s+(?:this|these|that|those|our|my|the)\s+findings?\s+and\s+(?:has|have)\s+(?:arranged|offered|proposed)|accept\w*\s+(?:the|my|our)\s+(?:offer|recommendations?|suggestions?)|(?:suitable|satisfactory|appropriate|sufficient|adequate|proportionate|reasonable|fair)\s+(?:remedy|remedies|response|responses|resolution|outcome)|remed(?:ies|ied)\s+(?:the|this|that|her|his|their|any)\s+(?:\w+\s+)?(?:injustice|distress|frustration|uncertainty|upset|loss))\b/i;
/** A sentence that continues the remedy of the one before: "This included providing an apology ...". */
export const FOLLOW_UP = /^(?:This|These|That|It|They)\s+(?:also\s+)?(?:includes?|included|will\s+include|involves?|are|were|is|means?)\b/;

/** The organisation offered to act ... */
export const OFFERED_TO = /\boffer(?:s|ed)?\s+to\b/i;
/** ... and the next sentence accepts the offer as the remedy: "We considered this to be a fair and proportionate remedy." */
export const ACCEPTS_PREVIOUS = /^(?:(?:We|I)\s+(?:consider(?:ed)?|(?:are|am|were|was)\s+satisfied|think|thought|find|found)\b[^.]{0,30}?\b(?:this|that|these|it)\b|(?:This|That|These)\b)[^.]{0,30}?\b(?:is|was|are|were|be|as)\s+(?:an?\s+)?(?:fair|suitable|appropriate|proportionate|satisfactory|reasonable|adequate|sufficient)\b/i;

/** Words that open an imperative action item ("Pay Miss X £100", "develops a process ..."). */
export const IMPERATIVES = new Set([
  'apologise', 'apologize', 'pay', 'write', 'send', 'share', 'remind', 'review', 'produce', 'complete', 'provide', 'arrange',
  'reconsider', 'reassess', 'assess', 'carry', 'meet', 'consider', 'develop', 'make', 'refund', 'reimburse', 'waive', 'cancel',
  'update', 'ensure', 'issue', 'offer', 'discuss', 'contact', 'identify', 'train', 'take', 'put', 'prepare', 'amend', 'remove',
  'tell', 'explain', 'give', 'publish', 'introduce', 'create', 'set', 'respond', 'decide', 'confirm', 'check', 'audit', 'appoint',
  'allocate', 'invite', 'hold', 'backdate', 'instruct', 'revise', 'implement', 'establish', 'amend', 'investigate', 'agree',
]);

/** "the recommendations of the Learning Review", "actions from an internal audit": another review's recommendations (a service improvement). */
export const REVIEW_RECOMMENDATIONS = String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:recommendations|actions|learning)\s+(?:of|from|in)\s+(?:the|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:(?:learning|safeguarding\s+adults?|serious\s+case|practice|independent|internal|management)\s+review|audit|inquiry)\b`;

/**
 * Blanked before the rules run: clauses that are no remedy of this decision.
 * A mask that opens with a lookbehind first checks, by lookahead, the words its match must start
 * with: the lookbehind then runs only where such a word starts, not at every position (3x faster).
 */
export const REMEDY_MASKS: readonly { match: RegExp; reason: string }[] = [
  { reason: 'what the complainant wants or says', match: /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z]|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+complainants?)\s+(?:also\s+|still\s+|now\s+)?(?:wants?|wanted|would\s+like|asks?|asked|seeks?|sought|is\s+seeking|hopes?|hoped|expects?|expected|requests?|requested|says?|said|believes?|complain\w*|feels?|felt|thinks?|thought)\b[^.]*/g },
  { reason: 'what should have happened', match: /\b(?:should|could|would|ought\s+to|might|must)\s+(?:not\s+)?have\b(?:(?!\b(?:so|therefore|but|however|instead)\b)[^.;])*/gi },
  { reason: 'a condition (not "consider if ...", which asks for a decision); it ends at the next clause', match: /\b(?=(?:if|unless|whether)\b)(?<!\b(?:consider|decide|determine|assess|check|establish|explain|review|see)\s+)(?:if|unless|whether)\b(?:(?!\band\b)[^,.;])*/gi },
  { reason: 'what the organisation did before this decision ("it has already apologised", "the actions it has taken"; not "evidence that it has carried out ...", which asks for it)', match: /\b(?=(?:has|have|had|actions?|steps)\s)(?<!\bevidence\s+(?:to\s+(?:us|the\s+Ombudsman)\s+)?(?:that\s+)?(?:it|they|the\s+Council)\s+)(?:(?:has|have|had)\s+(?:already|since|previously|now)\s+(?!(?:proposed|offered|agreed|suggested)\b)|(?<!\bagreed\s+(?:to\s+)?(?:our|my|the\s+Ombudsman['’]s|these|the)\s+recommendations?\s+and\s+)(?:has|have)\s+(?:apologised|apologized|refunded|reimbursed|repaid|waived|cancelled|reminded|trained|amended|corrected|reviewed|made(?!\s+(?:a\s+|the\s+|my\s+|our\s+|these\s+|some\s+)?recommendations?\b)|taken|provided|issued|completed|carried\s+out|put\s+in\s+place|written\s+off)\b|(?<=\b(?:the|these|those)\s+)(?:actions?|steps)\s+(?:it|they|the\s+[A-Z]\w*(?:\s+[A-Z]\w*)?)\s+(?:has|have|had)\s+(?:already\s+)?taken\b)(?:(?!\bbut\b|(?:\band|,)\s+(?:has|have|will|should|must|shall|needs?|it|agreed|also|we|I)\b|\b(?:however|although|though)\b)[^.;])*/gi },
  { reason: 'what the Ombudsman sees no reason to ask for ("no basis to recommend a refund")', match: /\b(?:no\s+(?:basis|reason|need|grounds|justification)\s+(?:for\s+(?:us|me|the\s+Ombudsman)\s+)?to|not\s+(?:necessary|appropriate|proportionate)\s+to)\b[^.;]*/gi },
  { reason: 'what the organisation refused to do', match: /\b(?:declin\w+|refus\w+|unwilling|not\s+(?:prepared|willing))\s+to\b[^.;]*/gi },
  { reason: 'a refusal to investigate and what the complaint is about (up to "because")', match: /\b(?:(?:will\s+not|cannot|can\s*not|did\s+not|has\s+not|have\s+not|could\s+not|decided\s+not\s+to)\s+(?:[\w-]+\s+){0,2}?(?:investigate|consider)|(?:complain(?:s|ed)?|complaint)\s+(?:about|that))\b(?:(?!\b(?:because|as\s+the|since)\b)[^.;])*/gi },
  { reason: 'evidence of compliance is no remedy (but not evidence of carrying out a review\'s recommendations)', match: new RegExp(String.raw`\b(?:provide|send|give)\s+(?:us|the\s+Ombudsman)\s+(?:with\s+)?evidence\b[^.]*|\bevidence\s+(?:to\s+(?:us|the\s+Ombudsman)\s+)?(?:that\s+)?(?:it|they|the\s+Council)\s+(?:has|have)\s+(?:complied|completed|done|carried\s+out)(?!\s+${REVIEW_RECOMMENDATIONS})[^.]*|\bevidence\s+of\s+compliance\b[^.]*`, 'gi') },
  { reason: 'our published guidance on remedies (how to apologise) is no service improvement', match: /\b(?:we|the\s+Ombudsman)\s+(?:also\s+)?publish\w*\s+guidance\b[^.]*|\b(?:our|the\s+Ombudsman['’]s)\s+(?:published\s+)?guidance\s+on\s+remedies\b|\b(?:consider|follow|read|refer\s+to|use)\s+(?:this|our|that)\s+guidance\b[^.]*/gi },
  { reason: 'actions described elsewhere, not named here', match: /\bactions?\s+(?:set\s+out|described|listed|detailed)\s+(?:at|in|below|above)\b[^.]*/gi },
];
