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
      utf8 ? utf8.at(p.start) : null, utf8 ? utf8.at(p.end) : null, utf8 ? null : text.slice(p.start, p.end)]);
    for (const item of p.items) add(item, sectionOrdinal, sectionKind, subsection, depth + 1);
  };
  doc.sections.forEach((s, i) => {
    for (const p of s.paragraphs) add(p, i, s.kind, null, 0);
    for (const sub of s.subsections) for (const p of sub.paragraphs) add(p, i, s.kind, sub.heading.text, 0);
  });
  return rows;
}

/**
 * UTF-8 offsets of UTF-16 offsets in a text without surrogates. Paragraph offsets come nearly in
 * order (a nested item starts back inside its parent), so a cursor that moves either way visits
 * each character about once, with no allocation.
 */
class Utf8Cursor {
  private at16 = 0;
  private at8 = 0;
  constructor(private readonly text: string) {}

  at(offset: number): number {
    const { text } = this;
    for (; this.at16 < offset; this.at16++) this.at8 += utf8Length(text.charCodeAt(this.at16));
    for (; this.at16 > offset; this.at16--) this.at8 -= utf8Length(text.charCodeAt(this.at16 - 1));
    return this.at8;
  }
}

const utf8Length = (c: number): number => (c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
