/**
 * Sentences with offsets, walked in document order over the summary, sections, subsections,
 * paragraphs and nested items. Extractors search sentences, never the raw page.
 */
import type { Paragraph, ParsedDocument, Place, SectionKind, Span } from '../types.js';

export interface Sentence extends Span {
  section: SectionKind;
  sectionIndex: number;
  /** Heading of the subsection the sentence is in, when any. */
  subsection: string | null;
}

/** Words after which a full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'st', 'no', 'nos', 'para', 'paras', 'paragraph', 's', 'ss', 'sec', 'e.g', 'i.e',
  'eg', 'ie', 'etc', 'cf', 'cllr', 'rev', 'prof', 'ltd', 'co', 'inc', 'v', 'vs', 'approx', 'ref', 'art', 'reg', 'sch',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'op', 'al', 'p', 'pp',
]);
/** End of a sentence: terminal punctuation, optional closing quotes/brackets, space, then a capital, digit or quote. */
const BOUNDARY = /[.!?]["”’')\]]*\s+(?=["“‘'(]?[A-Z0-9£])/g;

/** Whether a UTF-16 code unit is whitespace as RegExp `\s` defines it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isWordBeforeCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e; // [A-Za-z.]

/** The run of letters and dots that ends at `at` (looking back no further than `floor`), lower-cased. */
function wordBefore(chunk: string, floor: number, at: number): string {
  let i = at;
  while (i > floor && isWordBeforeCode(chunk.charCodeAt(i - 1))) i--;
  return chunk.slice(i, at).toLowerCase();
}

export function sentences(doc: ParsedDocument): Sentence[] {
  const out: Sentence[] = [];
  doc.sections.forEach((section, sectionIndex) => {
    const visit = (paras: Paragraph[], subsection: string | null) => {
      for (const para of paras) {
        for (const { start, end } of splitSentences(doc.text, para.start, para.end)) {
          out.push({ start, end, section: section.kind, sectionIndex, subsection }); // no spread: it is slow in V8
        }
        visit(para.items, subsection);
      }
    };
    visit(section.paragraphs, null);
    for (const sub of section.subsections) visit(sub.paragraphs, sub.heading.text);
  });
  return out;
}

/** Split text[start, end) into trimmed sentence spans. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const chunk = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
    if (chunk[m.index] === '.' && ABBREVIATIONS.has(wordBefore(chunk, Math.max(from, m.index - 12), m.index))) continue;
    const stop = m.index + m[0].trimEnd().length;
    pushTrimmed(spans, chunk, from, stop, start);
    from = m.index + m[0].length;
  }
  pushTrimmed(spans, chunk, from, chunk.length, start);
  return spans;
}

function pushTrimmed(spans: Span[], chunk: string, from: number, to: number, base: number): void {
  while (from < to && isSpaceCode(chunk.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(chunk.charCodeAt(to - 1))) to--;
  if (to > from) spans.push({ start: base + from, end: base + to });
}

/** The place (section kind, 'title' or 'header') of an offset. */
export function placeOf(doc: ParsedDocument, offset: number): Place {
  const title = doc.header.title;
  if (title && offset >= title.start && offset < title.end) return 'title';
  for (const section of doc.sections) if (offset >= section.start && offset < section.end) return section.kind;
  return 'header';
}
