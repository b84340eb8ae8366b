import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractLegislation } from '../../src/extract/legislation.js';
import { parseText } from '../../src/parse/index.js';

function acts(summary: string) {
  const doc = parseText(`Summary: ${summary}`, 'law.txt');
  const found = extractLegislation(createContext(doc));
  for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => [m.value.act, m.value.sections]);
}

describe('legislation', () => {
  it.each<[string, [string, string[]][]]>([
    ['(Local Government Act 1974, sections 26(1) and 26A(1), as amended)', [['Local Government Act 1974', ['26(1)', '26A(1)']]]],
    ['(Local Government Act 1974, section 30(1B) and 34H(i), as amended)', [['Local Government Act 1974', ['30(1B)', '34H(i)']]]],
    ['(Local Government Act 1974, section 24A(6), as amended, section 34(B))', [['Local Government Act 1974', ['24A(6)', '34(B)']]]],
    ['(Local Government Act 1974, section 26(6)(a), as amended)', [['Local Government Act 1974', ['26(6)(a)']]]],
    ['Section 17 of the Children Act 1989 says councils must safeguard children in need.', [['Children Act 1989', ['17']]]],
    ['Under the Children Act 1989, councils must provide services for children in need.', [['Children Act 1989', []]]],
    ['The Council will audit children for whom it has a duty under s.19 Education Act 1996.', [['Education Act 1996', ['19']]]],
    ['Section 97 of the Children and Families Act 2014 requires councils to assess parent carers.', [['Children and Families Act 2014', ['97']]]],
    ['The Care Act 2014 and the Equality Act 2010 both apply.', [['Care Act 2014', []], ['Equality Act 2010', []]]],
    ['Part 7 of the Housing Act 1996 sets out the homelessness duties.', [['Housing Act 1996', []]]],
    ['The Council shared the data in breach of the Data Protection Act 2018.', [['Data Protection Act 2018', []]]],
    ['Councils use procedures in the Traffic Management Act 2004 and the Town and Country Planning Act 1990.', [['Traffic Management Act 2004', []], ['Town and Country Planning Act 1990', []]]],
    ['The Housing Grants, Construction and Regeneration Act 1996 governs disabled facilities grants.', [['Housing Grants, Construction and Regeneration Act 1996', []]]],
    ['Mr X’s Human Rights Act 1998 arguments are for the courts.', [['Human Rights Act 1998', []]]],
    ['Despite the Equality Act 2010, the Council did not make adjustments.', [['Equality Act 2010', []]]],
    ['Representation of the People Act 1983 rules apply to the register.', [['Representation of the People Act 1983', []]]],
    ['The Housing (Wales) Act 2014 does not apply in England.', [['Housing (Wales) Act 2014', []]]],
    ['The Council relied on the Local Government (Miscellaneous Provisions) Act 1982.', [['Local Government (Miscellaneous Provisions) Act 1982', []]]],
    ['The Council has a duty under the Education Act 1996, s19, to arrange education.', [['Education Act 1996', ['19']]]],
  ])('%s', (summary, expected) => {
    expect(acts(summary)).toEqual(expected);
  });

  it('resolves "the 1974 Act" and "the Act" back to the one Act cited', () => {
    expect(acts('The Local Government Act 1974 sets out our powers. Section 26 of the 1974 Act limits them. The Act also lets us share decisions.')).toEqual([
      ['Local Government Act 1974', []],
      ['Local Government Act 1974', ['26']],
      ['Local Government Act 1974', []],
    ]);
  });

  it('leaves "the Act" alone when two Acts were cited', () => {
    expect(acts('The Care Act 2014 and the Children Act 1989 apply. The Act requires an assessment.')).toHaveLength(2);
  });
});
