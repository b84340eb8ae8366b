/**
 * Legislation: Acts cited as "<Name> Act <year>" with the sections cited with them, before
 * ("Section 17 of the Children Act 1989", "s.19 Education Act 1996") or after ("Local Government
 * Act 1974, sections 26(1) and 26A(1), as amended"). "the 1974 Act" and "the Act" resolve back
 * to an Act already cited when that is unambiguous. "act" in other senses has no capital and year.
 */
import { type ExtractContext, mention } from './context.js';
import { LEADING_NON_NAME, NAME_JOINERS, YEAR_MAX, YEAR_MIN } from './data/legislation-words.js';
import type { LegislationMention, LegislationValue } from '../types.js';
import { allMatches } from './regex.js';

const WORD = String.raw`(?:[A-Z][\w’'-]*|\([A-Z][^()]{0,80}\))`;
const JOIN = String.raw`(?:,?\s+(?:(?:${NAME_JOINERS.join('|')})\s+)*)`;
/** "Act <year>"; the name is the run of capitalised words just before it (NAME_RUN). */
const ACT_YEAR = /\bAct\s+(?<year>\d{4})\b/g;
const NAME_RUN = new RegExp(String.raw`(?:${WORD}${JOIN})+$`);
/** How far back a name may start: longer than any Act's name, short enough to stay linear. */
const NAME_REACH = 160;
/** "the 1974 Act", "the Act". */
const BACK_REFERENCE = /\b[Tt]he\s+(?:(?<year>\d{4})\s+)?Act\b(?!\s+\d{4})/g;
const SECTION = String.raw`\d+[A-Z]{0,3}(?:\([0-9A-Za-z]{1,4}\))*`;
const SECTION_LIST = String.raw`(?<![\w’'])(?:[Ss]ections?\s+|[Ss]{1,2}\.\s*|[Ss]{1,2}(?=\d))(?<list>${SECTION}(?:\s*(?:,|and|or|&)\s*${SECTION})*)`;
/** Sections printed just before the Act: "section 17 of the ", "s.19 ". */
const SECTIONS_BEFORE = new RegExp(String.raw`${SECTION_LIST}\s+(?:(?:of|to|in)\s+)?(?:the\s+)?$`);
/** Sections printed just after: ", section 24A(6), as amended, section 34(B)". */
const SECTIONS_AFTER = new RegExp(String.raw`[\s,;()]*(?:as\s+amended[\s,;()]*)?(?:and\s+)?${SECTION_LIST}`, 'y');
const SECTION_ONE = new RegExp(SECTION, 'g');
const POSSESSIVE_OR_TITLE = /(?:[’']s|^(?:Mr|Mrs|Ms|Miss|Dr|Mx))$/;

/** Drop words that open a sentence or citation, and anything up to a possessive ("Mr X’s Human Rights"). */
function cleanName(raw: string): { name: string; skipped: number } | null {
  const tokens = allMatches(/\S+/g, raw);
  let first = 0;
  tokens.forEach((t, i) => { if (POSSESSIVE_OR_TITLE.test(t[0].replace(/,$/, ''))) first = i + 1; });
  while (first < tokens.length) {
    const word = tokens[first]![0].replace(/[,.]$/, '').toLowerCase();
    /** A name never starts "<Word> the ...": "Despite the Equality Act 2010" is not an Act called "Despite". */
    const beforeThe = tokens[first + 1]?.[0] === 'the';
    if (!LEADING_NON_NAME.has(word) && !/^[ivxlc]+$/.test(word) && !beforeThe) break;
    first++;
  }
  if (first >= tokens.length) return null;
  const skipped = tokens[first]!.index;
  return { name: raw.slice(skipped).replace(/\s+/g, ' ').trim(), skipped };
}

function sectionsOf(list: string | undefined): string[] {
  return list ? allMatches(SECTION_ONE, list).map((m) => m[0]) : [];
}

function sectionsAfter(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  const segment = text.slice(0, to);
  SECTIONS_AFTER.lastIndex = from;
  for (let m = SECTIONS_AFTER.exec(segment); m; m = SECTIONS_AFTER.exec(segment)) out.push(...sectionsOf(m.groups?.list));
  return out;
}

export function extractLegislation(ctx: ExtractContext): LegislationMention[] {
  const { text } = ctx.doc;
  const out: LegislationMention[] = [];
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    const found: { start: number; end: number; value: LegislationValue; rule: string }[] = [];
    if (!sentence.includes('Act')) continue;
    for (const m of allMatches(ACT_YEAR, sentence)) {
      const year = Number(m.groups!.year);
      const from = Math.max(0, m.index - NAME_REACH);
      const run = NAME_RUN.exec(sentence.slice(from, m.index));
      const cleaned = run ? cleanName(run[0]) : null;
      if (!run || !cleaned || year < YEAR_MIN || year > YEAR_MAX) continue;
      const start = from + run.index + cleaned.skipped;
      found.push({ start, end: m.index + m[0].length, value: { act: `${cleaned.name} Act ${year}`, year, sections: [] }, rule: 'act_with_year' });
    }
    const cited = [...new Map([...out.map((l) => l.value), ...found.map((f) => f.value)].map((v) => [v.act, v])).values()];
    for (const m of allMatches(BACK_REFERENCE, sentence)) {
      if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
      const year = m.groups?.year ? Number(m.groups.year) : null;
      const candidates = cited.filter((v) => year === null || v.year === year);
      if (candidates.length !== 1) continue;
      const v = candidates[0]!;
      found.push({ start: m.index, end: m.index + m[0].length, value: { act: v.act, year: v.year, sections: [] }, rule: 'back_reference' });
    }
    found.sort((a, b) => a.start - b.start);
    found.forEach((f, i) => {
      const before = SECTIONS_BEFORE.exec(sentence.slice(0, f.start));
      const next = found[i + 1]?.start ?? sentence.length;
      const start = before ? before.index : f.start;
      f.value.sections = [...sectionsOf(before?.groups?.list), ...sectionsAfter(sentence, f.end, next)];
      out.push(mention(ctx, 'legislation', f.value, { start: s.start + start, end: s.start + f.end }, f.rule));
    });
  }
  return out;
}
