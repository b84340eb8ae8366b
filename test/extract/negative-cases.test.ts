/**
 * Sentences that must produce nothing (or must not produce the tempting wrong value), and the
 * evidence contract over every bundled decision.
 */
import { describe, expect, it } from 'vitest';
import { extractCaseNumbers } from '../../src/extract/case-numbers.js';
import { createContext } from '../../src/extract/context.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractFaultThemes } from '../../src/extract/fault-themes.js';
import { extractFindings, readFindingSentence } from '../../src/extract/findings.js';
import { extractLegislation } from '../../src/extract/legislation.js';
import { extractPeople } from '../../src/extract/people.js';
import { parseText } from '../../src/parse/index.js';
import type { SectionKind } from '../../src/types.js';
import { corpusDoc, corpusFiles } from '../helpers/corpus.js';

const ctxOf = (summary: string) => createContext(parseText(`Summary: ${summary}`, 'negative.txt'));

describe('no fault is never read as fault', () => {
  it.each<[string, SectionKind]>([
    ['We did not find fault in the way the Council decided the application.', 'summary'],
    ['There is no evidence of fault by the Council.', 'summary'],
    ['There is not enough evidence of fault to warrant an investigation.', 'summary'],
    ['There is insufficient evidence of fault by the Council, or of fault causing a significant injustice to Miss X.', 'summary'],
    ['There was no fault in how the Council reached its decision.', 'summary'],
    ['The Council was not at fault for how it decided the allowance.', 'summary'],
    ['The Ombudsman has found no evidence of fault in the way the Council considered these matters.', 'summary'],
    ['We have not found the Council to be at fault.', 'summary'],
    ['I do not consider the Council was at fault.', 'final_decision'],
    ['There is no sign of fault by the Council.', 'summary'],
    ['If there has been fault which has caused an injustice, we may suggest a remedy.', 'summary'],
    ['We must consider whether there was fault in the way the decision was reached.', 'analysis'],
    ['Ms X complains the Council was at fault in the way it dealt with her complaints.', 'summary'],
    ['She said the faults caused unnecessary distress and stress.', 'summary'],
    ['Mr X wants the Council to accept it was at fault.', 'summary'],
    ['We did not find the Council acted with fault.', 'summary'],
    ['Mrs X says the Council acted with fault when it closed her case.', 'summary'],
    ['If the Council acted with fault, we would consider a remedy.', 'summary'],
    ['The stage 3 panel upheld all of Mrs X’s complaints.', 'findings'],
  ])('%s', (sentence, section) => {
    expect(readFindingSentence(sentence, section).value.fault).not.toBe(true);
  });

  it('a refusal to investigate part of a complaint does not make the decision uninvestigated', () => {
    expect(readFindingSentence('We will not investigate the part of Mrs X’s complaint about events in 2019.', 'summary').value.investigated).toBeUndefined();
  });

  it('the Ombudsman’s powers section decides nothing', () => {
    const doc = parseText([
      'Anytown Council (22 010 680)', '', "The Ombudsman's final decision:", '', 'Summary: Mrs X complained about the Council.', '',
      'The Ombudsman’s role and powers', '',
      '  1. We do not start or continue an investigation if we decide there is not enough evidence of fault to justify investigating.',
      '  2. If there was no fault in how the organisation made its decision, we cannot question the outcome.',
    ].join('\n'), 'powers.txt');
    expect(extractFindings(createContext(doc)).value).toEqual({ fault: null, injustice: null, investigated: null });
  });
});

describe('words that look like the thing but are not', () => {
  it.each([
    'The Council did not act on the reports and it failed to act quickly.',
    'Mrs X asked the Council to act in her son’s best interests.',
    'The Council acted within the law in 2021.',
    'This is an act of kindness.',
  ])('no Act from "act": %s', (summary) => {
    expect(extractLegislation(ctxOf(summary))).toEqual([]);
  });

  it.each([
    'The social worker (SW) and the investigating officer (IO) met the independent person (IP) and SWM.',
    'The EHCP was issued and the SENCO attended.',
    'A decision was made and I considered it.',
    'Section B of the EHC Plan and Part C of the form were incomplete.',
    'Mr Smith and Mrs Jones from the Council visited.',
    'Category A drugs and Plan B were discussed.',
  ])('no person from initialisms, labels or real surnames: %s', (summary) => {
    expect(extractPeople(ctxOf(summary))).toEqual([]);
  });

  it.each([
    'Call us on 0300 061 0614 between 8.30am and 5pm.',
    'The Council paid £10 000 000 to the developer.',
    'Her account number is 1234 567 890.',
  ])('no case number from phone numbers or sums: %s', (summary) => {
    expect(extractCaseNumbers(ctxOf(summary))).toEqual([]);
  });

  it.each([
    '(Local Government Act 1974, section 26(1), as amended)',
    'The Adoption Support Services Regulations 2005 set out the support payable.',
    'The Council paid £2,750 under section 17 within 28 days.',
    'Councils have up to 20 working days to respond and 13 weeks to complete stage two.',
    'A few days later Mrs X asked again.',
  ])('no event date from statute years, sections, money or durations: %s', (body) => {
    const doc = parseText(`Anytown Council (22 010 680)\n\nThe Ombudsman's final decision:\n\nSummary: Mrs X complained.\n\nWhat I found\n\n  1. ${body}`, 'd.txt');
    expect(extractDates(createContext(doc))).toEqual([]);
  });

  it('no fault theme for a decision without fault', () => {
    const ctx = ctxOf('Mrs X complained the Council delayed and lost her records. There was no fault.');
    expect(extractFaultThemes(ctx, extractFindings(ctx).value.fault)).toEqual([]);
  });
});

describe('evidence over the bundled decisions', () => {
  it.each(corpusFiles())('%s: every mention is the text at its span', (file) => {
    const doc = corpusDoc(file);
    const ctx = createContext(doc);
    const mentions = [
      ...extractCaseNumbers(ctx), ...extractPeople(ctx), ...extractDates(ctx), ...extractLegislation(ctx),
      ...extractFindings(ctx).mentions, ...extractFaultThemes(ctx, extractFindings(ctx).value.fault),
    ];
    for (const m of mentions) {
      expect(m.text).toBe(doc.text.slice(m.start, m.end));
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.rule).not.toBe('');
    }
  });
});
