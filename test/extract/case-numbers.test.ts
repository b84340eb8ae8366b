import { describe, expect, it } from 'vitest';
import { canonicalRef, extractCaseNumbers } from '../../src/extract/case-numbers.js';
import { createContext } from '../../src/extract/context.js';
import { parseText } from '../../src/parse/index.js';

function refs(title: string, summary: string) {
  const doc = parseText(`${title}\n\nThe Ombudsman's final decision:\n\nSummary: ${summary}`, 'case.txt');
  const found = extractCaseNumbers(createContext(doc));
  for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => [m.value.ref, m.value.role, m.section]);
}

describe('case numbers', () => {
  it('takes the decision’s own number from the title', () => {
    expect(refs('Anytown Council (22 010 680)', 'Mr X complained.')).toEqual([['22 010 680', 'self', 'title']]);
  });

  it('keeps the joint-case letter', () => {
    expect(refs('United Hospitals NHS Trust (16 010 636c)', 'Ms A complained.')).toEqual([['16 010 636c', 'self', 'title']]);
  });

  it.each<[string, string[][]]>([
    ['We considered our decision on case 19 004 123 about the same property.', [['19 004 123', 'cited', 'summary']]],
    ['Mrs X complained before (20 001 234) and we found fault.', [['20 001 234', 'cited', 'summary']]],
    ['This decision (22 010 680) replaces our earlier one.', [['22 010 680', 'self', 'summary']]],
    ['Earlier complaints 19 004 123, 20 001 234 and 21 002 345 were closed.', [['19 004 123', 'cited', 'summary'], ['20 001 234', 'cited', 'summary'], ['21 002 345', 'cited', 'summary']]],
  ])('%s', (summary, expected) => {
    expect(refs('Anytown Council (22 010 680)', summary).slice(1)).toEqual(expected);
  });

  it.each([
    'Mrs X can call the Council on 0300 061 0614 or 01234 567 890.',
    'The Council paid £12 345 678 to the contractor.',
    'The figure was 1 234 567 890 in total.',
    'The reference 22 010 6801 is not ours.',
    'Tel: 020 7946 0958.',
  ])('ignores numbers that are not references: %s', (summary) => {
    expect(refs('Anytown Council (22 010 680)', summary).slice(1)).toEqual([]);
  });

  it('compares references without regard to spacing or letter case', () => {
    expect(canonicalRef('16  010 636C')).toBe(canonicalRef('16 010 636c'));
  });
});
