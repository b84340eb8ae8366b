/**
 * Money that is no remedy of this decision, and remedy-sounding sentences that are no remedy:
 * each must yield no agreed payment (and, where stated, no remedy at all).
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { extractPayments } from '../../src/extract/payments.js';
import { remedyTotal } from '../../src/extract/refiners/remedy-total.js';
import { extractRemedies } from '../../src/extract/remedies.js';
import { parseText } from '../../src/parse/index.js';
import type { SectionKind } from '../../src/types.js';

const HEADINGS: Partial<Record<SectionKind, string>> = {
  complaint: 'The complaint', findings: 'What I found', analysis: 'Analysis', agreed_action: 'Agreed action',
};

/** One sentence placed in one section of a small decision (or as its summary). */
function ctxWith(sentence: string, section: SectionKind) {
  const lines = ['Anytown Council (24 001 234)', '', "The Ombudsman's final decision:", ''];
  lines.push(`Summary: ${section === 'summary' ? sentence : 'Mrs X complained about the Council.'}`, '');
  const heading = HEADINGS[section];
  if (heading) lines.push(heading, '', `  1. ${sentence}`, '');
  return createContext(parseText(lines.join('\n'), 'negative.txt'));
}

describe('money that is not this decision’s remedy', () => {
  it.each<[string, SectionKind]>([
    ['Mr X wants £16,000 compensation for the business he says he lost.', 'complaint'],
    ['He says that as a result he will lose around £16,000.', 'complaint'],
    ['Mrs X wants the Council to refund the £2,400 and pay her £5,000 for her distress.', 'summary'],
    ['She asked the Council for £3,000 to cover her legal costs.', 'complaint'],
    ['The Council charged Mrs X £1,250 a week for her mother’s residential care.', 'findings'],
    ['The care provider charges £23.40 per hour for home care.', 'findings'],
    ['Mrs X paid £400 for an independent occupational therapy report.', 'findings'],
    ['A disabled facilities grant of up to £30,000 is available for adaptations.', 'findings'],
    ['Mr Y owed £1,200 in council tax arrears when the enforcement agents visited.', 'findings'],
    ['The enforcement agent added a compliance fee of £75 and an enforcement fee of £235.', 'findings'],
    ['The penalty charge notice was for £70, reduced to £35 if paid within 14 days.', 'findings'],
    ['Her personal budget was reduced from £400 to £300 per week.', 'findings'],
    ['Our guidance on remedies suggests a payment of between £100 and £300 for distress.', 'analysis'],
    ['Our guidance suggests payments in the range £100-£500 for avoidable distress.', 'analysis'],
    ['The rent for the temporary accommodation was £950 a month.', 'findings'],
    ['The house sold for £420,000 in 2022.', 'findings'],
    ['The Council will waive the £90 administration fee.', 'agreed_action'],
    ['The Council decided to recover the £2,100 overpayment from Mr Z.', 'findings'],
    ['Mrs X said she had spent £600 on taxis to the hospital.', 'complaint'],
    ['Mrs X says the Council should pay her £5,000 for the stress it caused.', 'complaint'],
    ['The Council paid the care home £15,000 for the placement.', 'findings'],
    ['The Council paid the care home £15,000 for the placement.', 'summary'],
    ['The Council refused to pay Mrs X £500 compensation for the damage to her car.', 'summary'],
    ['Mr X disputed the overpayment amount of £2,180 the Council said he owed.', 'summary'],
    ['Mrs X claimed £900 for the furniture she says was lost in storage.', 'summary'],
    ['She spent £200 on repairs and £150 on storage.', 'summary'],
    ['Mrs X wants £5,000 for her distress and £1,000 for her legal costs.', 'summary'],
  ])('%s (%s)', (sentence, section) => {
    const ctx = ctxWith(sentence, section);
    const payments = extractPayments(ctx);
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.filter((p) => p.value.role === 'agreed')).toEqual([]);
  });
});

describe('sums that are prior, not agreed', () => {
  it.each<[string, SectionKind]>([
    ['In its stage two response the Council offered Mrs X £250 for her time and trouble.', 'findings'],
    ['The Council has already paid Mr X £150 as a goodwill gesture.', 'analysis'],
    ['It refunded the £80 it had wrongly charged.', 'summary'],
    ['This is in addition to the £50 the Council offered at stage one.', 'agreed_action'],
    ['The Council paid Mrs X £200 as a goodwill gesture.', 'findings'],
    ['In 2022 the Council paid £150 for her avoidable distress.', 'findings'],
    ['In its stage 2 response the Council paid £100.', 'findings'],
  ])('%s (%s)', (sentence, section) => {
    expect(extractPayments(ctxWith(sentence, section)).map((p) => p.value.role)).toEqual(['prior']);
  });
});

describe('no remedy at all', () => {
  it.each<string>([
    'Mr X wants the Council to apologise and pay him compensation.',
    'We have made recommendations to remedy the injustice caused.',
    'The Care Provider has agreed to take actions set out at the end of this statement to provide a remedy for that injustice.',
    'At the end of this statement, we set out action the Council has agreed to take to remedy that injustice.',
    'It refunded this. It has improved its systems to prevent reoccurrence. It offered to meet Miss X.',
    'We will not investigate Mr X’s complaint about the Council’s refusal to refund his parking charge.',
    'The Council should have apologised to Mrs X when it first identified the error.',
    'If the Council receives a further complaint, it will respond within 20 working days.',
    'The Council has already apologised and paid Mrs X £100.',
    'It is not unreasonable for him to appeal to the tribunal and ask it to reconsider.',
  ])('%s', (sentence) => {
    const ctx = ctxWith(sentence, 'summary');
    expect(extractRemedies(ctx, extractDeadlines(ctx))).toEqual([]);
    expect(remedyTotal(ctx, extractPayments(ctx))).toBe(0);
  });

  it('an action item that only asks for evidence of compliance is no remedy', () => {
    const ctx = ctxWith('The Council should provide us with evidence it has complied with the above actions.', 'agreed_action');
    expect(extractRemedies(ctx, extractDeadlines(ctx))).toEqual([]);
  });
});
