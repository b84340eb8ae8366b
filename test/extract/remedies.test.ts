/**
 * Remedies: each action item (or, with no action section, each summary remedy sentence) typed as
 * apology / payment / service_improvement / reconsider / other_action, with its deadline and scope.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { extractRemedies, maskRemedyText, remedyTypes } from '../../src/extract/remedies.js';
import { parseText } from '../../src/parse/index.js';
import type { RemedyType } from '../../src/types.js';
import { corpusDoc, corpusFiles, gold } from '../helpers/corpus.js';

type Para = string | string[];
function decision(summary: string, action?: Para[]) {
  const lines = ['Anytown Council (23 004 567)', '', 'Decision date : 16 May 2024', '', "The Ombudsman's final decision:", '', `Summary: ${summary}`, ''];
  if (action) {
    lines.push('Agreed action', '');
    let n = 0;
    for (const para of action) {
      if (typeof para === 'string') lines.push(`  ${++n}. ${para}`);
      else for (const item of para) lines.push(`    • ${item}`);
    }
    lines.push('');
  }
  lines.push('Final decision', '', '  1. I have completed my investigation.');
  return remediesOf(parseText(lines.join('\n'), 'remedies.txt'));
}
function remediesOf(doc: ReturnType<typeof parseText>) {
  const ctx = createContext(doc);
  return extractRemedies(ctx, extractDeadlines(ctx));
}
const typesOf = (text: string) => remedyTypes(maskRemedyText(text));

describe('types of one action item', () => {
  it.each<[string, RemedyType[]]>([
    ['Send Mrs X a written apology for the delay.', ['apology']],
    ['Apologise to Mr Y. We publish guidance on remedies which sets out how organisations should apologise. The Council should consider this guidance.', ['apology']],
    ['Pay Miss Z £300 to acknowledge the distress caused.', ['payment']],
    ['Make a symbolic payment to Mr and Mrs B for their uncertainty.', ['payment']],
    ['Remind officers in its housing team of the need to record telephone calls.', ['service_improvement']],
    ['Review its procedures for handling requests for adaptations.', ['service_improvement']],
    ['Provide training to its reablement staff on record keeping.', ['service_improvement']],
    ['Share the learning from this complaint with its occupational therapists.', ['service_improvement']],
    ['Carry out an audit of cases where respite was stopped without a review.', ['service_improvement']],
    ['Identify any other families affected by the same fault and offer them a remedy.', ['service_improvement']],
    ['Reconsider Mr T’s application for a disabled facilities grant.', ['reconsider']],
    ['Carry out a new assessment of Mrs S’s care needs.', ['reconsider']],
    ['Review Ms R’s case and decide whether she is eligible for support.', ['reconsider']],
    ['Respond to Mr Q’s appeal against the refusal of his application.', ['reconsider']],
    ['Review its decision to refuse Mrs J’s application for a parking permit.', ['reconsider']],
    ['Backdate Mrs X’s housing application to June 2021.', ['other_action']],
    ['Backdate the priority date of Mr D’s application to when he first applied.', ['other_action']],
    ['Put in place a plan to clear the backlog of annual reviews within six months.', ['service_improvement']],
    ['Carry out a carer’s assessment for Mrs I.', ['reconsider']],
    ['Make a decision on Mr H’s homelessness application.', ['reconsider']],
    ['Carry out a review of its processes for handling complaints about social workers.', ['service_improvement']],
    ['Consider what lessons it can learn from this complaint.', ['service_improvement']],
    ['Provide the outstanding special educational provision in G’s EHC plan.', ['other_action']],
    ['Write off the £340 council tax debt.', ['other_action']],
    ['Refund the care charges Mrs P paid for visits that did not take place.', ['other_action']],
    ['Waive the outstanding invoices for the care arrangement fee.', ['other_action']],
    ['Offer Mrs O a meeting to discuss the support plan for her son.', ['other_action']],
    ['Arrange suitable alternative education for N until a school place is available.', ['other_action']],
    ['Issue an amended final EHC plan for M.', ['other_action']],
    ['Provide Mr L with a copy of his care records.', ['other_action']],
    ['Apologise to Mrs K, pay her £250 and review how it handles complaints in future.', ['apology', 'payment', 'service_improvement']],
    ['The Council should provide us with evidence it has complied with the above actions.', []],
    ['Remind its waste collection crews to return bins to the collection point.', ['service_improvement']],
    ['Make procedural improvements to how it records missed visits.', ['service_improvement']],
    ['Consider what steps it can take to reduce the delays in obtaining educational psychology advice.', ['service_improvement']],
    ['Review what went wrong in the handling of Ms X’s referral and share the findings with us.', ['service_improvement']],
    ['Ensure its statutory timescales for responding to complaints are met.', ['service_improvement']],
    ['Review the National Health Service’s guidance on establishing the responsible commissioner.', ['service_improvement']],
    ['Provide Mr X with a right of review of the suitability of the property it offered him.', ['reconsider']],
    ['Monitor Mrs X’s bin collections for eight weeks and report the results to her.', ['other_action']],
    ['Complete the actions agreed at the case review meeting.', ['other_action']],
    ['Offer Miss X the next suitable property that becomes available.', ['other_action']],
    ['Provide an apology, an explanation and a payment for her time and trouble.', ['apology', 'payment']],
    ['Review how it assesses direct payment rates.', ['service_improvement']],
    ['Review her husband’s care placement and tell her the outcome.', ['reconsider']],
    ['Produce an action plan to address the faults identified in this case.', ['service_improvement']],
    ['Agree an action plan with the family for the return to school.', ['other_action']],
    ['Carry out further monitoring of Mr X’s assisted collections.', ['other_action']],
    ['Pay redress for the delays and the expenses Miss B incurred.', ['payment']],
    ['Backdate the missed special guardianship allowance payments to 2016.', ['payment']],
    ['Make Mrs X a payment to recognise her time and trouble.', ['payment']],
    ['Correct the inaccurate records it holds about Ms X.', ['other_action']],
    ['Ensure its website gives the correct information about appeals.', ['service_improvement']],
    ['Brief relevant staff on the law on special guardianship support.', ['service_improvement']],
    ['Review the information it provides to parents about transport appeals.', ['service_improvement']],
    ['Accept a fresh appeal from Mr X and let him speak at the hearing.', ['reconsider']],
    ['Make its decision again in line with the School Admissions Code.', ['reconsider']],
    ['Arrange for the complaint to be considered by a stage 3 review panel.', ['reconsider']],
    ['Find Miss X suitable temporary accommodation within two weeks.', ['other_action']],
    ['Make a time and trouble payment to Mr X.', ['payment']],
    ['Meet part of the outstanding costs of moving the memorial.', ['payment']],
    ['Share this decision with its tree officers and remind them to record reasons for their decisions.', ['service_improvement']],
    ['Give feedback to its enforcement agents about checking identification.', ['service_improvement']],
    ['Implement changes to its rights of way inspection regime.', ['service_improvement']],
    ['Write to others similarly affected by the faulty inspections.', ['service_improvement']],
    ['Carry out an internal review of how the case was handled.', ['service_improvement']],
    ['Hold a new appeal hearing with a different panel.', ['reconsider']],
    ['Deduct the enforcement fee from Mr X’s council tax arrears.', ['other_action']],
    ['Explain to Mrs X what further action it intends to take.', ['other_action']],
    ['Decide what action it will take about the obstruction of the footpath.', ['other_action']],
    ['Arrange for the headstone to be reinstated at no cost to the family.', ['other_action']],
    ['Collect the accumulated waste from Miss X’s property.', ['other_action']],
    ['Monitor collections for the next eight weeks.', ['other_action']],
    ['Issue staff briefings on the law on respite care.', ['service_improvement']],
    ['Correct the mistakes in its figures and tell Mrs X the new total.', ['other_action']],
    ['Attend Mrs X’s property to inspect the breach of planning control.', ['other_action']],
    ['Reduce the amount Mr X owes by £500.', ['other_action']],
    ['Offer a sum which recognises his time and trouble.', ['payment']],
    ['Pay a suitable sum to Ms A and her sister for the stress caused.', ['payment']],
    ['Complete a new medical assessment and consider if Mrs X is homeless.', ['reconsider']],
    ['Consider again what support it can offer Mrs X.', ['reconsider']],
    ['Write-off some of the arrears Miss X accrued.', ['other_action']],
    ['Issue the EHC Plan urgently.', ['other_action']],
    ['Ensure a robust care and support plan is in place for Mr B.', ['other_action']],
    ['Improve its aftercare planning and address a gap in commissioning.', ['service_improvement']],
    ['Give guidance to relevant staff on handling belongings.', ['service_improvement']],
    ['Ensure its enforcement agents are properly trained.', ['service_improvement']],
    ['Finalise the adaptations scheme it is willing to fund.', ['other_action']],
    ['Set out a proposal to offset the lost therapy provision.', ['other_action']],
    ['Provide information about grit bins in the area.', ['other_action']],
  ])('%s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });
});

describe('action sections', () => {
  it('each item inherits the deadline of its intro; intros and evidence requests are no remedies', () => {
    const remedies = decision('We found fault.', [
      'Within one month of my final decision, the Council will:',
      ['apologise to Mrs X;', 'pay Mrs X £200 for her distress.'],
      'Within three months of my final decision, the Council will:',
      ['remind staff of the need to respond to complaints promptly.'],
      'The Council should provide us with evidence it has complied with the above actions.',
    ]);
    expect(remedies.map((r) => [r.value.types, r.value.deadline?.period, r.value.scope])).toEqual([
      [['apology'], 'one month', 'complainant'],
      [['payment'], 'one month', 'complainant'],
      [['service_improvement'], 'three months', 'service'],
    ]);
  });

  it('an item’s own deadline wins over its intro’s', () => {
    const remedies = decision('We found fault.', [
      'Within one month of my final decision, the Council will:',
      ['apologise to Mr V;', 'complete a new assessment of Mr V’s needs within 12 weeks.'],
    ]);
    expect(remedies.map((r) => r.value.deadline?.period)).toEqual(['one month', '12 weeks']);
  });

  it('actions already taken before the decision are no remedy; the summary is not used as well', () => {
    const remedies = decision('The Council has agreed to apologise and pay Mrs X £100.', [
      'The Council has already apologised to Mrs X.',
      'The Council will pay Mrs X £100 within one month of my final decision.',
    ]);
    expect(remedies.map((r) => [r.section, r.value.types])).toEqual([['agreed_action', ['payment']]]);
  });
});

describe('summaries (no action section)', () => {
  it('an action heading cut off before its first paragraph leaves the summary as the source', () => {
    const doc = parseText(['Anytown Council (23 004 567)', '', "The Ombudsman's final decision:", '',
      'Summary: The Council has agreed to apologise to Mr X and review its procedures.', '', 'Agreed action', ''].join('\n'), 'cut.txt');
    const ctx = createContext(doc);
    expect(extractRemedies(ctx, extractDeadlines(ctx)).flatMap((r) => r.value.types)).toEqual(['apology', 'service_improvement']);
  });

  it.each<[string, RemedyType[]]>([
    ['The Council has agreed to apologise and make a payment to them to reflect the injustice caused.', ['apology', 'payment']],
    ['The Council has agreed to remedy this injustice by: apologising to Miss Y; making a payment to reflect the upset caused; and service improvements.', ['apology', 'payment', 'service_improvement']],
    ['It should apologise and make a payment to Mrs D to acknowledge the uncertainty caused.', ['apology', 'payment']],
    ['The Council will also carry out an audit of children out of school for whom it has a duty to provide suitable education.', ['service_improvement']],
    ['To put this right the Council will apologise and assess her correct housing benefit entitlement.', ['apology', 'reconsider']],
    ['The Council agreed to our recommendations. This included an apology and removal of the care arrangement fees.', ['apology', 'other_action']],
    ['I am satisfied the Council will take action to remedy the injustice including cancelling the enforcement costs.', ['other_action']],
    ['The Council will take action to bring its investigation to a conclusion.', ['other_action']],
    ['The Council has agreed to apologise, make a payment and take action to address the faults with its service provision.', ['apology', 'payment', 'service_improvement']],
    ['We found fault. We have made recommendations which are set out at the end of this statement.', []],
    ['Mrs X wants the Council to apologise and compensate her son for the lost provision.', []],
    ['We found fault, but the action the Council had already proposed, waiving part of the fees, a symbolic payment and service improvements, is a suitable remedy.', ['other_action', 'payment', 'service_improvement']],
    ['We find fault, but the agreed actions of an apology, a partial refund and procedural improvements provide a suitable remedy.', ['apology', 'other_action', 'service_improvement']],
    ['An apology is a satisfactory remedy.', ['apology']],
    ['The Council failed to explain its decision. It has since apologised, which we consider an appropriate remedy.', []],
    ['We found fault but are satisfied the actions the Council has taken of an apology and service improvements are a suitable remedy.', []],
    ['The Council has already apologised for the delay and has agreed to pay Mrs X £200.', ['payment']],
    ['We consider the action the Council had already proposed, a symbolic payment and a review of its procedures, is a suitable remedy.', ['payment', 'service_improvement']],
    ['The planning permission would not have been granted in its current form and so the Council should pay Mr X £1,750.', ['payment']],
    ['The Council has apologised to Ms X for the confusion, which is an appropriate remedy.', []],
    ['The Council has now refunded the garden waste fee. The Council will also apologise.', ['apology']],
    ['We are satisfied the Council has already apologised, has agreed to make a payment and has made improvements to its service.', ['payment']],
    ['The Council has also agreed further action to avoid a reoccurrence.', ['service_improvement']],
    ['A payment remedies the injustice to Mrs X.', ['payment']],
    ['We recommend the learning points from this complaint are discussed at a team meeting.', ['service_improvement']],
    ['We found fault with the Council failing to explain how the reduced care package will meet her needs.', []],
    ['The Council will apologise, complete a new medical assessment, consider if Mrs X is homeless and make a payment to her.', ['apology', 'payment', 'reconsider']],
    ['The Council will review the charges if Mrs X sends the receipts, and pay her £100.', ['payment', 'reconsider']],
    ['Mrs Y received more care than she was charged for, so there is no basis to recommend a refund of charges.', []],
    ['We recommended the Council reviewed its procedures and made a modest payment to his representative.', ['payment', 'service_improvement']],
    ['Mrs X says an apology would not be a suitable remedy.', []],
    ['The Council offered Mr X £250 for the delay in its complaint handling, which remedies the injustice.', ['payment']],
    ['The care provider later offered a full refund for the respite stay, which is an appropriate outcome.', ['other_action']],
    ['The Council has accepted our suggestion for clearer signposting of the right of appeal.', ['service_improvement']],
    ['The Council has now remade its decision and agreed to apologise to Mrs X.', ['apology']],
    ['The Council has agreed to remake its decision and to apologise to Mrs X.', ['apology', 'reconsider']],
    ['The Council agreed to pay Mr X £600 for the time it left the family in bed and breakfast accommodation.', ['payment']],
    ['The care provider agreed to apologise but declined to make a payment.', ['apology']],
    ['The Council has apologised but should also make a small symbolic payment for her time and trouble.', ['payment']],
    ['It will apologise, pay Mrs X a symbolic sum and ask the care home to revise Mr Y’s invoices.', ['apology', 'other_action', 'payment']],
    ['The School accepts our finding and has arranged a fresh appeal hearing for Mrs D.', ['reconsider']],
    ['The Council offered to apologise to Mr Y and pay him £200. We consider this is a suitable remedy.', ['apology', 'payment']],
    ['The Council offered to apologise to Mr Y. We do not consider this is a suitable remedy.', []],
    ['The Council agreed to apologise and provide a symbolic financial gesture for the distress caused.', ['apology', 'payment']],
    ['The care provider agreed to refund the fees Mrs Y paid for March and amend its contract terms.', ['other_action', 'service_improvement']],
    ['The Council agreed to apologise, repay Ms Y for the financial loss and pay a financial remedy to her family.', ['apology', 'payment']],
    ['The Council agreed to complete its stage two investigation without further delay and apologise to Mrs X.', ['apology', 'other_action']],
    ['The Council has agreed to resolve the complaint by issuing a stage two response and apologising.', ['apology', 'other_action']],
    ['It will also review overdue complaints and prepare a plan of action to prevent further delays.', ['service_improvement']],
    ['The Council agreed to apologise, make a payment to Mrs X and review its practices.', ['apology', 'payment', 'service_improvement']],
    ['Although the Council has already put most of the agreed actions in place, we find it should act on one outstanding point.', ['other_action']],
    ['The Council should apologise and provide evidence to us that it has carried out the recommendations of the safeguarding adults review.', ['apology', 'service_improvement']],
    ['The Council should apologise and provide evidence to us that it has carried out these actions.', ['apology']],
    ['The Council agreed to issue an amended final Education Health and Care plan without delay.', ['other_action']],
    ['We recommend the Council pays her reasonable legal costs, in line with our published Guidance on Remedies.', ['payment']],
    ['I have made a recommendation the Council review its charging policy.', ['service_improvement']],
    ['The Council has agreed to remove the enforcement agent’s visit charges.', ['other_action']],
    ['The Council has agreed to our recommendations and has cancelled the penalty charge notice.', ['other_action']],
    ['The Council has now cancelled the debt, but apologising and making a symbolic payment to Mr X remedies the frustration caused.', ['apology', 'payment']],
    ['The Council has been asked to make a financial settlement to Mrs D.', ['payment']],
    ['The remedy the Council has already offered, alongside some procedural recommendations, is satisfactory.', ['service_improvement']],
    ['The Council agreed to apologise to Mrs X and reimburse her for the equivalent mileage allowance.', ['apology', 'payment']],
    ['The Council has agreed to apologise and repay the costs Miss X incurred for reports.', ['apology', 'payment']],
  ])('%s', (summary, types) => {
    const remedies = decision(summary);
    expect([...new Set(remedies.flatMap((r) => r.value.types))].sort()).toEqual([...types].sort());
  });
});

describe('older report summaries: a remedy intro with its list in the body', () => {
  const page = (intro: string) => parseText(['16 004 113', '', 'Category : Education > Special educational needs', '', 'Decision : Upheld', '',
    'Decision date : 24 Aug 2017', '', 'The complaint', '', 'Mr and Mrs X complain the council did not provide the support their son needed.', '',
    'The Ombudsman upheld the complaint and found fault causing injustice.', '', intro, '',
    '  • pay Mr and Mrs X £500 to acknowledge their distress;', '  • review its procedures for moving plans between schools.', ''].join('\n'), 'old.txt');
  const types = (doc: ReturnType<typeof parseText>) => [...new Set(remediesOf(doc).flatMap((r) => r.value.types))].sort();

  it('"To remedy the injustice caused, the council should:" and its items are read as the action section', () => {
    expect(types(page('To remedy the injustice caused, the council should:'))).toEqual(['payment', 'service_improvement']);
  });

  it('a list of what the complainant wants is no remedy', () => {
    expect(types(page('Mr and Mrs X want the council to:'))).toEqual([]);
  });
});

describe('the bundled decisions', () => {
  it.each(gold().map((g) => [g.file, g.remedy_types] as const))('%s', (file, expected) => {
    const ctx = createContext(corpusDoc(file));
    const found = new Set(extractRemedies(ctx, extractDeadlines(ctx)).flatMap((r) => r.value.types));
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it.each(corpusFiles())('%s: evidence is the text at the offsets', (file) => {
    const doc = corpusDoc(file);
    const ctx = createContext(doc);
    for (const r of extractRemedies(ctx, extractDeadlines(ctx))) expect(r.text).toBe(doc.text.slice(r.start, r.end));
  });
});
