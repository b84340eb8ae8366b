/**
 * Findings: did the decision find (or the organisation accept) fault, did that cause injustice,
 * and did the Ombudsman investigate at all. Every deciding sentence becomes a FindingMention;
 * the document value is settled by authority: final decision, summary, analysis, findings, then
 * the printed outcome. Within one source a positive finding wins ("not at fault for A ... at
 * fault for B" is fault), and a refusal to investigate says no fault unless fault is stated.
 */
import { type ExtractContext, mention } from './context.js';
import {
  type FindingRule, INVESTIGATED, MASKS, NEGATIVE_RULES, NOT_INVESTIGATED, OUTCOME_RULES,
  PARTIAL_SCOPE, POSITIVE_RULES, SCOPE_END, WEAK_RULES,
} from './data/finding-rules.js';
import type { FindingMention, FindingValue, SectionKind } from '../types.js';

/** Sections that state findings, most authoritative first. */
const FAULT_SOURCES: readonly SectionKind[] = ['final_decision', 'summary', 'analysis', 'findings'];
/** Sections where a refusal to investigate is the decision itself (not a scope note). */
const DECISION_SOURCES: readonly SectionKind[] = ['final_decision', 'summary'];

type Verdict = Partial<FindingValue>;

export interface SentenceReading {
  value: Verdict;
  rules: string[];
  /** The sentence with hedged, reported and negated clauses blanked (same length and offsets). */
  masked: string;
}

/** Blank text[from, end of clause) so later rules cannot read it. */
function blankClause(text: string, from: number): string {
  SCOPE_END.lastIndex = from + 1;
  const stop = SCOPE_END.exec(text)?.index ?? text.length;
  return text.slice(0, from) + ' '.repeat(stop - from) + text.slice(stop);
}

function applyBlanking(text: string, rules: readonly FindingRule[], hits: FindingRule[]): string {
  let out = text;
  for (const rule of rules) {
    const found = [...out.matchAll(rule.match)];
    for (const m of found.reverse()) out = blankClause(out, m.index);
    if (found.length > 0) hits.push(rule);
  }
  return out;
}

/** Merge partial values: for each key a true anywhere wins over a false. */
function merge(values: Verdict[]): Verdict {
  const out: Verdict = {};
  for (const key of ['fault', 'injustice', 'investigated'] as const) {
    const seen = values.map((v) => v[key]).filter((v): v is boolean => v !== undefined && v !== null);
    if (seen.length > 0) out[key] = seen.includes(true);
  }
  return out;
}

/** What one sentence says about fault, injustice and investigation, and by which rules. */
export function readFindingSentence(text: string, section: SectionKind): SentenceReading {
  const hits: FindingRule[] = [];
  let masked = applyBlanking(text, MASKS, []);
  masked = applyBlanking(masked, NEGATIVE_RULES, hits);
  for (const rule of POSITIVE_RULES) if (masked.search(rule.match) >= 0) hits.push(rule);
  if (DECISION_SOURCES.includes(section)) {
    for (const rule of [...NOT_INVESTIGATED, ...INVESTIGATED]) {
      if (masked.search(rule.match) < 0) continue;
      if (rule.value.investigated === false && PARTIAL_SCOPE.test(text)) continue;
      hits.push(rule);
    }
  }
  return { value: merge(hits.map((r) => r.value)), rules: hits.map((r) => r.name), masked };
}

/** The value of the first source (by authority) that says anything about `key`. */
function settle(mentions: FindingMention[], key: keyof FindingValue): boolean | null {
  for (const source of FAULT_SOURCES) {
    const said = mentions.filter((m) => m.section === source).map((m) => m.value[key]).filter((v) => typeof v === 'boolean');
    if (said.length > 0) return said.includes(true);
  }
  return null;
}

export function extractFindings(ctx: ExtractContext): { value: FindingValue; mentions: FindingMention[] } {
  const { doc } = ctx;
  const mentions: FindingMention[] = [];
  for (const s of ctx.sentences) {
    if (!FAULT_SOURCES.includes(s.section)) continue;
    const reading = readFindingSentence(doc.text.slice(s.start, s.end), s.section);
    if (reading.rules.length === 0) continue;
    mentions.push(mention(ctx, 'finding', reading.value, s, reading.rules.join('+'), s.section));
  }
  let textFault = settle(mentions, 'fault');
  if (textFault === null) {
    const weak: boolean[] = [];
    for (const s of ctx.sentences.filter((x) => x.section === 'summary')) {
      const masked = readFindingSentence(doc.text.slice(s.start, s.end), s.section).masked;
      for (const rule of WEAK_RULES.filter((r) => masked.search(r.match) >= 0)) {
        mentions.push(mention(ctx, 'finding', rule.value, s, rule.name, s.section));
        weak.push(rule.value.fault === true);
      }
    }
    if (weak.length > 0) textFault = weak.includes(true);
  }
  const outcomeField = doc.header.outcome;
  const outcomeRule = outcomeField ? OUTCOME_RULES.find((r) => r.match.test(outcomeField.value)) : undefined;
  const outcome: Verdict = outcomeRule?.value ?? {};
  if (outcomeField && outcomeRule) mentions.push(mention(ctx, 'finding', outcomeRule.value, outcomeField, outcomeRule.name, 'header'));

  const decisive = mentions.filter((m) => DECISION_SOURCES.includes(m.section as SectionKind));
  let investigated: boolean | null = null;
  if (decisive.some((m) => m.value.investigated === false)) investigated = false;
  else if (outcome.investigated === false) investigated = false;
  else if (decisive.some((m) => m.value.investigated === true) || outcome.investigated === true) investigated = true;
  else if (textFault !== null) investigated = true;

  let fault: boolean | null = null;
  if (textFault === true || outcome.fault === true) fault = true;
  else if (textFault === false || outcome.fault === false) fault = false;
  else if (investigated === false) fault = false;

  const textInjustice = settle(mentions, 'injustice');
  const injustice = textInjustice ?? outcome.injustice ?? null;
  return { value: { fault, injustice, investigated }, mentions };
}
