/**
 * Findings: did the decision find (or the organisation accept) fault, did that cause injustice,
 * and did the Ombudsman investigate at all. Every deciding sentence becomes a FindingMention;
 * the document value is settled by authority: final decision, summary, analysis, findings, then
 * the printed outcome. Within one source a positive finding wins ("not at fault for A ... at
 * fault for B" is fault), and a refusal to investigate says no fault unless fault is stated.
 */
import { type ExtractContext, type Sentence, mention } from './context.js';
import {
  type FindingRule, MASKS, NEGATIVE_RULES, OWN_FINDINGS, POSITIVE_RULES, SCOPE_END, SUMMARY_POSITIVE_RULES, WEAK_RULES,
} from './data/finding-rules.js';
import { ASSESSMENT_HEADING, INVESTIGATED, NOT_INVESTIGATED, OUTCOME_RULES, PARTIAL_SCOPE } from './data/investigation-rules.js';
import { WordGate, allMatches, matchesAnywhere } from './regex.js';
import type { FindingMention, FindingValue, Heading, SectionKind } from '../types.js';

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

/** Apply each rule in turn to the text the previous ones left: blank every clause it matches. */
function applyBlanking(text: string, rules: readonly FindingRule[], hits: FindingRule[]): string {
  let out = text;
  for (const rule of rules) {
    const found = allMatches(rule.match, out);
    for (let i = found.length - 1; i >= 0; i--) out = blankClause(out, found[i]!.index);
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

const INVESTIGATION_RULES: readonly FindingRule[] = [...NOT_INVESTIGATED, ...INVESTIGATED];
const INVESTIGATED_NAMES = INVESTIGATED.map((r) => r.name);
const GATE = new WordGate([...MASKS, ...NEGATIVE_RULES, ...POSITIVE_RULES, ...INVESTIGATION_RULES].flatMap((r) => r.needs ?? []));

/** A rule list with each rule's pre-check compiled. */
const gated = (rules: readonly FindingRule[]) => rules.map((rule) => ({ rule, ids: GATE.compile(rule.needs) }));
const GATED = { masks: gated(MASKS), negative: gated(NEGATIVE_RULES), positive: gated(POSITIVE_RULES), investigation: gated(INVESTIGATION_RULES) };

/** A reading whose masked text is made when first asked for (fault themes ask for few). */
class LazyReading implements SentenceReading {
  private text: string | null;
  private made: string | null = null;
  constructor(readonly value: Verdict, readonly rules: string[], text: string, private readonly masks: readonly FindingRule[]) {
    this.text = text;
  }

  get masked(): string {
    if (this.made === null) {
      this.made = applyBlanking(this.text!, this.masks, []);
      this.text = null;
    }
    return this.made;
  }
}

/** What one sentence says about fault, injustice and investigation, and by which rules. */
export function readFindingSentence(text: string, section: SectionKind): SentenceReading {
  // Rules whose words are missing cannot match (blanking only removes words): skip them.
  const found = GATE.scan(text.toLowerCase());
  const worth = (list: typeof GATED.masks) => list.filter((g) => WordGate.allows(g.ids, found)).map((g) => g.rule);
  const masks = worth(GATED.masks);
  const negatives = worth(GATED.negative);
  const positives = section === 'summary' ? [...worth(GATED.positive), ...SUMMARY_POSITIVE_RULES] : worth(GATED.positive);
  const investigation = DECISION_SOURCES.includes(section) ? worth(GATED.investigation) : [];
  // Nothing can decide (most sentences): no need to blank anything yet.
  if (negatives.length + positives.length + investigation.length === 0) return new LazyReading({}, [], text, masks);
  const hits: FindingRule[] = [];
  let masked = applyBlanking(text, masks, []);
  masked = applyBlanking(masked, negatives, hits);
  for (const rule of positives) if (matchesAnywhere(rule.match, masked)) hits.push(rule);
  for (const rule of investigation) {
    if (!matchesAnywhere(rule.match, masked)) continue;
    if (rule.value.investigated === false && PARTIAL_SCOPE.test(text)) continue;
    hits.push(rule);
  }
  return { value: merge(hits.map((r) => r.value)), rules: hits.map((r) => r.name), masked };
}

/** Each document's readings by sentence: findings and fault themes read the same sentences. */
const readings = new WeakMap<ExtractContext, Map<Sentence, SentenceReading>>();

/** The reading of one of ctx's sentences, read once per document. */
export function sentenceReading(ctx: ExtractContext, s: Sentence): SentenceReading {
  let bySentence = readings.get(ctx);
  if (!bySentence) readings.set(ctx, (bySentence = new Map()));
  let reading = bySentence.get(s);
  if (!reading) {
    reading = readFindingSentence(ctx.doc.text.slice(s.start, s.end), s.section);
    bySentence.set(s, reading);
  }
  return reading;
}

/** The value of the first source (by authority) that says anything about `key`. */
function settle(mentions: FindingMention[], key: keyof FindingValue): boolean | null {
  for (const source of FAULT_SOURCES) {
    const said = mentions.filter((m) => m.section === source).map((m) => m.value[key]).filter((v) => typeof v === 'boolean');
    if (said.length > 0) return said.includes(true);
  }
  return null;
}

/** The heading of an assessment-stage decision ("My assessment"), when there is one. */
function assessmentHeading(ctx: ExtractContext): Heading | undefined {
  const headings = ctx.doc.sections.flatMap((s) => [s.heading, ...s.subsections.map((sub) => sub.heading)]);
  return headings.find((h): h is Heading => h !== null && ASSESSMENT_HEADING.match.test(h.text.trim()));
}

export function extractFindings(ctx: ExtractContext): { value: FindingValue; mentions: FindingMention[] } {
  const { doc } = ctx;
  const mentions: FindingMention[] = [];
  for (const s of ctx.sentences) {
    if (!FAULT_SOURCES.includes(s.section)) continue;
    const reading = sentenceReading(ctx, s);
    if (reading.rules.length === 0) continue;
    mentions.push(mention(ctx, 'finding', reading.value, s, reading.rules.join('+'), s.section));
  }
  let textFault = settle(mentions, 'fault');
  if (textFault === null) {
    const weak: boolean[] = [];
    for (const s of ctx.sentences.filter((x) => x.section === 'summary')) {
      const masked = sentenceReading(ctx, s).masked;
      for (const rule of WEAK_RULES.filter((r) => matchesAnywhere(r.match, masked))) {
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
  const assessed = assessmentHeading(ctx);
  const ruled = (names: readonly string[]) => decisive.some((m) => m.rule.split('+').some((r) => names.includes(r)));
  // An investigation said to be done or stopped, or a fault the Ombudsman found, was investigated,
  // whatever the decision declines besides ("We will not investigate the 2019 decision ...").
  if (ruled(INVESTIGATED_NAMES) || ruled(OWN_FINDINGS)) investigated = true;
  else if (decisive.some((m) => m.value.investigated === false)) investigated = false;
  else if (outcome.investigated === false) investigated = false;
  else if (assessed) {
    investigated = false;
    mentions.push(mention(ctx, 'finding', { investigated: false }, assessed, ASSESSMENT_HEADING.name));
  }
  else if (decisive.some((m) => m.value.investigated === true) || outcome.investigated === true) investigated = true;
  else if (textFault !== null) investigated = true;

  let fault: boolean | null = null;
  // Declined for want of evidence of fault: the text outranks a printed "Upheld".
  if (textFault === false && investigated === false) fault = false;
  else if (textFault === true || outcome.fault === true) fault = true;
  else if (textFault === false || outcome.fault === false) fault = false;
  else if (investigated === false) fault = false;

  const textInjustice = settle(mentions, 'injustice');
  const injustice = textInjustice ?? outcome.injustice ?? null;
  return { value: { fault, injustice, investigated }, mentions };
}
