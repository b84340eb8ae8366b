/**
 * Fault-theme rules, as data: `{ match, value, reason }`. A fault sentence (with the sentence it
 * points back to) gets every theme whose pattern matches; 'other' when none does but the text
 * describes a failure (FAILURE_CUE), and nothing when it only repeats the verdict ("I find fault
 * causing injustice"). Measured against the hand-labelled FAULT_THEME_SENTENCES.
 */
import type { FaultTheme } from '../../types.js';

export interface ThemeRule {
  match: RegExp;
  value: FaultTheme;
  reason: string;
  /** Themes this one makes redundant in the same text (agreed actions come from the complaint process). */
  suppresses?: FaultTheme[];
}

const S = String.raw`[^.;]`;

export const THEME_RULES: readonly ThemeRule[] = [
  {
    value: 'delay', reason: 'delay, slowness, drift, lateness, time taken',
    match: new RegExp(String.raw`\bdela(?:y|ys|yed|ying)\b|\btook\s+(?:too\s+long|longer|(?:\S+\s+){0,2}(?:days|weeks|months|years))|\btoo\s+long\b|\b(?:late|slow|slowly|sooner|promptly|timely|untimely|overdue)\b|\bdrift\w*|\bon\s+time\b|\bwithin\s+(?:a\s+)?reasonable\s+time|\btimescales?\b|\b(?:days|weeks|months|years)\s+(?:passed|late|later)\b|\btime\s+(?:the\s+\w+\s+|it\s+)?took\b|\bstill\s+not\b|\bdid\s+not\s+${S}{0,40}\buntil\b|\b(?:not|no|fail\w*\s+to)\b${S}{0,60}\bfor\s+(?:over\s+|more\s+than\s+|several\s+|about\s+|almost\s+|nearly\s+)?(?:\S+\s+)?(?:days?|weeks?|months?|years?)\b|\bfail\w*\s+to\s+progress\b`, 'i'),
  },
  {
    value: 'poor_communication', reason: 'not telling, explaining, updating or replying; wrong or confusing information',
    match: new RegExp(String.raw`\bcommunicat\w*|\b(?:did\s+not|failed\s+to|not|never|without)\s+(?:\S+\s+)?(?:tell|told|inform|informed|explain|explained|notify|notified|share|shared|advise|advised|make\s+clear|warn|warned|contact|contacted|let\s+\S+(?:\s+\S+)?\s+know)\b|\bupdat\w*\s+(?:her|him|them|the\s+family|(?:Mr|Mrs|Ms|Miss|Dr)\s+[A-Z])\b(?![’'])|\b(?:did\s+not|failed\s+to)\s+(?:respond|reply)\s+to\s+(?:\S+\s+){0,3}(?:emails?|calls?|letters?|messages?|enquir\w+|correspondence)|\bkeep\s+(?:\S+\s+){1,3}(?:informed|updated|up\s+to\s+date)|\breturn\s+(?:\S+\s+){0,2}calls|\b(?:provide|give|send|sent)\s+(?:\S+\s+){0,3}(?:with\s+)?(?:(?:written|clear|accurate)\s+)?(?:information|advice|reasons)\b|\bmisle\w+|\bmisled\b|\b(?:inaccurate|wrong|incorrect|misleading|conflicting|contradictory|inconsistent|confusing|unclear)\s+(?:advice|information|letters?)|\bconfusing\b|\bwrong\s+address\b`, 'i'),
  },
  {
    value: 'record_keeping', reason: 'missing, poor or wrong records, notes, minutes or files',
    match: new RegExp(String.raw`\brecord[\s-]*keeping\b|\bcase[\s-]*recording\b|\b(?:no|not|poor|incomplete|inaccurate|missing|wrong|gaps?|lost|proper|accurate|keep|kept|keeping|failed\s+to)\b${S}{0,40}\b(?:records?|recording|recorded|notes|minutes|minute|logs?|document|documented|file|copy)\b|\brecorded\s+the\s+wrong\b|\b(?:records?|notes|logs?|minutes)\b${S}{0,30}\b(?:incomplete|inaccurate|missing|gaps?|wrong|(?:do|does|did)\s+not\s+(?:show|record|explain))|\blost\s+(?:the\s+)?(?:\S+\s+)?(?:evidence|documents?|file|forms?|papers|application|letters?)\b`, 'i'),
  },
  {
    value: 'complaint_handling', reason: 'how the complaint was handled: responses, stages, escalation, panels',
    match: /\bcomplaints?\s+(?:handling|procedure|process|policy|response)|\b(?:respond\w*|repl\w+|response|answer\w*|acknowledg\w*|handl\w+|investigat\w+|consider\w*|dealt\s+with|deal\s+with|closed|ignored?)\s+(?:to\s+)?(?:\S+\s+){0,4}complaints?\b|\bstage\s+(?:one|two|three|1|2|3)\s+(?:investigation|response|review|panel|of\s+the\s+complaint)|\bescalat\w+|\breview\s+panel\b|\bearly\s+referral|\brefer\w*\s+(?:the\s+|her\s+|his\s+)?complaint|\badjudicat\w+|\bfinal\s+response|\bindependent\s+investigator/i,
  },
  {
    value: 'assessment_failure', reason: 'assessments, reviews and care or support plans not done or done badly',
    match: /\b(?:re)?assess\w*|\b(?:review|update|revise|amend)(?:s|ing)?\s+(?:\S+\s+){0,3}(?:care|support|needs|EHC|plan|package)\b|\b(?:plan|package|needs)\s+(?:was|were|had)\s+not\s+(?:been\s+)?(?:reviewed|updated)|\bconsider\w*\s+whether\s+(?:\S+\s+){0,3}(?:was|were|is|had)\s+(?:eligible|in\s+priority\s+need|at\s+risk|vulnerable|homeless|intentionally)|\bproperly\s+consider\s+whether|\bwithout\s+(?:inspecting|visiting|assessing)|\beligib\w+/i,
  },
  {
    value: 'law_or_guidance', reason: 'not following the law, statutory guidance, regulations, codes, policies or procedures',
    match: new RegExp(String.raw`\b(?:follow\w*|compl(?:y|ied)\s+with|in\s+line\s+with|accordance\s+with|regard\s+to|breach\w*|contrary\s+to|appl(?:y|ied|ying)|meet\s+its|met\s+its)\b${S}{0,60}?\b(?:law|legislation|statutory|regulations?|guidance|Code|Act|section|duty|duties|policy|policies|procedures?|scheme|criteria|rules)\b|\b(?:as|which)\s+(?:\S+\s+){0,3}(?:law|procedures?|policy|guidance|regulations?)\s+requires?\b|\bstatutory\s+(?:duty|duties|criteria|notice|guidance|timescales?)|\bunlawful\w*|\bbreach\w*\s+(?:of\s+)?(?:its|the)\s+duty|\b(?:duty|duties)\s+under\b|\b(?:law|Act\s+\d{4}|regulations|guidance|Code\s+of\s+Practice)\s+(?:does|do)\s+not\s+(?:allow|permit)`, 'i'),
  },
  {
    value: 'failed_to_implement', reason: 'agreed or promised actions, remedies or recommendations not carried out',
    suppresses: ['complaint_handling'],
    match: new RegExp(String.raw`\b(?:agreed|promised|undertook|offered|said\s+it\s+would|committed)\b${S}{0,80}?\b(?:not|never|failed|still)\b|\b(?:not|never|fail\w*\s+to)\b${S}{0,60}?\b(?:agreed|promised|undertook|offered|recommend\w*|remedy\s+actions?|actions?\s+it\s+(?:agreed|said)|action\s+plan|promise|agreement)\b|\b(?:not|never|fail\w*\s+to)\s+(?:\S+\s+){0,2}implement\w*|\bhas\s+not\s+(?:completed|produced|implemented|updated|carried\s+out)|\bnever\s+done\b|\bdid\s+not\s+act\s+on\s+(?:them|it|these|the\s+recommendations)`, 'i'),
  },
];

/** Words that describe a failure; without one (and without a theme) a sentence only restates the verdict. */
export const FAILURE_CUE = /\b(?:fail\w*|did\s+not|does\s+not|has\s+not|had\s+not|not|no|never|wrong\w*|error\w*|mistake\w*|should\s+(?:have|not)|without|poor\w*|lack\w*|inadequate\w*|unreasonabl\w*|refus\w*|ignor\w*|incorrect\w*|overcharg\w*|unsuitable|rude\w*|damag\w*)\b/i;

/** A finding that points back to the sentence before it ("This was fault.", "The failure to do so was fault."). */
export const POINTS_BACK = /^(?:This|That|These|Those|It|Which|Both|Each|All\s+of\s+(?:this|these)|The\s+(?:failure|failures|delay|delays|decision|omission)\s+to\s+do\s+so|The\s+(?:failure|delay|omission|error)\s+(?:was|is))\b/;
