/**
 * What every extractor receives: the parsed document plus the views of it that several
 * extractors need (sentences in document order, the decision date). Built once per document.
 */
import { type Sentence, placeOf, sentences } from '../parse/sentences.js';
import type { Mention, ParsedDocument, Place, SectionKind, Span } from '../types.js';

export interface ExtractContext {
  doc: ParsedDocument;
  /** Every sentence of every section, in document order. */
  sentences: Sentence[];
  /** ISO decision date from the header, when printed. */
  decisionDate: string | null;
}

export function createContext(doc: ParsedDocument): ExtractContext {
  return { doc, sentences: sentences(doc), decisionDate: doc.header.decisionDate?.value ?? null };
}

export function sentencesIn(ctx: ExtractContext, ...kinds: SectionKind[]): Sentence[] {
  return ctx.sentences.filter((s) => kinds.includes(s.section));
}

export function hasSection(ctx: ExtractContext, kind: SectionKind): boolean {
  return ctx.doc.sections.some((s) => s.kind === kind);
}

/** Build a mention whose evidence is exactly the text at [start, end). */
export function mention<K extends string, V>(
  ctx: ExtractContext, kind: K, value: V, span: Span, rule: string, section?: Place,
): Mention<K, V> {
  return {
    kind,
    value,
    section: section ?? placeOf(ctx.doc, span.start),
    start: span.start,
    end: span.end,
    text: ctx.doc.text.slice(span.start, span.end),
    rule,
  };
}

/** The sentence that contains an offset, if any. */
export function sentenceAt(ctx: ExtractContext, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export type { Sentence };
