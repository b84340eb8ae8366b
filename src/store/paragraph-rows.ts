/**
 * The paragraph_spans rows of a document (schema v4): each paragraph with its UTF-8 offsets in
 * the decision text, which is all the `paragraphs` view needs to give its text back.
 */
import type { Paragraph, ParsedDocument } from '../types.js';
import type { Tuple } from './rows.js';

/** A UTF-16 code unit of a surrogate pair (or a lone one): the text keeps paragraph text of its own. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Paragraph rows, ending with [byte_start, byte_end, text]: the UTF-8 offsets of the paragraph
 * in the decision text and no text, or (a text with a surrogate) no offsets and its own text.
 */
export function paragraphTuples(doc: ParsedDocument): Tuple[] {
  const { text } = doc;
  const utf8 = SURROGATE.test(text) ? null : new Utf8Cursor(text);
  const rows: Tuple[] = [];
  const add = (p: Paragraph, sectionOrdinal: number, sectionKind: string, subsection: string | null, depth: number) => {
    rows.push([rows.length, sectionOrdinal, sectionKind, subsection, p.number, p.bullet, depth, p.start, p.end,
      utf8 ? utf8.of(p.start) : null, utf8 ? utf8.of(p.end) : null, utf8 ? null : text.slice(p.start, p.end)]);
    for (const item of p.items) add(item, sectionOrdinal, sectionKind, subsection, depth + 1);
  };
  doc.sections.forEach((s, i) => {
    for (const p of s.paragraphs) add(p, i, s.kind, null, 0);
    for (const sub of s.subsections) for (const p of sub.paragraphs) add(p, i, s.kind, sub.heading.text, 0);
  });
  return rows;
}

/** Characters that take more than one byte in UTF-8. */
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * UTF-8 offsets of UTF-16 offsets in a text without surrogates: the offset plus the extra bytes
 * of the non-ASCII characters before it (a few dozen in a decision: £, ’, “ ”, –), found by one
 * regex scan and looked up by binary search. No per-character loop in JavaScript.
 */
class Utf8Cursor {
  /** Offsets of the non-ASCII characters, and the extra bytes up to and including each. */
  private readonly at: number[] = [];
  private readonly extra: number[] = [];

  constructor(text: string) {
    let extra = 0;
    NON_ASCII.lastIndex = 0;
    for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
      extra += text.charCodeAt(m.index) < 0x800 ? 1 : 2;
      this.at.push(m.index);
      this.extra.push(extra);
    }
  }

  /** The UTF-8 offset of UTF-16 offset `offset`. */
  of(offset: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo > 0 ? this.extra[lo - 1]! : 0);
  }
}
