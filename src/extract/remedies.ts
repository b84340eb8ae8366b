/**
 * Remedies: what the organisation agreed to do, or the Ombudsman recommends, for this decision.
 * Read from the action section's items (or, with no action section or one cut off before its first
 * paragraph, the summary's sentences — never both). Each unit is masked (see REMEDY_MASKS), must be a directive (will / should /
 * agreed to / recommend, an imperative list item, or a "This included ..." follow-up of one),
 * and is typed by every matching rule of REMEDY_TYPE_RULES. Rules, not a tagger: the remedy
 * vocabulary of decisions is small and stable, and each type must be explainable by its words.
 */
import { type ExtractContext, mention } from './context.js';
import { ACCEPTS_PREVIOUS, DIRECTIVE, FOLLOW_UP, IMPERATIVES, OFFERED_TO, REMEDY_MASKS } from './data/remedy-masks.js';
import { REMEDY_TYPE_RULES } from './data/remedy-types.js';
import { type RemedyUnit, actionUnits, introListUnits, summaryUnits } from './refiners/remedy-units.js';
import type { DeadlineMention, RemedyMention, RemedyType } from '../types.js';

const ORDER: readonly RemedyType[] = ['apology', 'payment', 'service_improvement', 'reconsider', 'other_action'];

/** The text with every masked clause replaced by spaces (same length). */
export function maskRemedyText(text: string): string {
  let out = text;
  for (const mask of REMEDY_MASKS) out = out.replace(mask.match, (m) => ' '.repeat(m.length));
  return out;
}

/** The types of the rules of one strength that match; a rule whose type is already found is not tried. */
function typesMatching(masked: string, weak: boolean): Set<RemedyType> {
  const found = new Set<RemedyType>();
  for (const r of REMEDY_TYPE_RULES) if (!r.weak === !weak && !found.has(r.type) && r.match.test(masked)) found.add(r.type);
  return found;
}

/** Remedy types named in one (masked) text; weak rules only when nothing else matched. */
export function remedyTypes(masked: string): RemedyType[] {
  const strong = typesMatching(masked, false);
  const found = strong.size > 0 ? strong : typesMatching(masked, true);
  return ORDER.filter((t) => found.has(t));
}

function firstWord(text: string): string {
  return (/^[^A-Za-z]*([A-Za-z]+)/.exec(text)?.[1] ?? '').toLowerCase();
}

function isDirective(unit: RemedyUnit, text: string, masked: string, next: string | null): boolean {
  if (DIRECTIVE.test(masked) || unit.listed) return true;
  if (next !== null && OFFERED_TO.test(masked) && ACCEPTS_PREVIOUS.test(next.trim())) return true;
  const word = firstWord(masked);
  if (IMPERATIVES.has(word) || (word.endsWith('s') && IMPERATIVES.has(word.slice(0, -1)))) return true;
  return FOLLOW_UP.test(text.trim()) && unit.previous !== null && DIRECTIVE.test(maskRemedyText(unit.previous));
}

function remediesOf(ctx: ExtractContext, deadlines: DeadlineMention[], units: RemedyUnit[], source: string): RemedyMention[] {
  const out: RemedyMention[] = [];
  units.forEach((unit, i) => {
    const text = ctx.doc.text.slice(unit.start, unit.end);
    const masked = maskRemedyText(text);
    const next = units[i + 1] ? ctx.doc.text.slice(units[i + 1]!.start, units[i + 1]!.end) : null;
    if (!isDirective(unit, text, masked, next)) return;
    const types = remedyTypes(masked);
    if (types.length === 0) return;
    const own = deadlines.find((d) => d.start >= unit.start && d.end <= unit.end) ?? null;
    const deadline = (own ?? unit.inherited)?.value ?? null;
    const scope = types.every((t) => t === 'service_improvement') ? 'service' : 'complainant';
    out.push(mention(ctx, 'remedy', { types, deadline, scope }, unit, source));
  });
  return out;
}

/**
 * The action section when there is one; else the summary; else (older report summaries, whose
 * one-line summary names no remedy) a remedy intro with its list in the body.
 */
export function extractRemedies(ctx: ExtractContext, deadlines: DeadlineMention[]): RemedyMention[] {
  const fromAction = actionUnits(ctx, deadlines);
  if (fromAction.length > 0) return remediesOf(ctx, deadlines, fromAction, 'action_item');
  const fromSummary = remediesOf(ctx, deadlines, summaryUnits(ctx), 'summary_sentence');
  if (fromSummary.length > 0) return fromSummary;
  return remediesOf(ctx, deadlines, introListUnits(ctx, deadlines), 'intro_list_item');
}
