/**
 * Deadlines: periods and dates the action section sets, normalised as written, with approximate
 * days and a due date from the decision date; periods outside the action section are no deadline.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractDeadlines, periodValue } from '../../src/extract/deadlines.js';
import { parseText } from '../../src/parse/index.js';
import { corpusDoc, corpusFiles } from '../helpers/corpus.js';

function decision(action: string[], opts: { date?: string; findings?: string[]; summary?: string } = {}) {
  const lines = ['Anytown Council (23 004 567)', ''];
  if (opts.date !== '') lines.push(`Decision date : ${opts.date ?? '16 May 2024'}`, '');
  lines.push("The Ombudsman's final decision:", '', `Summary: ${opts.summary ?? 'We found fault.'}`, '');
  if (opts.findings) lines.push('What I found', '', ...opts.findings.map((f, i) => `  ${i + 1}. ${f}`), '');
  if (action.length > 0) lines.push('Agreed action', '', ...action.map((a, i) => `  ${i + 1}. ${a}`), '');
  lines.push('Final decision', '', '  1. I have completed my investigation.');
  return createContext(parseText(lines.join('\n'), 'deadlines.txt'));
}
const values = (action: string[], opts?: Parameters<typeof decision>[1]) => extractDeadlines(decision(action, opts)).map((d) => d.value);

describe('periods in the action section', () => {
  it.each<[string, string, number, string]>([
    ['Within one month of the final decision, the Council will apologise to Mrs X.', 'one month', 30, '2024-06-16'],
    ['We recommend the Council within four weeks of my final decision pays Mr Y £200.', 'four weeks', 28, '2024-06-13'],
    ['Within three months of the date of my final decision the Council will review its procedure.', 'three months', 90, '2024-08-16'],
    ['The Council will, within 28 days of my final decision, apologise to Miss Z.', '28 days', 28, '2024-06-13'],
    ['The Council will reassess Mr W within 20 working days of my final decision.', '20 working days', 28, '2024-06-13'],
    ['The Council should, within a month of my decision, pay Ms V £150.', 'one month', 30, '2024-06-16'],
    ['The Council will respond to Mr U’s appeal within six weeks.', 'six weeks', 42, '2024-06-27'],
    ['The Council should complete the new assessment within 3 months of my decision.', '3 months', 90, '2024-08-16'],
    ['The Council will review its policy within twenty-eight days of the final decision.', 'twenty-eight days', 28, '2024-06-13'],
    ['The Council will apologise within one calendar month of the Ombudsman’s final decision.', 'one month', 30, '2024-06-16'],
  ])('%s', (sentence, period, days, due) => {
    expect(values([sentence])).toEqual([{ period, days, due }]);
  });

  it('calendar months are added as months, clamped to the month’s last day', () => {
    expect(values(['Within one month of my final decision the Council will apologise.'], { date: '31 January 2024' }))
      .toEqual([{ period: 'one month', days: 30, due: '2024-02-29' }]);
  });

  it('a date: "by 31 March 2025", and "by the end of June 2024"', () => {
    expect(values(['The Council will update its website by 31 March 2025.', 'The Council will issue the amended plan by the end of June 2024.']))
      .toEqual([{ period: '31 March 2025', days: 319, due: '2025-03-31' }, { period: 'end of June 2024', days: 45, due: '2024-06-30' }]);
  });

  it('without a decision date the due date is null', () => {
    expect(values(['Within one month of the final decision, the Council will apologise.'], { date: '' }))
      .toEqual([{ period: 'one month', days: 30, due: null }]);
  });
});

describe('not deadlines', () => {
  it('the law’s timescales in the findings', () => {
    const findings = ['Councils have up to 20 working days to respond at stage one.', 'The council must hold the panel within 30 days of the request.'];
    expect(values(['The Council will apologise to Mrs X.'], { findings })).toEqual([]);
  });

  it.each([
    'The Council will remind staff that complaints should be answered within 20 working days.',
    'The Council will review its procedures to ensure assessments are completed within 28 days.',
    'Stage two should be completed within 25 working days.',
  ])('a period that is the content of the action: %s', (sentence) => {
    expect(values([sentence])).toEqual([]);
  });

  it('a summary period is used only when there is no action section', () => {
    const summary = 'The Council should, within three months from the date of this report, apologise and pay Mr X £250.';
    expect(values([], { summary }).map((d) => d.period)).toEqual(['three months']);
    expect(values(['The Council will apologise.'], { summary })).toEqual([]);
  });
});

describe('periodValue', () => {
  it('normalises articles and fortnights', () => {
    expect(periodValue('a', undefined, 'fortnight', '2024-05-16')).toEqual({ period: 'two weeks', days: 14, due: '2024-05-30' });
    expect(periodValue('an', undefined, 'year', null)).toEqual({ period: 'one year', days: 365, due: null });
  });
});

describe('the bundled decisions', () => {
  it.each<[string, string[]]>([
    ['21-018-132.txt', ['one month', 'three months']],
    ['23-015-499.txt', ['four weeks']],
    ['24-012-183.txt', ['one month']],
  ])('%s', (file, periods) => {
    expect(extractDeadlines(createContext(corpusDoc(file))).map((d) => d.value.period)).toEqual(periods);
  });

  it.each(corpusFiles())('%s: evidence is the text at the offsets', (file) => {
    const doc = corpusDoc(file);
    for (const d of extractDeadlines(createContext(doc))) expect(d.text).toBe(doc.text.slice(d.start, d.end));
  });
});
