/**
 * Dates: the decision date (role 'decision', from the header) and the dates of events in the
 * narrative (role 'event'), read by chrono (en.GB: day first) on sentences that hint at a date,
 * with their precision and printed qualifier ("early", "the third week of"). A month without a
 * year takes the year of a date it is coordinated with ("October and December 2023") or of the
 * narrative so far, never a year after the decision. Relative phrases ("two days later") are
 * skipped: resolved against the decision date they would name the wrong day.
 */
import * as chrono from 'chrono-node';
import { type ExtractContext, mention } from './context.js';
import { BARE_YEAR, DATE_HINT, NAMED_DATES, QUALIFIERS, QUALIFIER_INSIDE, TITLE_YEAR_BEFORE } from './data/date-words.js';
import type { DateMention, DatePrecision, SectionKind } from '../types.js';
import { allMatches } from './regex.js';

/** Boilerplate about the Ombudsman's powers cites dates of statutes, not events. */
const SKIP_SECTIONS: readonly SectionKind[] = ['role_and_powers'];
const LEADING_PREPOSITION = /^(?:on|in|at|by|from|since|during|of)\s+/i;
/** Chrono needs a reference date; without a decision date only dates that print their year are kept. */
const UNDATED_REFERENCE = new Date('2000-01-01T12:00:00');
const COORDINATED = /^\s*(?:and|or|to|until|till|through|[-–—])\s*$/i;

/**
 * The parsers of chrono's en.GB configuration that read a printed calendar date. The others read
 * times of day, weekdays and relative or casual phrases ("eight weeks after", "today", "this
 * evening"), which this extractor drops anyway (no month or year of their own), and cost 60% of
 * chrono's time on a decision's sentences. Without them a date no longer absorbs a printed time
 * or a relative lead-in ("two weeks after 5 March 2023" is 5 March 2023, the date on the page).
 * By class name; should a chrono release rename any, the full configuration is used (a test
 * checks that every name is found).
 */
export const CALENDAR_DATE_PARSERS: readonly string[] = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
];

function calendarDates(): chrono.Chrono {
  const all = chrono.en.GB;
  const kept = all.parsers.filter((p) => CALENDAR_DATE_PARSERS.includes(p.constructor.name));
  if (kept.length !== CALENDAR_DATE_PARSERS.length) return all;
  const reader = all.clone();
  reader.parsers = kept;
  return reader;
}
/** The date reader of every extractor (event dates here, "by 31 March 2025" in deadlines.ts). */
export const CALENDAR_DATES = calendarDates();

interface Found { start: number; end: number; year: number; month: number; day: number; precision: DatePrecision; qualifier: string | null; rule: string; yearKnown: boolean }

const pad = (n: number) => String(n).padStart(2, '0');
function iso(f: Found): string {
  return `${f.year}-${pad(f.precision === 'year' ? 1 : f.month)}-${pad(f.precision === 'day' ? f.day : 1)}`;
}
const norm = (q: string) => q.toLowerCase().replace(/\s+/g, ' ').replace(/\s*-$/, '');

/** "early", "mid-", "the third week of" printed just before a date that starts at `at`. */
function qualifierBefore(sentence: string, at: number): { qualifier: string; start: number } | null {
  for (const q of QUALIFIERS) {
    const m = q.match.exec(sentence.slice(0, at));
    if (m) return { qualifier: norm(m.groups!.q!), start: m.index + m[0].indexOf(m.groups!.q!) };
  }
  return null;
}

function fromChrono(sentence: string, ref: Date): Found[] {
  const out: Found[] = [];
  for (const r of CALENDAR_DATES.parse(sentence, ref, { forwardDate: false })) {
    if (!DATE_HINT.test(r.text)) continue;
    for (const [c, rule] of [[r.start, 'chrono'], [r.end, 'chrono_range_end']] as const) {
      if (!c || !(c.isCertain('month') || c.isCertain('year'))) continue;
      let start = r.index + (LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0);
      const end = r.index + r.text.length;
      let precision: DatePrecision = c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : 'year';
      let qualifier: string | null = null;
      const inside = rule === 'chrono' ? QUALIFIER_INSIDE.exec(sentence.slice(start, end)) : null;
      if (inside) {
        qualifier = norm(inside.groups!.q!);
        if (precision === 'day' && !/\d/.test(inside.input.slice(inside[0].length, inside[0].length + 3))) precision = 'month';
      } else if (rule === 'chrono') {
        const q = qualifierBefore(sentence, start);
        if (q) ({ qualifier, start } = q);
      }
      const d = c.date();
      out.push({ start, end, year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), precision, qualifier, rule, yearKnown: c.isCertain('year') });
    }
  }
  return out;
}

function fromPatterns(sentence: string, taken: Found[]): Found[] {
  const out: Found[] = [];
  const free = (a: number, b: number) => !taken.some((t) => a < t.end && b > t.start);
  for (const n of NAMED_DATES) {
    for (const m of allMatches(n.match, sentence)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, year: Number(m.groups!.year), month: n.month, day: n.day ?? 1, precision: n.day ? 'day' : 'month', qualifier: n.qualifier, rule: 'named_date', yearKnown: true });
    }
  }
  for (const m of allMatches(BARE_YEAR, sentence)) {
    const yearAt = m.index + m[0].lastIndexOf(m.groups!.year!);
    if (!free(yearAt, yearAt + 4) || TITLE_YEAR_BEFORE.test(sentence.slice(0, yearAt))) continue;
    if (out.some((o) => yearAt < o.end && yearAt + 4 > o.start)) continue;
    const q = qualifierBefore(sentence, yearAt);
    out.push({ start: q?.start ?? yearAt, end: yearAt + 4, year: Number(m.groups!.year), month: 1, day: 1, precision: 'year', qualifier: q?.qualifier ?? null, rule: 'bare_year', yearKnown: true });
  }
  return out;
}

export function extractDates(ctx: ExtractContext): DateMention[] {
  const { doc } = ctx;
  const out: DateMention[] = [];
  const decided = doc.header.decisionDate;
  if (decided) {
    const span = { start: decided.start, end: decided.end };
    out.push(mention(ctx, 'date', { iso: decided.value, precision: 'day', qualifier: null, role: 'decision', sentence: span }, span, 'header_decision_date', 'header'));
  }
  const ref = ctx.decisionDate ? new Date(`${ctx.decisionDate}T12:00:00`) : null;
  let last: { year: number; month: number } | null = null;
  for (const s of ctx.sentences) {
    if (SKIP_SECTIONS.includes(s.section)) continue;
    const sentence = doc.text.slice(s.start, s.end);
    if (!DATE_HINT.test(sentence)) continue;
    const found = fromChrono(sentence, ref ?? UNDATED_REFERENCE);
    found.push(...fromPatterns(sentence, found));
    found.sort((a, b) => a.start - b.start);
    found.forEach((f, i) => {
      if (!f.yearKnown) {
        const next = found[i + 1];
        if (next?.yearKnown && COORDINATED.test(sentence.slice(f.end, next.start))) f.year = next.year;
        else if (last) f.year = f.month < last.month ? last.year + 1 : last.year;
        else if (!ref) return;
        if (ref && new Date(`${iso(f)}T00:00:00`) > ref) f.year -= 1;
      }
      last = { year: f.year, month: f.month };
      const value = { iso: iso(f), precision: f.precision, qualifier: f.qualifier, role: 'event' as const, sentence: { start: s.start, end: s.end } };
      out.push(mention(ctx, 'date', value, { start: s.start + f.start, end: s.start + f.end }, f.rule, s.section));
    });
  }
  return out;
}
