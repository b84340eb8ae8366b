import { describe, expect, it } from 'vitest';
import { headingKind } from '../../src/parse/headings.js';
import { parseText } from '../../src/parse/index.js';
import type { Paragraph } from '../../src/types.js';
import { corpusDoc, gold } from '../helpers/corpus.js';

describe('section kinds in order equal the hand labels (full decisions)', () => {
  for (const g of gold().filter((r) => r.sections !== null)) {
    it(g.file, () => expect(corpusDoc(g.file).sections.map((s) => s.kind)).toEqual(g.sections));
  }
});

describe('every partial decision still parses, summary first', () => {
  for (const g of gold()) {
    it(g.file, () => {
      const doc = corpusDoc(g.file);
      expect(doc.sections[0]?.kind).toBe('summary');
      expect(doc.sections.length).toBeGreaterThan(0);
    });
  }
});

const outline = (paras: Paragraph[], text: string): unknown[] =>
  paras.map((p) => [p.number ?? p.bullet, text.slice(p.start, Math.min(p.end, p.start + 24)), ...(p.items.length ? [outline(p.items, text)] : [])]);

describe('paragraph numbering and nesting', () => {
  it('numbered layout (23-015-499): printed numbers, bullets nested under their paragraph', () => {
    const doc = corpusDoc('23-015-499.txt');
    expect(doc.layout).toBe('numbered');
    const complaint = doc.sections.find((s) => s.kind === 'complaint')!;
    expect(outline(complaint.paragraphs, doc.text)).toEqual([
      ['1', 'Miss X says the Council ', [
        ['•', 'Carry out the actions sp'],
        ['•', 'Carry out stage three of'],
        ['•', 'Interview the Council’s '],
        ['•', 'Explain the process.'],
      ]],
      ['2', 'Miss X says the Council’'],
    ]);
    const findings = doc.sections.find((s) => s.kind === 'findings')!;
    expect(findings.subsections.map((s) => s.heading.text)).toEqual(['Legal and administrative background', 'What happened']);
    expect(findings.subsections[1]!.paragraphs.map((p) => p.number)).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
    );
    const action = doc.sections.find((s) => s.kind === 'agreed_action')!;
    expect(action.paragraphs).toHaveLength(1);
    expect(action.paragraphs[0]!.items.map((i) => doc.text.slice(i.start, i.start + 10))).toEqual(['Send a wri', 'Pay Miss X']);
  });

  it('numbered sub-list (22-001-239): "1." items nested by indentation', () => {
    const doc = corpusDoc('22-001-239.txt');
    const complaint = doc.sections.find((s) => s.kind === 'complaint')!;
    expect(complaint.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(complaint.paragraphs[0]!.items.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('bullet layout (24-012-183): "- " paragraphs, a colon opens a nested list', () => {
    const doc = corpusDoc('24-012-183.txt');
    expect(doc.layout).toBe('bulleted');
    const findings = doc.sections.find((s) => s.kind === 'findings')!;
    expect(findings.paragraphs).toHaveLength(8);
    expect(findings.paragraphs.every((p) => p.bullet === '-' && p.number === null)).toBe(true);
    const duties = findings.subsections.find((s) => s.heading.text === 'Section 17 duties')!;
    expect(outline(duties.paragraphs, doc.text)).toEqual([
      ['-', 'Section 17 of the Childr'],
      ['-', 'A child is in need if:', [
        ['-', 'they are unlikely to ach'],
        ['-', 'their health or developm'],
        ['-', 'they are disabled.'],
      ]],
      ['-', 'Under the Children Act 1'],
    ]);
    const analysis = doc.sections.find((s) => s.kind === 'analysis')!;
    expect(analysis.subsections.map((s) => s.heading.text)).toEqual(['Early referral', 'Delay']);
    const decision = doc.sections.at(-1)!;
    expect(decision.kind).toBe('final_decision');
    expect(doc.text.slice(decision.start, decision.end)).toBe(
      'Decision\n- I find fault causing injustice. The Council has agreed actions to remedy injustice.',
    );
  });

  it('old plain layout (15-010-742): unheaded body becomes the summary', () => {
    const doc = corpusDoc('15-010-742.txt');
    expect(doc.layout).toBe('plain');
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary']);
    expect(doc.sections[0]!.heading).toBeNull();
    expect(doc.header.summary!.value).toMatch(/^Complaint from two men/);
  });

  it('a hard-wrapped "Summary:" line continues on the next line', () => {
    const text = ['Anytown Council (23 004 567)', '', "The Ombudsman's final decision:", '',
      'Summary: We found fault. The Council has agreed to apologise, pay', 'Ms X £750, and improve its service.', '', 'The complaint', '', '  1. Ms X complained.'].join('\n');
    const doc = parseText(text, 'wrapped.txt');
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'complaint']);
    const [summary] = doc.sections[0]!.paragraphs;
    expect(doc.text.slice(summary!.start, summary!.end)).toBe('We found fault. The Council has agreed to apologise, pay\nMs X £750, and improve its service.');
  });

  it('a "Summary:" line that opens a list keeps its items; an unheaded paragraph after them does not join it', () => {
    const text = ['Anytown Council (23 004 567)', '', "The Ombudsman's final decision:", '',
      'Summary: We found fault. To remedy the injustice the Council has agreed to:', '    • apologise to Mrs X;', '    • pay her £250.', '',
      'Mrs X also raised other concerns.', '', 'The complaint', '', '  1. Mrs X complained.'].join('\n');
    const doc = parseText(text, 'summary-list.txt');
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'other', 'complaint']);
    const [summary] = doc.sections[0]!.paragraphs;
    expect(summary!.items.map((p) => doc.text.slice(p.start, p.end))).toEqual(['apologise to Mrs X;', 'pay her £250.']);
    expect(doc.text.slice(doc.sections[0]!.start, doc.sections[0]!.end)).toMatch(/^Summary: .*pay her £250\.$/s);
  });
});

describe('headings are named from their words', () => {
  it.each([
    ['The complaint', 'complaint'],
    ['What I have and have not investigated', 'scope'],
    ['What I have not investigated', 'scope'],
    ['Parts of the complaint that I did not investigate', 'scope'],
    ['The Ombudsmen’s role and powers', 'role_and_powers'],
    ['How I considered this complaint', 'how_considered'],
    ['How we considered this complaint', 'how_considered'],
    ['What I found', 'findings'],
    ['Findings of fault', 'analysis'],
    ['My assessment', 'analysis'],
    ['Conclusions', 'analysis'],
    ['Was there fault by the Council?', 'analysis'],
    ['Agreed action', 'agreed_action'],
    ['Actions', 'agreed_action'],
    ['Recommendations', 'agreed_action'],
    ['Final decision', 'final_decision'],
    ['Decision', 'final_decision'],
  ])('%s -> %s', (heading, kind) => expect(headingKind(heading)).toBe(kind));

  it.each(['Stage two complaint', 'What happened', 'Complaint handling', 'Decision making', 'Legal and administrative background'])(
    '%s is not a top-level kind',
    (heading) => expect(headingKind(heading)).toBeNull(),
  );

  it('an unseen heading still splits: unknown headings become subsections, known ones sections', () => {
    const doc = parseText([
      'Anytown Borough Council (23 001 002)',
      'Summary: Mr X complained about parking. We found no fault.',
      'The complaint',
      '- Mr X complained about a parking fine.',
      'Background to the parking scheme',
      '- The scheme started in 2020.',
      'Was there fault causing injustice?',
      '- There was no fault.',
      'Final decision',
      '- I have completed my investigation.',
    ].join('\n'));
    expect(doc.sections.map((s) => [s.kind, s.subsections.map((x) => x.heading.text)])).toEqual([
      ['summary', []],
      ['complaint', ['Background to the parking scheme']],
      ['analysis', []],
      ['final_decision', []],
    ]);
  });
});
