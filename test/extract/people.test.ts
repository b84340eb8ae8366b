import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractPeople } from '../../src/extract/people.js';
import { parseText } from '../../src/parse/index.js';

/** People found in a summary-only decision. */
function people(summary: string) {
  return extractPeople(createContext(parseText(`Summary: ${summary}`, 'people.txt')));
}
/** Complainants in order of first appearance, as the record lists them. */
const complainants = (summary: string) =>
  [...new Set(people(summary).filter((p) => p.value.complainant && p.value.title).map((p) => p.value.name))];
const roleOf = (summary: string, name: string) => people(summary).find((p) => p.value.name === name)?.value.role ?? null;

describe('titled pseudonyms: complainants and the people they complain for', () => {
  it.each<[string, string[]]>([
    ['Mrs X complains the Council failed to assess her needs.', ['Mrs X']],
    ['Mr and Mrs B complain that the Council failed to arrange education for their son.', ['Mr B', 'Mrs B']],
    ['Mrs B and Mr D complain about the Council’s failure to support Mr C. Mr D is Mr C’s son.', ['Mrs B', 'Mr D', 'Mr C']],
    ['The Council was at fault for failing to update Mr S’s care plan. This caused his mother, Ms X, distress.', ['Mr S', 'Ms X']],
    ['Mr B is a person with disabilities. He is supported by his friend Mr C in his complaint.', ['Mr B', 'Mr C']],
    ['Ms A and Mr B complain about the organisations’ involvement in Ms A’s care.', ['Ms A', 'Mr B']],
    ['Dr Y complains about the Council’s planning decision.', ['Dr Y']],
    ['Miss X says the Council ignored her. Miss x also says it lost her forms.', ['Miss X']],
    ['Mrs X complained on behalf of her husband, Mr X, and the Council’s officer, Mr Z, did not reply.', ['Mrs X', 'Mr X']],
    ['Mrs X complained about noise from her neighbour, Mr Y.', ['Mrs X']],
    ['Complaint from two men that the council’s decision to allow a replacement dwelling was affected by errors.', []],
    ['The complainant’s mother needed residential care when she was discharged from hospital.', []],
    ['Mr Smith, the Council’s planning manager, wrote to Ms Jones.', []],
    ['Mrs X met Mr J Smith from the Council.', ['Mrs X']],
    ['Mrs X, a landlord, complains the Council wrongly refused her licence.', ['Mrs X']],
    ['The complainant, who I refer to as Mr Y, is a neighbour of the site.', ['Mr Y']],
    ['Mr D complains the Council relied on allegations made by his former partner (Ms K) as if they were facts.', ['Mr D']],
    ['Mr & Mrs C complain the Council failed to act against their neighbour.', ['Mr C', 'Mrs C']],
    ['Mrs X complains the Council suspended her personal assistant, Ms J, without notice.', ['Mrs X']],
    ['Mr X said the Council had supported the child’s mother, Ms Y, who had made allegations he strongly denies.', ['Mr X']],
    ['Ms D complains on behalf of the home’s staff. Miss D says the Council did not answer her.', ['Ms D']],
    ['Mr X and Mrs X complain about the Council’s delay.', ['Mr X', 'Mrs X']],
  ])('%s', (summary, expected) => {
    expect(complainants(summary)).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ['Mrs X complained the Council has not provided her son, Mr Y, with support.', 'Mr Y', 'son'],
    ['Her complaint concerns the care provided to her mother, Mrs Y, by the care home.', 'Mrs Y', 'mother'],
    ['Mrs B complains on behalf of her ex-husband, Mr C, who has passed away.', 'Mr C', 'partner'],
    ['Mr D is Mr C’s son.', 'Mr D', 'son'],
    ['The social worker, Ms Z, visited the family.', 'Ms Z', 'staff'],
    ['Mrs X complains about Mr Y, her neighbour, who plays loud music.', 'Mr Y', 'neighbour'],
    ['Mrs X complains about the Council.', 'Mrs X', null],
    ['Mrs X spoke to the Council’s Head of Adult Services, Mr Z, in May.', 'Mr Z', 'staff'],
    ['Dr Z, Mr X’s GP, wrote to the Council.', 'Dr Z', 'staff'],
    ['Mr X complains on behalf of his late father, Mr Y.', 'Mr Y', 'father'],
  ])('%s -> role of %s', (summary, name, role) => {
    expect(roleOf(summary, name)).toBe(role);
  });

  it('marks staff and the other side as not complainants', () => {
    const found = people('Mrs X complained that the team manager, Mr Z, ignored her and her neighbour, Mrs Y, was not warned.');
    const flags = Object.fromEntries(found.map((p) => [p.value.name, p.value.complainant]));
    expect(flags).toEqual({ 'Mrs X': true, 'Mr Z': false, 'Mrs Y': false });
  });
});

describe('bare letters: people named by a single letter', () => {
  it.each<[string, string, string | null]>([
    ['Miss X complained the Council failed to educate her daughter, Y, in line with her plan.', 'Y', 'daughter'],
    ['Mr B’s son C was a child in need.', 'C', 'son'],
    ['Miss X complained about the Council’s actions regarding her child (M).', 'M', 'child'],
    ['Mrs C complains the Council removed her foster child, who I will refer to as D, from their care.', 'D', 'child'],
    ['Mrs C complains about delays in meeting the needs of her son (whom I shall refer to as D).', 'D', 'son'],
    ['Mr X looks after his grandson, Y, under a special guardianship order.', 'Y', 'grandson'],
  ])('%s -> %s', (summary, letter, role) => {
    const found = people(summary).filter((p) => p.value.title === null);
    expect(found.map((p) => [p.value.name, p.value.role, p.value.complainant])).toEqual([[letter, role, false]]);
  });

  it('follows an introduced letter through the text, before and after the introduction', () => {
    const found = people('Mrs X complains about B’s education. She says her child B’s plan was not followed. B has missed school.');
    expect(found.filter((p) => p.value.letter === 'B').map((p) => p.text)).toEqual(['B', 'B', 'B']);
  });

  it('does not take labels or initialisms for people', () => {
    const found = people('Her son, C, has an EHCP. Section C of the plan and Part C of the form were left blank; the SW and IO agreed. A decision was made.');
    expect(found.filter((p) => p.value.title === null).map((p) => p.start)).toHaveLength(1);
  });
});

describe('evidence', () => {
  it('each mention is the text at its span; "Mr and Mrs X" gives both, in that order', () => {
    const doc = parseText('Summary: Mr and Mrs X complain about their son, Y.', 'p.txt');
    const found = extractPeople(createContext(doc));
    expect(found.map((p) => p.value.name)).toEqual(['Mr X', 'Mrs X', 'Y']);
    for (const p of found) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(found[0]!.text).toBe('Mr and Mrs X');
  });
});
