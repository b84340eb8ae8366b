import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/parse/header.js';
import { parseText } from '../../src/parse/index.js';
import { corpusDoc, gold } from '../helpers/corpus.js';

describe('header fields of every bundled decision equal the hand labels', () => {
  for (const g of gold()) {
    it(g.file, () => {
      const { header } = corpusDoc(g.file);
      const orgs = header.organisations.map((o) => o.value);
      if (g.organisation !== null) expect(orgs.length === 1 ? orgs[0] : orgs).toEqual(g.organisation);
      if (g.case_number !== null) expect(header.caseNumber?.value).toBe(g.case_number);
      expect(header.category?.value ?? null).toBe(g.category);
      expect(header.outcome?.value ?? null).toBe(g.outcome);
      expect(header.decisionDate?.value ?? null).toBe(g.decision_date);
      expect(header.summary).not.toBeNull();
    });
  }
});

describe('isoDate', () => {
  it.each([
    ['16 May 2024', '2024-05-16'],
    ['03 Sep 2013', '2013-09-03'],
    ['1 September 2020', '2020-09-01'],
    ['29 Feb 2024', '2024-02-29'],
  ])('%s -> %s', (printed, iso) => expect(isoDate(printed)).toBe(iso));

  it.each(['31 Feb 2024', 'May 2024', '16/05/2024', '12 Foo 2020'])('rejects %s', (printed) => {
    expect(isoDate(printed)).toBeNull();
  });
});

describe('title lines', () => {
  const titleOf = (line: string) => {
    const { header } = parseText(`${line}\n\nCategory : Adult care services > Domiciliary care\n\nSummary: We found fault by the care provider.\n`);
    return { orgs: header.organisations.map((o) => o.value), caseNumber: header.caseNumber?.value ?? null };
  };
  it.each<[string, string[], string]>([
    ['Kent County Council (22 010 680)', ['Kent County Council'], '22 010 680'],
    ['Leeds City Council (16 010 636c)', ['Leeds City Council'], '16 010 636c'],
    ['Homecare Ltd (20 004 321, Report)', ['Homecare Ltd'], '20 004 321'],
    ['Homecare Ltd (20 004 321 , Public report)', ['Homecare Ltd'], '20 004 321'],
  ])('%s', (line, orgs, caseNumber) => {
    expect(titleOf(line)).toEqual({ orgs, caseNumber });
  });
});
