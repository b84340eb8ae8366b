/**
 * Rules for `investigated` and the printed outcome, as data: refusals to investigate (and when a
 * refusal covers only part of the complaint), statements that an investigation was made or
 * stopped, and what each printed `Decision :` value says. Same `{ name, match, value, reason,
 * needs }` shape as the fault rules (finding-rules.ts).
 */
import type { FindingValue } from '../../types.js';
import { type FindingRule, WHO } from './finding-rules.js';

export const NOT_INVESTIGATED: readonly FindingRule[] = [
  {
    name: 'will_not_investigate', value: { investigated: false }, reason: '"we will not investigate", "cannot investigate", "decided not to investigate"',
    needs: ['investigat'],
    match: /\b(?<neg>will\s+not|won['’]t|shall\s+not|cannot|can\s+not|can['’]t|should\s+not|(?:have\s+|has\s+)?decided\s+not\s+to|do\s+not)\s+(?:further\s+)?(?:investigate|be\s+investigating|start\s+an\s+investigation)\b|\b(?<neg2>(?:have|has)\s+not)\s+investigated\s+(?:the|this|Mr|Mrs|Ms|Miss|Dr|her|his|their)\b/gi,
  },
  {
    name: 'will_not_consider', value: { investigated: false }, reason: '"we will not consider / look into this complaint"',
    needs: ['consider', 'look', 'pursue', 'deal'],
    match: new RegExp(String.raw`\b${WHO}\s+(?<neg>will\s+not|won['’]t|shall\s+not|cannot|can\s+not|should\s+not|(?:have\s+|has\s+)?decided\s+not\s+to)\s+(?:further\s+)?(?:consider|look\s+(?:at|into)|pursue|deal\s+with)\b`, 'g'),
  },
  {
    name: 'outside_jurisdiction', value: { investigated: false }, reason: 'the complaint is outside jurisdiction, premature or late',
    needs: ['jurisdiction', 'remit', 'premature'],
    match: /\b(?:complaint|matter|it)\s+(?:is|was|falls)\s+(?<neg>(?:outside|beyond)\s+(?:our|the\s+Ombudsm[ae]n['’]s|my)\s+(?:jurisdiction|remit)|premature)/g,
  },
  {
    name: 'no_power_to_investigate', value: { investigated: false }, reason: '"we have no power to investigate"',
    needs: ['investigate'],
    match: /\b(?<neg>no\s+(?:power|jurisdiction)\s+to\s+investigate)\b/gi,
  },
];

/**
 * A heading "My assessment" marks a decision made at the assessment stage (under the Assessment
 * Code): the complaint was not investigated, even when the page says "we have upheld" it.
 */
export const ASSESSMENT_HEADING = { name: 'assessment_stage', match: /^(?:my|our)\s+assessment\b|^assessment$/i, reason: 'a "My assessment" heading: decided at the assessment stage' } as const;

/** A refusal that covers only part of the complaint does not make the decision uninvestigated. */
export const PARTIAL_SCOPE = /\b(?:part|parts|aspects?|elements?|some)\s+of\b|\bother\s+(?:matters|issues|parts)\b|\b(?:the\s+whole|all\s+(?:of\s+)?(?:the|this|Mr|Mrs|Ms|Miss|her|his))\b/i;

export const INVESTIGATED: readonly FindingRule[] = [
  {
    name: 'investigation_done', value: { investigated: true }, reason: 'a completed or concluded investigation',
    needs: ['investigat'],
    match: /\b(?<pos>(?:completed|concluded)\s+(?:my|our|his|her|its|the|this)\s+investigation|investigation\s+is\s+(?:now\s+)?(?:at\s+an\s+end|complete[d]?)|(?:I|[Ww]e)\s+(?:have\s+)?investigated\s+(?:the|this|Mr|Mrs|Ms|Miss|her|his))\b/g,
  },
  {
    name: 'investigation_discontinued', value: { investigated: true, fault: false }, reason: 'investigated, then stopped without a finding of fault',
    needs: ['investigat'],
    match: /\b(?<pos>discontinued|stopped|closed|ended|end)\s+(?:my|our|his|her|its|the|this)\s+investigation\b|\bstopped\s+investigating\b|\b(?:will\s+not|won['’]t|decided\s+not\s+to|not\s+to)\s+(?<pos2>continue)\s+(?:with\s+)?(?:my|our|the|this)\s+investigation\b/g,
  },
];

export interface OutcomeRule {
  name: string;
  match: RegExp;
  value: Partial<FindingValue>;
  reason: string;
}

/** The printed `Decision :` value. First match wins. */
export const OUTCOME_RULES: readonly OutcomeRule[] = [
  { name: 'outcome_closed', match: /closed\s+after\s+initial\s+enquiries|premature|withdrawn|out\s+of\s+jurisdiction|referred\s+back|not\s+investigated/i, value: { fault: false, investigated: false }, reason: 'closed at assessment: not investigated' },
  { name: 'outcome_not_upheld', match: /^\s*not\s+upheld|no\s+(?:fault|maladministration)/i, value: { fault: false, investigated: true }, reason: 'investigated, not upheld' },
  { name: 'outcome_upheld_no_injustice', match: /^\s*upheld\b.*\bno\s+injustice/i, value: { fault: true, injustice: false, investigated: true }, reason: 'upheld: fault without injustice' },
  { name: 'outcome_upheld_injustice', match: /^\s*upheld\b.*\binjustice/i, value: { fault: true, injustice: true, investigated: true }, reason: 'upheld: fault and injustice' },
  { name: 'outcome_upheld', match: /^\s*upheld\b/i, value: { fault: true, investigated: true }, reason: 'upheld' },
  { name: 'outcome_discontinued', match: /discontinued/i, value: { investigated: true }, reason: 'investigation discontinued' },
];
