import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { htmlToText } from '../../src/ingest/html.js';
import { layoutPdfText } from '../../src/ingest/pdf-layout.js';
import { InputError } from '../../src/types.js';

const TAGS = ['p', 'div', 'ol', 'ul', 'li', 'br', 'script', 'nav', 'main', 'table', 'td', 'pre', 'h2', 'span', 'a'];
const markup = fc.array(
  fc.oneof(
    fc.constantFrom(...TAGS).map((t) => `<${t}>`),
    fc.constantFrom(...TAGS).map((t) => `</${t}>`),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('&amp;', '&pound;', '&#x2019;', '&bogus;', '<!--', '-->', '<![CDATA[', '<', '>', '"', '\u0000'),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('no input makes the ingest functions crash', () => {
  it('htmlToText takes any markup soup and returns tag-free lines', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const text = htmlToText(html);
        expect(text).not.toMatch(/^\n|\n$|\n{3}/);
        for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
      }),
      { numRuns: 500 },
    );
  });

  it('htmlToText survives 15,000 nested elements (no recursion)', () => {
    const deep = `${'<div><ul><li>'.repeat(5000)}Summary: deep${'</li></ul></div>'.repeat(5000)}`;
    expect(htmlToText(deep).trim().endsWith('Summary: deep')).toBe(true);
  });

  it('decodeText returns text or throws an InputError, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const { text } = decodeText(bytes, 'x.txt');
          expect(text).not.toContain('\r');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('layoutPdfText takes arbitrary item positions', () => {
    const item = fc.record({
      str: fc.string({ maxLength: 10 }),
      x: fc.double({ min: -100, max: 700, noNaN: true }),
      y: fc.double({ min: -100, max: 900, noNaN: true }),
      width: fc.double({ min: 0, max: 500, noNaN: true }),
      size: fc.double({ min: 0, max: 40, noNaN: true }),
      font: fc.constantFrom('f1', 'f2'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 30 }), { maxLength: 4 }), (pages) => {
        expect(typeof layoutPdfText(pages)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
