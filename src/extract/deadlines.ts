/**
 * Deadlines of the remedy: "within one month of the final decision", "within four weeks",
 * "within 28 days", "within 20 working days", "by 31 March 2025". Only the action section sets
 * deadlines (periods in the findings are the law's timescales); a page with no action section
 * lends its summary's remedy sentences instead. A period inside a service improvement ("to
 * ensure complaints are answered within 20 working days") is the content of the action, not its
 * deadline. Period: as written, number words lower-cased ("a month" -> "one month"), digits as
 * printed ("28 days"), "calendar" dropped ("one calendar month" -> "one month"). Days: day 1,
 * week 7, month 30, year 365; working days x 7/5. Due: decision date plus the period (calendar
 * months and years as such; working days skip weekends); for a date, the date itself (a month
 * without a day: its last day), days counted from the decision.
 */
import { type ExtractContext, type Sentence, mention } from './context.js';
import { CALENDAR_DATES } from './dates.js';
import { NUMBER_WORD } from './data/number-words.js';
import { wordToNumber } from './numbers.js';
import { IMPERATIVES } from './data/remedy-masks.js';
import type { DeadlineMention, DeadlineValue } from '../types.js';
import { allMatches } from './regex.js';

const PERIOD = new RegExp(String.raw`\b(?:within|in\s+the\s+next|over\s+the\s+next|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+next\s+)?(?<n>${NUMBER_WORD}|a|an)\s+(?:(?<kind>working|calendar|business|school)\s+)?(?<unit>days?|weeks?|months?|years?|fortnight)\b`, 'gi');
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const BY_DATE = new RegExp(String.raw`\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?(?<date>(?:(?:end|close)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\s+\d{4})`, 'g');
/** After the period: what it runs from ("of the final decision", "from the date of this report"). */
const FROM_DECISION = /^\s*,?\s*(?:of|from|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:my|our|the|this|its|their)\s+(?:Ombudsman['’]s\s+|Ombudsmen['’]s\s+)?(?:final\s+)?(?:decision|report|statement|letter)/i;
/** The organisation is being asked or agrees to act in this clause (or the clause is an imperative item). */
const DIRECTIVE = /\b(?:will|should|shall|must|agreed|agrees|recommend\w*|to)\b/i;
/** The period belongs to what the action is about (a timescale for the service), not to the action. */
const CONTENT = /\b(?:ensure|so\s+that|making\s+sure|timescales?|targets?|statutory|required|requires|requirement|need\s+to|importance|duty|deadlines?|in\s+future)\b|\b(?:is|are|be|been)\s+\w+ed\s*$/i;
/** Chrono's reference when the decision date is unknown (BY_DATE always prints a year, so it only keeps this pure). */
const UNDATED = '2000-01-01';
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function addPeriod(iso: string, n: number, unit: string, working: boolean): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === 'month' || unit === 'year') {
    const months = unit === 'year' ? 12 * n : n;
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  } else if (working) {
    for (let left = n; left > 0;) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
    }
  } else {
    d.setUTCDate(d.getUTCDate() + n * UNIT_DAYS[unit]!);
  }
  return isoOf(d);
}

/** "four" / "28" / "a" -> value and the period as written. */
export function periodValue(nWord: string, kind: string | undefined, unitWord: string, decisionDate: string | null): DeadlineValue | null {
  const fortnight = /^fortnight/i.test(unitWord);
  const n = (wordToNumber(nWord) ?? 0) * (fortnight ? 2 : 1);
  if (n <= 0) return null;
  const unit = fortnight ? 'week' : unitWord.toLowerCase().replace(/s$/, '');
  const working = !!kind && kind.toLowerCase() !== 'calendar';
  const word = /^\d+$/.test(nWord) ? nWord : fortnight ? 'two' : /^an?$/i.test(nWord) ? 'one' : nWord.toLowerCase().replace(/\s+/g, '-');
  const period = `${word} ${working ? `${kind!.toLowerCase()} ` : ''}${unit}${n === 1 ? '' : 's'}`;
  const days = Math.round(n * UNIT_DAYS[unit]! * (working ? 7 / 5 : 1));
  return { period, days, due: decisionDate ? addPeriod(decisionDate, n, unit, working) : null };
}

function dateValue(text: string, decisionDate: string | null): DeadlineValue | null {
  const ref = new Date(`${decisionDate ?? UNDATED}T12:00:00Z`);
  const r = CALENDAR_DATES.parse(text, ref)[0];
  if (!r) return null;
  const s = r.start;
  const y = s.get('year')!;
  const m = s.get('month')!;
  const day = s.isCertain('day') ? s.get('day')! : new Date(Date.UTC(y, m, 0)).getUTCDate();
  const due = `${y}-${pad(m)}-${pad(day)}`;
  const days = decisionDate ? Math.round((Date.parse(due) - Date.parse(decisionDate)) / 86_400_000) : 0;
  return { period: text.replace(/\s+/g, ' '), days, due };
}

function qualifies(text: string, at: number, end: number): boolean {
  if (FROM_DECISION.test(text.slice(end))) return true;
  const clause = text.slice(0, at).split(/[;:]/).pop()!;
  if (clause.trim() === '') return true;
  return (DIRECTIVE.test(clause) || imperative(clause)) && !CONTENT.test(clause);
}

/** An action item that opens with its verb: "complete a new assessment ... within 12 weeks". */
function imperative(clause: string): boolean {
  const word = (/^[^A-Za-z]*([A-Za-z]+)/.exec(clause)?.[1] ?? '').toLowerCase();
  return IMPERATIVES.has(word) || (word.endsWith('s') && IMPERATIVES.has(word.slice(0, -1)));
}

function deadlinesIn(ctx: ExtractContext, s: Sentence): DeadlineMention[] {
  const text = ctx.doc.text.slice(s.start, s.end);
  const out: DeadlineMention[] = [];
  for (const m of allMatches(PERIOD, text)) {
    const end = m.index + m[0].length;
    const value = qualifies(text, m.index, end) ? periodValue(m.groups!.n!, m.groups!.kind, m.groups!.unit!, ctx.decisionDate) : null;
    if (value) out.push(mention(ctx, 'deadline', value, { start: s.start + m.index, end: s.start + end }, 'period', s.section));
  }
  for (const m of allMatches(BY_DATE, text)) {
    const at = m.index + m[0].length - m.groups!.date!.length;
    const value = qualifies(text, m.index, m.index + m[0].length) ? dateValue(m.groups!.date!, ctx.decisionDate) : null;
    if (value) out.push(mention(ctx, 'deadline', value, { start: s.start + at, end: s.start + m.index + m[0].length }, 'by_date', s.section));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Summary sentences that state the remedy (used only when there is no action section). */
const SUMMARY_REMEDY = /\b(?:apologi[sz]e|pay|payment|remedy|review|reconsider|agreed|recommend\w*)\b/i;

export function extractDeadlines(ctx: ExtractContext): DeadlineMention[] {
  const action = ctx.sentences.some((s) => s.section === 'agreed_action');
  return ctx.sentences
    .filter((s) => action ? s.section === 'agreed_action'
      : s.section === 'summary' && SUMMARY_REMEDY.test(ctx.doc.text.slice(s.start, s.end)))
    .flatMap((s) => deadlinesIn(ctx, s));
}
