import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractFindings, readFindingSentence } from '../../src/extract/findings.js';
import { parseText } from '../../src/parse/index.js';
import type { SectionKind } from '../../src/types.js';

interface Parts { outcome?: string; summary?: string; complaint?: string[]; assessment?: string[]; analysis?: string[]; final?: string[] }

/** A small decision in the published layout; only the parts given are printed. */
function decision(p: Parts) {
  const lines = ['Anytown Council (22 010 680)', '', 'Category : Adult care services > Charging', ''];
  if (p.outcome) lines.push(`Decision : ${p.outcome}`, '');
  lines.push('Decision date : 16 May 2024', '', "The Ombudsman's final decision:", '', `Summary: ${p.summary ?? 'Mrs X complained about the Council.'}`, '');
  const section = (heading: string, paras?: string[]) => {
    if (!paras) return;
    lines.push(heading, '');
    paras.forEach((para, i) => lines.push(`  ${i + 1}. ${para}`, ''));
  };
  section('The complaint', p.complaint);
  section('My assessment', p.assessment);
  section('Analysis', p.analysis);
  section('Final decision', p.final);
  return parseText(lines.join('\n'), 'decision.txt');
}
const findings = (p: Parts) => extractFindings(createContext(decision(p))).value;

describe('readFindingSentence: what one sentence says', () => {
  it.each<[string, SectionKind, { fault?: boolean; injustice?: boolean; investigated?: boolean }]>([
    ['We found fault with the Council’s early referral to the Ombudsman.', 'summary', { fault: true }],
    ['The Ombudsmen find fault and Ms A has suffered distress and uncertainty.', 'summary', { fault: true }],
    ['The Council was at fault for failing to update Mr S’s care plan.', 'summary', { fault: true }],
    ['The Council accepted it was at fault.', 'analysis', { fault: true }],
    ['The Council accepted there were failings in how it handled the case.', 'analysis', { fault: true }],
    ['The failure to do so was fault.', 'analysis', { fault: true }],
    ['This is poor record keeping and is fault.', 'analysis', { fault: true }],
    ['The Ombudsman upheld the complaint and found fault causing injustice.', 'summary', { fault: true, injustice: true }],
    ['I uphold Miss X’s complaint.', 'final_decision', { fault: true }],
    ['Largely we find the Council at fault, and the fault caused Mr and Mrs X injustice.', 'summary', { fault: true, injustice: true }],
    ['The Ombudsman has found that the Council failed to take appropriate steps to arrange education.', 'summary', { fault: true }],
    ['We find the Care Provider’s management of her care caused injustice to Mrs X.', 'summary', { fault: true, injustice: true }],
    ['I am satisfied the Council will take appropriate action to remedy the injustice.', 'summary', { fault: true, injustice: true }],
    ['There was no fault in the care provided and no missed visits.', 'summary', { fault: false }],
    ['The Ombudsman has found no evidence of fault in the way the Council considered these matters.', 'summary', { fault: false }],
    ['We have not found the Council to be at fault.', 'summary', { fault: false }],
    ['I have not found fault in the way the Council calculated the allowance.', 'summary', { fault: false }],
    ['The Council was not at fault.', 'summary', { fault: false }],
    ['There is no Council fault.', 'summary', { fault: false }],
    ['There is not enough evidence of fault to warrant an Ombudsman investigation.', 'summary', { fault: false }],
    ['An investigation is unlikely to find sufficient evidence of fault with the Council’s response.', 'summary', { fault: false }],
    ['I do not uphold the complaint.', 'final_decision', { fault: false }],
    ['There is no outstanding injustice to Miss X.', 'summary', { injustice: false }],
    ['We will not investigate this complaint about a blue badge.', 'summary', { investigated: false }],
    ['We cannot investigate this complaint about business rates liability.', 'summary', { investigated: false }],
    ['The Ombudsman has decided not to investigate Mr X’s complaint.', 'summary', { investigated: false }],
    ['We have discontinued the investigation.', 'summary', { investigated: true, fault: false }],
    ['I have completed my investigation.', 'final_decision', { investigated: true }],
    ['We will not investigate this complaint as there is no evidence of fault by the Council.', 'summary', { investigated: false, fault: false }],
    ['We will not investigate further because the Council has accepted it was at fault and agreed to apologise.', 'summary', { investigated: false, fault: true }],
    ['The Council was not at fault for the charges, but it was at fault for its poor communication.', 'summary', { fault: true }],
    ['The complaint is upheld.', 'final_decision', { fault: true }],
    ['The complaint is not upheld.', 'final_decision', { fault: false }],
    ['There were failings in the way the Council handled the application.', 'analysis', { fault: true }],
    ['The Council has acknowledged its failings and apologised.', 'summary', { fault: true }],
    ['The Council accepts it should have reviewed the care plan sooner.', 'summary', { fault: true }],
    ['The Council accepted it did not keep Mrs X informed.', 'summary', { fault: true }],
    ['The Council was therefore at fault.', 'analysis', { fault: true }],
    ['The Council did not act with fault when it refused the application.', 'summary', { fault: false }],
    ['The Council acted with fault when it failed to consult Mr X.', 'summary', { fault: true }],
    ['The Council accepted it had failed to follow its procedures.', 'summary', { fault: true }],
    ['The Council does not accept it was at fault.', 'analysis', { fault: false }],
    ['The Council has agreed to apologise and pay Mrs X £300 to remedy the injustice caused.', 'summary', { fault: true, injustice: true }],
    ['We will not consider this complaint because Mrs X has appealed to the tribunal.', 'summary', { investigated: false }],
    ['This complaint is outside our jurisdiction.', 'summary', { investigated: false }],
    ['We have stopped investigating because the matter is before the court.', 'summary', { investigated: true, fault: false }],
    ['Based on what we have seen, there is no evidence the Council failed to follow its allocations policy.', 'summary', { fault: false }],
    ['There is no evidence that the Care Provider acted wrongly when it gave notice.', 'summary', { fault: false }],
    ['It is unlikely the Ombudsman would find fault which caused Mr X to lose the tenancy.', 'summary', { fault: false }],
    ['It is unlikely an investigation would find fault with the panel’s decision.', 'summary', { fault: false }],
    ['It will pay Mrs X £150 for the frustration caused by the failures in its complaint handling.', 'summary', { fault: true, injustice: true }],
    ['The distress caused by its delays was avoidable.', 'analysis', { fault: true, injustice: true }],
    ['However, the Council failed to reply to Mr X’s emails for three months.', 'summary', { fault: true }],
    ['However, the Council failed to reply to Mr X’s emails for three months.', 'analysis', {}],
    ['The Care Home charged Mr X for his notice period in line with his contract and without fault.', 'summary', { fault: false }],
    ['We have ended our investigation because the neighbour has since applied for planning permission.', 'summary', { investigated: true, fault: false }],
    ['However, we do find fault in how the Council communicated with her.', 'summary', { fault: true }],
    ['We have not investigated the complaint as there is no worthwhile outcome we could achieve.', 'summary', { investigated: false }],
    ['We have not investigated the whole complaint because some of it is late.', 'summary', {}],
    ['However, there has been service failure in the Council’s complaint handling.', 'summary', { fault: true }],
    ['The Council has upheld the complaint and provided a suitable remedy for the delay.', 'summary', { fault: true }],
    ['This is because the Council agreed to resolve the complaint by providing a proportionate remedy.', 'summary', { fault: true }],
    ['The Council has agreed to a proportionate way to resolve Mr X’s complaint.', 'summary', { fault: true }],
  ])('%s (%s)', (sentence, section, expected) => {
    expect(readFindingSentence(sentence, section).value).toEqual(expected);
  });

  it('names the rules that decided', () => {
    const reading = readFindingSentence('This was fault which caused Mr B injustice.', 'analysis');
    expect(reading.rules).toEqual(expect.arrayContaining(['was_fault', 'fault_caused']));
  });

  it('keeps offsets: the masked text is as long as the sentence', () => {
    const sentence = 'Mrs X says the Council was at fault; we found no fault.';
    expect(readFindingSentence(sentence, 'summary').masked).toHaveLength(sentence.length);
  });
});

describe('extractFindings: the document value', () => {
  it.each<[string, Parts, { fault: boolean | null; investigated: boolean | null }]>([
    ['summary fault beats a "Not upheld" outcome (joint cases)', { outcome: 'Not upheld', summary: 'Ms A complains about delays. The Ombudsmen find fault. The Ombudsmen find no evidence of fault in the assessments.' }, { fault: true, investigated: true }],
    ['upheld but not investigated further', { summary: 'We have upheld Mr X’s complaint about a delay. We will not investigate further because the Council has agreed to apologise.' }, { fault: true, investigated: false }],
    ['outcome Upheld, not investigated, remedy agreed', { outcome: 'Upheld', summary: 'We will not investigate this complaint about two penalty charge notices. I am satisfied the Council will take appropriate action to remedy the injustice.' }, { fault: true, investigated: false }],
    ['closed after initial enquiries', { outcome: 'Closed after initial enquiries', summary: 'We will not investigate this complaint about the sale of council land.' }, { fault: false, investigated: false }],
    ['closed outcome alone', { outcome: 'Closed after initial enquiries', summary: 'Mr X complained about the Council’s decision.' }, { fault: false, investigated: false }],
    ['declining without an outcome line', { summary: 'We will not investigate this complaint. The complainant could appeal to a tribunal.' }, { fault: false, investigated: false }],
    ['discontinued investigation', { outcome: 'Not upheld', summary: 'Mr X complained about flooding. We have discontinued the investigation.' }, { fault: false, investigated: true }],
    ['no fault without an outcome line', { summary: 'Mr X complained about building control. There is no fault by the Council.' }, { fault: false, investigated: true }],
    ['partly upheld', { outcome: 'Upheld', summary: 'The Council was not at fault for the way it handled the account. The Council was at fault for its lack of communication.' }, { fault: true, investigated: true }],
    ['partly outside jurisdiction, fault on the rest', { outcome: 'Upheld', summary: 'Large parts of Mrs C’s complaint are outside our jurisdiction. But the Ombudsman has found fault with some of the complaint we have considered.' }, { fault: true, investigated: true }],
    ['the complaint section is not a finding', { summary: 'Mrs X complained about her care.', complaint: ['Mrs X complains the Council was at fault and delayed her care.'] }, { fault: null, investigated: null }],
    ['the final decision outranks the analysis', { summary: 'Mr X complained about noise.', analysis: ['The Council accepted it was at fault in one letter.'], final: ['I have found no fault by the Council.'] }, { fault: false, investigated: true }],
    ['the analysis decides when the summary is silent', { summary: 'Mrs X complained about her care.', analysis: ['The Council did not complete the actions it agreed. This is fault.'] }, { fault: true, investigated: true }],
    ['the organisation’s failure in the summary', { summary: 'The Care Provider failed to deliver aspects of Mr X’s care plan. It has agreed to apologise.' }, { fault: true, investigated: true }],
    ['nothing said', { summary: 'Mrs X complained about the Council’s handling of her application.' }, { fault: null, investigated: null }],
    ['an admission in the organisation’s words', { summary: 'Mrs X complained about her housing. The Council accepted it placed Mrs X in unsuitable accommodation for longer than it should have.' }, { fault: true, investigated: true }],
    ['an accepted delay with a suitable remedy', { summary: 'Ms X complained the Council delayed her son’s plan. The Council accepted there was delay and offered £500. We consider this a suitable remedy.' }, { fault: true, investigated: true }],
    ['the organisation acted properly', { summary: 'The Council properly considered Mrs X’s application and was entitled to reach the decision it did. We have completed our investigation.' }, { fault: false, investigated: true }],
    ['a failure outweighs what was done properly', { summary: 'The Council acted properly when it assessed Mr X. The Council delayed in putting his care plan in place.' }, { fault: true, investigated: true }],
    ['no evidence of fault in the decision, but a failure in the complaint handling', { summary: 'We will not investigate Mr X’s complaint about the Fire Service. We have seen no evidence of fault in how it attended. However, the Service failed to respond to his complaint. It agreed to apologise for this.' }, { fault: true, investigated: false }],
    ['a delay the summary states', { summary: 'Mrs X complained the Council did not remedy her complaint. The Council did properly follow the procedure. There was also delay in the Council’s complaint handling.' }, { fault: true, investigated: true }],
    ['an investigation ended, beside what the Ombudsman cannot look at', { outcome: 'Not upheld', summary: 'Mr X complained about the Commissioner. The Ombudsman’s decision is we should end our investigation. The Ombudsman cannot look at matters related to the investigation of a crime.' }, { fault: false, investigated: true }],
    ['"Upheld" printed, but declined for want of evidence of fault', { outcome: 'Upheld', summary: 'We will not investigate Ms B’s complaint about a carer’s assessment. This is because there is not enough evidence of fault to warrant an investigation.' }, { fault: false, investigated: false }],
    ['a part declined, a fault the Ombudsman found on the rest', { summary: 'We will not investigate the Council’s 2018 decision as the complaint about it is late. We find the Council at fault for failing to reply to Mr X’s letters.' }, { fault: true, investigated: true }],
    ['declining, but faults its apology put right are faults', { outcome: 'Closed after initial enquiries', summary: 'We will not investigate this complaint about a planning decision. Its apology was a satisfactory way to address faults in its later letters to Mr X.' }, { fault: true, investigated: false }],
    ['declining, the organisation having accepted it got it wrong', { summary: 'We will not investigate Mr X’s complaint about his temporary accommodation. The Council has accepted the accommodation was unsuitable. It has now agreed to a suitable remedy.' }, { fault: true, investigated: false }],
    ['not enough evidence of the organisation being at fault', { outcome: 'Closed after initial enquiries', summary: 'We will not investigate this complaint about noise. This is because there is not enough evidence of the Council being at fault.' }, { fault: false, investigated: false }],
    ['an investigation not continued was started', { summary: 'Mrs Y complained about her friend’s care. We will not continue with our investigation. This is because we could add nothing to the care provider’s response.' }, { fault: false, investigated: true }],
    ['an hypothetical fault put right is no fault', { summary: 'We will not investigate this complaint. Even if there was fault, the apology would remedy any fault.' }, { fault: false, investigated: false }],
    ['declining because the organisation already remedied its delay', { summary: 'We will not investigate Mr X’s complaint because the Council has already accepted it delayed and offered a suitable remedy.' }, { fault: true, investigated: false }],
  ])('%s', (_name, parts, expected) => {
    const value = findings(parts);
    expect({ fault: value.fault, investigated: value.investigated }).toEqual(expected);
  });

  it('a "My assessment" heading marks a decision at the assessment stage: upheld, not investigated', () => {
    const doc = decision({ outcome: 'Upheld', summary: 'We have upheld Ms X’s complaint about the Council’s delay in assessing her mother’s contribution. The Council has agreed to take appropriate steps to remedy the uncertainty caused.',
      complaint: ['Ms X complained about the delay.'], assessment: ['The Council accepts it delayed.'] });
    const { value, mentions } = extractFindings(createContext(doc));
    expect([value.fault, value.investigated]).toEqual([true, false]);
    const heading = mentions.find((m) => m.rule === 'assessment_stage')!;
    expect(doc.text.slice(heading.start, heading.end)).toBe('My assessment');
  });

  it('gives one mention per deciding sentence, with its evidence', () => {
    const doc = decision({ outcome: 'Upheld', summary: 'Mrs X complained about delays. We found fault.', analysis: ['The Council delayed. This was fault.'], final: ['I find fault causing injustice.'] });
    const { mentions } = extractFindings(createContext(doc));
    expect(mentions.map((m) => [m.section, m.text])).toEqual([
      ['summary', 'We found fault.'],
      ['analysis', 'This was fault.'],
      ['final_decision', 'I find fault causing injustice.'],
      ['header', 'Upheld'],
    ]);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[3]!.rule).toBe('outcome_upheld');
  });

  it('reads injustice when the text says it', () => {
    expect(findings({ summary: 'We found fault. This caused Mrs X distress.' }).injustice).toBe(true);
    expect(findings({ summary: 'There was no fault. There is no outstanding injustice to Mrs X.' }).injustice).toBe(false);
    expect(findings({ summary: 'Mrs X complained about the Council.' }).injustice).toBeNull();
  });
});
