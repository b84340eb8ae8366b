import { describe, expect, it } from 'vitest';
import { tokenizeLines } from '../../src/parse/lines.js';
import type { ParsedDocument, Paragraph, Span } from '../../src/types.js';
import { corpusDoc, corpusFiles } from '../helpers/corpus.js';

function allParagraphs(paras: Paragraph[]): Paragraph[] {
  return paras.flatMap((p) => [p, ...allParagraphs(p.items)]);
}

function covered(doc: ParsedDocument): Span[] {
  const spans: Span[] = [];
  const h = doc.header;
  for (const f of [h.title, h.category, h.outcome, h.decisionDate, h.summary]) if (f) spans.push(f);
  for (const s of doc.sections) {
    if (s.heading) spans.push(s.heading);
    spans.push(...allParagraphs(s.paragraphs));
    for (const sub of s.subsections) spans.push(sub.heading, ...allParagraphs(sub.paragraphs));
  }
  return spans;
}

describe('offsets point into the normalised text', () => {
  for (const file of corpusFiles()) {
    it(file, () => {
      const doc = corpusDoc(file);
      const { text } = doc;
      for (const section of doc.sections) {
        const slice = text.slice(section.start, section.end);
        expect(slice).toBe(slice.trim());
        if (section.heading) {
          expect(text.slice(section.heading.start, section.heading.end)).toBe(section.heading.text);
          expect(section.start).toBe(section.heading.start);
        }
        for (const sub of section.subsections) {
          expect(text.slice(sub.heading.start, sub.heading.end)).toBe(sub.heading.text);
          expect(sub.start).toBeGreaterThanOrEqual(section.start);
          expect(sub.end).toBeLessThanOrEqual(section.end);
        }
        const paras = [...allParagraphs(section.paragraphs), ...section.subsections.flatMap((s) => allParagraphs(s.paragraphs))];
        for (const p of paras) {
          const content = text.slice(p.start, p.end);
          expect(content.length).toBeGreaterThan(0);
          expect(content).toBe(content.trim());
          expect(content).not.toMatch(/^(\d{1,3}\.|[-•])\s/);
          expect(p.start).toBeGreaterThanOrEqual(section.start);
          expect(p.end).toBeLessThanOrEqual(section.end);
        }
      }
      // Nothing is lost: every non-blank line's content is inside a header field, heading or paragraph,
      // except the "final decision" marker and signature lines.
      const spans = covered(doc);
      for (const line of tokenizeLines(text)) {
        if (line.blank) continue;
        const lineContent = text.slice(line.contentStart, line.end);
        if (/final decision:$|^(Category|Decision|Decision date) :|on behalf of the Ombudsm[ae]n$/.test(lineContent)) continue;
        const inside = spans.some((s) => s.start <= line.contentStart && line.end <= s.end) ||
          spans.some((s) => s.start >= line.contentStart && s.end <= line.end);
        expect(inside, `line not covered: ${lineContent.slice(0, 60)}`).toBe(true);
      }
    });
  }
});
