/**
 * Payments: amounts, recipients, purposes, roles (agreed / prior / superseded / not_remedy),
 * totals and their parts, "each of the N", and the remedy total, on realistic decision text.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { PAYMENT_REFINERS, extractPayments, proposePayments } from '../../src/extract/payments.js';
import { remedyTotal } from '../../src/extract/refiners/remedy-total.js';
import { parseText } from '../../src/parse/index.js';
import type { PaymentMention } from '../../src/types.js';
import { corpusDoc, corpusFiles, gold } from '../helpers/corpus.js';

type Para = string | string[];
interface Parts { summary?: string; complaint?: Para[]; findings?: Para[]; analysis?: Para[]; action?: Para[] }

/** A decision in the published layout: numbered paragraphs, nested bullet items. */
function decision(p: Parts) {
  const lines = ['Anytown Council (23 004 567)', '', 'Decision date : 16 May 2024', '', "The Ombudsman's final decision:", '',
    `Summary: ${p.summary ?? 'Mrs X complained about the Council.'}`, ''];
  const section = (heading: string, paras?: Para[]) => {
    if (!paras) return;
    lines.push(heading, '');
    let n = 0;
    for (const para of paras) {
      if (typeof para === 'string') lines.push(`  ${++n}. ${para}`);
      else for (const item of para) lines.push(`    • ${item}`);
    }
    lines.push('');
  };
  section('The complaint', p.complaint);
  section('What I found', p.findings);
  section('Analysis', p.analysis);
  section('Agreed action', p.action);
  lines.push('Final decision', '', '  1. I have completed my investigation.');
  return parseText(lines.join('\n'), 'decision.txt');
}
const run = (p: Parts) => {
  const ctx = createContext(decision(p));
  const payments = extractPayments(ctx);
  return { payments, total: remedyTotal(ctx, payments) };
};
const brief = (ps: PaymentMention[]) => ps.map((x) => [x.section, x.value.amount, x.value.role]);

describe('amounts as printed', () => {
  it.each<[string, number[]]>([
    ['The Council will pay Mrs X £2,750.', [2750]],
    ['The Council will pay Mrs X £62.50.', [62.5]],
    ['The Council will pay Mrs X £1000 for her distress.', [1000]],
    ['The Council will pay Mrs X £1,000, made up of £600 and £400.', [1000, 600, 400]],
    ['The Council will pay £ 300 to Mrs X.', [300]],
    ['The cost of the works was £1.5k.', [1500]],
    ['The scheme cost £2 million.', [2000000]],
    ['The Council will pay £300.00 to Mrs X.', [300]],
    ['It refused to say how many £ it had spent.', []],
  ])('%s', (summary, amounts) => {
    expect(proposePayments(createContext(decision({ summary }))).map((p) => p.value.amount)).toEqual(amounts);
  });
});

describe('roles', () => {
  it('a payment agreed in the action section is agreed; the offer it is "in addition to" is prior', () => {
    const { payments, total } = run({ action: ['To remedy the injustice, the Council will within one month:', [
      'apologise to Mr Y;', 'pay Mr Y £150 for his distress. This is on top of the £75 it offered in its stage one response.']] });
    expect(brief(payments)).toEqual([['agreed_action', 150, 'agreed'], ['agreed_action', 75, 'prior']]);
    expect(total).toBe(150);
  });

  it('an offer told in the narrative and welcomed in the analysis is agreed everywhere, never prior', () => {
    const { payments, total } = run({
      findings: ['In its response to my enquiries the Council offered Ms K £400 for the uncertainty its delay caused.'],
      analysis: ['The delay was fault. I welcome the Council’s offer of £400, which is in line with our guidance on remedies.'],
      action: ['I welcome the offer of a payment and the Council has agreed to make it within one month of my final decision.'],
    });
    expect(payments.map((p) => p.value.role)).toEqual(['agreed', 'agreed']);
    expect(payments[0]!.value.purpose).toBe('uncertainty');
    expect(total).toBe(400);
  });

  it('an offer the Ombudsman calls a suitable remedy in the next sentence is agreed', () => {
    const { payments, total } = run({
      analysis: ['The Council has offered to pay Mr Q £250. I consider this is a suitable remedy for his frustration.'],
      action: ['The Council has agreed to make the payment within four weeks of my final decision.'],
    });
    expect(brief(payments)).toEqual([['analysis', 250, 'agreed']]);
    expect(total).toBe(250);
  });

  it('the one offer made, welcomed later without its sum, is agreed; welcoming an offer of something else is not', () => {
    const findings = ['In its stage 2 response the Council offered Mrs E £120 for her time and trouble.'];
    const action = ['The Council will apologise to Mrs E within one month of my final decision.'];
    const welcomed = run({ findings, analysis: ['I welcome the Council’s offer of a payment to recognise her time and trouble.'], action });
    expect(brief(welcomed.payments)).toEqual([['findings', 120, 'agreed']]);
    expect(welcomed.total).toBe(120);
    const other = run({ findings, analysis: ['I welcome the Council’s offer to review its procedures.'], action });
    expect(brief(other.payments)).toEqual([['findings', 120, 'prior']]);
    expect(other.total).toBe(0);
  });

  it('a panel recommendation the Ombudsman finds inadequate is superseded by the higher sum', () => {
    const { payments, total } = run({
      findings: ['The stage three review panel recommended the Council pay Mr D £200 for the distress caused.'],
      analysis: ['The panel’s recommendation does not go far enough to remedy the injustice to Mr D.'],
      action: ['The Council should pay Mr D £650 rather than the £200 recommended by the panel.'],
    });
    expect(brief(payments)).toEqual([['findings', 200, 'superseded'], ['agreed_action', 650, 'agreed'], ['agreed_action', 200, 'superseded']]);
    expect(total).toBe(650);
  });

  it('an organisation’s offer raised by the Ombudsman is superseded; the new figure is agreed', () => {
    const { payments } = run({ action: ['The Council should increase its offer from £100 to £350 within one month of my final decision.'] });
    expect(brief(payments)).toEqual([['agreed_action', 100, 'superseded'], ['agreed_action', 350, 'agreed']]);
  });

  it('a stage 2 offer followed by "I do not consider this payment was sufficient" is superseded', () => {
    const { payments } = run({
      analysis: ['The Council’s stage 2 adjudication offered Mrs F £100. I do not consider this payment was sufficient.'],
      action: ['The Council will pay Mrs F £300 for her distress.'],
    });
    expect(brief(payments)).toEqual([['analysis', 100, 'superseded'], ['agreed_action', 300, 'agreed']]);
  });

  it('a panel recommendation that stands (and was paid) stays prior', () => {
    const { payments } = run({
      findings: ['The review panel recommended a payment of £300 to Mrs G, which the Council paid in June 2023.'],
      action: ['The Council should pay Mrs G a further £200 for the delay in implementing the panel’s recommendations.'],
    });
    expect(brief(payments)).toEqual([['findings', 300, 'prior'], ['agreed_action', 200, 'agreed']]);
  });

  it('money paid in the organisation’s complaint process and only mentioned is prior', () => {
    const { payments, total } = run({
      findings: [
        'At stage two the Council apologised and offered Mrs W £500 as a remedy for the missed respite. Mrs W accepted the payment.',
        'The adjudication letter agreed a time and trouble payment of £50.',
      ],
      action: ['The Council will apologise to Mrs W within one month of my final decision.'],
    });
    expect(brief(payments)).toEqual([['findings', 500, 'prior'], ['findings', 50, 'prior']]);
    expect(total).toBe(0);
  });

  it('an agreed sum in the action section is agreed even when a charge noun follows it', () => {
    const { payments } = run({ action: ['The Council will pay Mrs A £2,340 in backdated carer’s allowance within 28 days.'] });
    expect(payments.map((p) => [p.value.role, p.value.purpose])).toEqual([['agreed', 'backdated']]);
  });

  it.each<[string, string]>([
    ['The Council agreed to hold a stage 3 review panel and pay Mr and Mrs X a total of £350 for the delay.', 'agreed'],
    ['To remedy the injustice the Council has agreed to:\n    • write to Mrs X to apologise and pays her and Mrs Y £200 each for their time and trouble.', 'agreed'],
    ['We will not investigate. The Council has offered Ms X £300 for its communication failings, which remedies the injustice.', 'agreed'],
    ['The Council paid the care home £15,000 for the placement.', 'not_remedy'],
    ['The Council agreed to apologise to Mrs X and pays her a total of £1,950 for the impact of its delay.', 'agreed'],
    ['He recommends the Council: provides an apology; pays £500 for distress; pays £100 for time and trouble.', 'agreed'],
    ['The Council decided Mrs X had misspent £2,000 of her son’s direct payments.', 'not_remedy'],
    ['The Council issued a notice requiring Mrs X to repay more than £20,000.', 'not_remedy'],
    ['She also complained the care home failed to refund a £900 deposit she paid before the move.', 'not_remedy'],
    ['We will not investigate Ms B’s complaint the Council has failed to provide a refund of £65 for a parking fine.', 'not_remedy'],
    ['The Council delayed in refunding the fee of £67 but this did not cause significant injustice.', 'not_remedy'],
    ['Ms X complains about how the Council dealt with her neighbour’s extension and its offer of £900 to remedy its delay.', 'not_remedy'],
    ['The Council agreed to apologise, reimburse her for the tuition she paid for and pay her £2,000 to recognise the lost provision.', 'agreed'],
    // A second amount's clause opens at the first: a verb in the first one's purpose is not the second's.
    ['To remedy the injustice caused, the Council agreed to pay Miss K £1,200 for the time she spent in unsuitable accommodation and £150 for her time and trouble.', 'agreed'],
    ['The Council agreed to pay Mr X £250 for the legal costs he incurred and £150 for his time and trouble.', 'agreed'],
    ['The Council will pay her £200 for the wages she lost and £100 for her distress.', 'agreed'],
    ['The Council will pay Mrs X £100 for distress, £200 for the rent she was charged and £50 for her time and trouble.', 'agreed'],
  ])('summary: %s -> %s', (summary, role) => {
    const roles = [...new Set(run({ summary }).payments.map((p) => p.value.role))];
    expect(roles).toEqual([role]);
  });

  it('a refund the remedy makes is agreed money (financial loss)', () => {
    const { payments, total } = run({ action: ['The Council will refund the £180 Mr L paid for the cancelled assessment.'] });
    expect(payments.map((p) => [p.value.role, p.value.purpose])).toEqual([['agreed', 'financial_loss']]);
    expect(total).toBe(180);
  });
});

describe('recipients and purposes', () => {
  it.each<[string, (string | null)[], string[]]>([
    ['The Council has agreed to pay Mrs X £300 to acknowledge her distress.', ['Mrs X'], ['distress']],
    ['The Council will pay £500 to Mr and Mrs B for their time and trouble.', ['Mr and Mrs B'], ['time_and_trouble']],
    ['The Council will make a payment of £1,200 for D’s benefit to recognise his loss of education.', ['D'], ['loss_of_service']],
    ['The Council has agreed to pay £200 for the uncertainty and lost opportunity the fault caused.', [null], ['uncertainty']],
    ['The Council has agreed to reimburse Mr T £95.50 for the costs he incurred.', ['Mr T'], ['financial_loss']],
    ['The Council will pay her £250 for missed respite care.', [null], ['loss_of_service']],
    ['The Council will pay Ms V £100 as a symbolic payment.', ['Ms V'], ['other']],
  ])('%s', (summary, recipients, purposes) => {
    const { payments } = run({ summary });
    expect(payments.map((p) => p.value.recipient)).toEqual(recipients);
    expect(payments.map((p) => p.value.purpose)).toEqual(purposes);
  });
});

describe('totals and breakdowns: each sum counts once', () => {
  it.each<[string, number[], number]>([
    ['The Council has agreed to pay Mrs X £1,000 (£500 for her, £400 for the children and £100 for the delay).', [1000], 1000],
    ['The Council will pay a total of £900, made up of £600 for distress and £300 for uncertainty.', [900], 900],
    ['The Council will pay Mr S £450 for distress and £300 for time and trouble, a total of £750.', [750], 750],
    ['The Council will pay £1,200 comprising £1,000 for lost provision and £200 for distress.', [1200], 1200],
    ['The Council will pay Mrs X £700. This is made up of £500 for distress and £200 for her time and trouble.', [700], 700],
    ['The Council has agreed to pay £5,400 for lost education, £1,000 for C’s distress and £500 for the parents’ distress.', [5400, 1000, 500], 6900],
    ['The Council will pay £1,500 in total: £300 to each of the three children and £600 to Mr and Mrs Y.', [1500], 1500],
  ])('%s', (summary, topLevel, total) => {
    const { payments } = run({ summary });
    const top = payments.filter((p) => p.value.partOf === null);
    expect(top.map((p) => p.value.amount)).toEqual(topLevel);
    expect(top.reduce((a, p) => a + p.value.amount, 0)).toBe(total);
    for (const part of payments.filter((p) => p.value.partOf !== null)) expect(payments[part.value.partOf!]!.value.partOf).toBeNull();
  });

  it('a total whose parts follow as list items', () => {
    const { payments, total } = run({ action: ['The Council will pay Mrs X £1,000, made up of:', ['£600 for her distress;', '£400 for the provision she missed.']] });
    expect(payments.map((p) => [p.value.amount, p.value.partOf])).toEqual([[1000, null], [600, 0], [400, 0]]);
    expect(total).toBe(1000);
  });

  it('a total stated in the sentence after its parts', () => {
    const { payments } = run({ summary: 'The Council will pay Mr T £300 for distress. It will also pay £200 for his time and trouble. This is a total of £500.' });
    expect(payments.filter((p) => p.value.partOf === null).map((p) => p.value.amount)).toEqual([500]);
  });

  it('a monthly rate and its total: only the total is paid', () => {
    const { total } = run({ action: ['The Council has agreed to pay Mrs X £150 for each month of missed respite (£1,050 in total).'] });
    expect(total).toBe(1050);
  });

  it('the same sum named again in the action section is not a second payment', () => {
    const { total } = run({ action: ['The Council will pay Mrs H £300 within one month. The £300 recognises her distress.'] });
    expect(total).toBe(300);
  });
});

describe('each of the N recipients', () => {
  it.each<[Parts, number[]]>([
    [{ summary: 'Complaint from three neighbours about a planning decision. The Council should pay each of the neighbours £150.' }, [150, 150, 150]],
    [{ summary: 'The Council will pay each of the two children £400 for their lost education.' }, [400, 400]],
    [{ summary: 'The Council will pay Mr and Mrs P £200 each for their time and trouble.' }, [200, 200]],
    [{ summary: 'The Council will pay both complainants £100.' }, [100, 100]],
    [{ summary: 'The Council should pay Mr X and Y £250 each for their distress.' }, [250, 250]],
    [{ summary: 'The Council has agreed to apologise and pay her and Mrs Y £150 each for their time and trouble.' }, [150, 150]],
    [{ summary: 'The Council will pay each of the residents £100.' }, [100]],
  ])('%j', (parts, amounts) => {
    expect(run(parts).payments.filter((p) => p.value.role === 'agreed').map((p) => p.value.amount)).toEqual(amounts);
  });
});

describe('remedy total', () => {
  it('is 0 for an action section without money and null without action section or summary', () => {
    expect(run({ action: ['The Council will apologise to Mrs X within one month of my final decision.'] }).total).toBe(0);
    const bare = createContext(parseText('Anytown Council (23 004 567)\n\nCategory : Planning\n', 'bare.txt'));
    expect(remedyTotal(bare, [])).toBeNull();
  });

  it('without an action section, the summary’s agreed sums; with one, never the summary too', () => {
    expect(run({ summary: 'The Council has agreed to apologise and pay Mr N £350.' }).total).toBe(350);
    expect(run({ summary: 'The Council has agreed to pay Mr N £350.', action: ['The Council will pay Mr N £350 within one month.'] }).total).toBe(350);
  });

  it('takes the analysis’ recommended sums when the action section only points back to them', () => {
    const { total } = run({
      analysis: ['I recommend the Council pays Mrs J £500 to recognise her distress.'],
      action: ['The Council has agreed to carry out the recommendations above within one month of my final decision.'],
    });
    expect(total).toBe(500);
  });
});

describe('the bundled decisions', () => {
  it.each(gold().map((g) => [g.file, g] as const))('%s', (file, g) => {
    const ctx = createContext(corpusDoc(file));
    const payments = extractPayments(ctx);
    const top = (role: string) => payments.filter((p) => p.value.role === role && p.value.partOf === null);
    expect(top('agreed').filter((p) => p.section === 'summary').map((p) => p.value.amount)).toEqual(g.summary_payments);
    if (g.remedy_total !== null) expect(remedyTotal(ctx, payments)).toBe(g.remedy_total);
    if (g.prior_payments) expect([...new Set(top('prior').map((p) => p.value.amount))]).toEqual(g.prior_payments);
    if (g.superseded_payments) expect([...new Set(top('superseded').map((p) => p.value.amount))]).toEqual(g.superseded_payments);
  });
});

describe('the pipeline', () => {
  it('lists its refiners in order', () => {
    expect(PAYMENT_REFINERS.map((r) => r.name)).toEqual([
      'recipient', 'each recipient', 'purpose', 'role', 'coordinated', 'superseded', 'accepted offer', 'totals and breakdowns', 'back references',
    ]);
  });

  it.each(corpusFiles())('%s: every payment’s evidence is the text at its offsets, ids index the list', (file) => {
    const doc = corpusDoc(file);
    const payments = extractPayments(createContext(doc));
    payments.forEach((p, i) => {
      expect(p.text).toBe(doc.text.slice(p.start, p.end));
      expect(p.value.id).toBe(i);
      expect(p.text.startsWith('£')).toBe(true);
    });
  });
});
