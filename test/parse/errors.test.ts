import { describe, expect, it } from 'vitest';
import { normaliseText, parseText } from '../../src/parse/index.js';
import { corpusText } from '../helpers/corpus.js';

describe('text that is not an Ombudsman decision is rejected whole', () => {
  it('a recipe is not a decision', () => {
    expect(() => parseText('Shortbread\n\nMix the butter and sugar.\nAdd flour and bake.', 'recipe.txt')).toThrow(
      'recipe.txt: not an Ombudsman decision: no title line with a case number and no summary',
    );
  });

  it('a one-line note is not a decision either', () => {
    expect(() => parseText('Just a note, not a decision.', 'note.txt')).toThrow(/note\.txt: not an Ombudsman decision/);
  });

  it('a page of cookie banner only has no decision text', () => {
    expect(() => parseText('Privacy settings\n\nRequired cookies\n\nBack to top\n', 'banner.txt')).toThrow(/no decision text/);
  });

  it('a decision cut to its title and summary still parses', () => {
    const doc = parseText('Surrey County Council (21 018 132)\nThe Ombudsman\'s final decision:\nSummary: We found fault.');
    expect(doc.header.caseNumber?.value).toBe('21 018 132');
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary']);
    expect(doc.complete).toBe(false);
  });
});

describe('normalised text', () => {
  it('drops the cookie banner, "Back to top", "Print this page" and the logo line', () => {
    const text = normaliseText(corpusText('18-010-733.txt'));
    expect(text.startsWith('Westhome Care Services Limited (18 010 733)')).toBe(true);
    expect(text).not.toMatch(/cookies|Back to top|LGO logogram|Privacy settings/);
  });

  it('drops a table of contents that only repeats the section headings', () => {
    const text = normaliseText(corpusText('22-011-513.txt'));
    expect(text.split('\n').slice(0, 2)).toEqual(['Hertfordshire County Council (22 011 513)', "The Ombudsman's final decision:"]);
    expect(text).toContain('\nThe complaint\n- I have called the complainant');
  });

  it('keeps a list near the top that is not a table of contents', () => {
    const raw = 'Anytown Council (23 001 002)\n- Mr X paid a fee\n- He was charged twice\nSummary: We found fault.';
    expect(normaliseText(raw)).toBe(raw);
  });

  it('collapses blank runs, trims line ends and unifies line breaks', () => {
    expect(normaliseText('A (12 345 678)\r\n\r\n\r\nSummary: x  \r\n')).toBe('A (12 345 678)\n\nSummary: x');
  });
});
