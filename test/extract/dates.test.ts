import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { CALENDAR_DATES, CALENDAR_DATE_PARSERS, extractDates } from '../../src/extract/dates.js';
import { parseText } from '../../src/parse/index.js';

/** Event dates in the body of a decision dated 16 May 2024 (or undated). */
function dates(body: string, dated = true) {
  const header = ['Anytown Council (23 015 499)', '', ...(dated ? ['Decision date : 16 May 2024', ''] : []), "The Ombudsman's final decision:", ''];
  const doc = parseText([...header, 'Summary: Miss X complained about the Council.', '', 'What I found', '', `  1. ${body}`].join('\n'), 'dates.txt');
  const found = extractDates(createContext(doc));
  for (const m of found) {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(m.value.sentence.start);
    expect(m.end).toBeLessThanOrEqual(m.value.sentence.end);
  }
  return { doc, found };
}
const events = (body: string, dated = true) =>
  dates(body, dated).found.filter((m) => m.value.role === 'event').map((m) => [m.text, m.value.iso, m.value.precision, m.value.qualifier]);

describe('dates', () => {
  it('gives the decision date from the header', () => {
    const { found } = dates('Nothing dated here.');
    expect(found.map((m) => [m.value.role, m.value.iso, m.value.precision, m.section, m.text])).toEqual([
      ['decision', '2024-05-16', 'day', 'header', '16 May 2024'],
    ]);
  });

  it.each<[string, (string | null)[][]]>([
    ['The Council responded on 4 March 2024.', [['4 March 2024', '2024-03-04', 'day', null]]],
    ['In early February 2024 Mr B complained.', [['early February 2024', '2024-02-01', 'month', 'early']]],
    ['In the third week of July 2023 Miss X complained.', [['third week of July 2023', '2023-07-01', 'month', 'third week of']]],
    ['The correspondence from mid-December 2023 supports her account.', [['mid-December 2023', '2023-12-01', 'month', 'mid']]],
    ['Miss X contacted us at the beginning of January 2024.', [['beginning of January 2024', '2024-01-01', 'month', 'beginning of']]],
    ['The visits were reduced at the end of November 2023.', [['end of November 2023', '2023-11-01', 'month', 'end of']]],
    ['Her involvement ended before Christmas 2023.', [['Christmas 2023', '2023-12-25', 'day', 'Christmas']]],
    ['She has raised the issue with the Council since 2017.', [['2017', '2017-01-01', 'year', null]]],
    ['Her son has been out of school since late 2019.', [['late 2019', '2019-01-01', 'year', 'late']]],
    ['The work was finished by the end of 2022.', [['end of 2022', '2022-01-01', 'year', 'end of']]],
    ['A reassessment took place in summer 2023.', [['summer 2023', '2023-06-01', 'month', 'summer']]],
    ['The letter dated 04/03/2024 arrived late.', [['04/03/2024', '2024-03-04', 'day', null]]],
    ['He complained several times between October and December 2023.', [['October', '2023-10-01', 'month', null], ['December 2023', '2023-12-01', 'month', null]]],
  ])('%s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });

  it('gives a month without a year the year of the narrative so far', () => {
    expect(events('In the third week of July 2023 Miss X complained. In its response from the beginning of September the Council explained its actions.')).toEqual([
      ['third week of July 2023', '2023-07-01', 'month', 'third week of'],
      ['beginning of September', '2023-09-01', 'month', 'beginning of'],
    ]);
  });

  it('never puts a year-less month after the decision date', () => {
    expect(events('The panel met in September.')).toEqual([['September', '2023-09-01', 'month', null]]);
  });

  it('skips relative phrases that only the decision date could anchor', () => {
    expect(events('Two days after the letter Miss X complained. A few days later she asked again, and the Council replied within 28 days.')).toEqual([]);
  });

  it('reads the printed date, not a relative lead-in, weekday or time around it', () => {
    expect(events('Two weeks after 5 March 2023 the Council wrote to her.')).toEqual([['5 March 2023', '2023-03-05', 'day', null]]);
    expect(events('At 9:30 on Tuesday 14 November 2023 the bailiff arrived.')).toEqual([['14 November 2023', '2023-11-14', 'day', null]]);
  });

  it('runs chrono with its calendar-date parsers only (every listed parser is found in this chrono)', () => {
    expect(CALENDAR_DATES.parsers.map((p) => p.constructor.name)).toEqual(CALENDAR_DATE_PARSERS);
  });

  it('works without a decision date, keeping only dates whose year is known', () => {
    expect(events('In May 2020, Mrs X approached the Council. In June the Council replied.', false)).toEqual([
      ['May 2020', '2020-05-01', 'month', null],
      ['June', '2020-06-01', 'month', null],
    ]);
    expect(events('The panel met in September.', false)).toEqual([]);
  });
});
