/**
 * Case numbers: the Ombudsman's references, "NN NNN NNN" (two, three and three digits, an
 * optional letter for joint cases: "NN NNN NNNc"). The decision's own number (from the header,
 * and any later mention of it) has role 'self'; any other reference in the text is 'cited'.
 * Digits glued to other digits, money and telephone numbers are not references.
 */
import { type ExtractContext, mention } from './context.js';
import type { CaseNumberMention } from '../types.js';
import { allMatches } from './regex.js';

/** Not glued to other digits or to a currency sign; not followed by more digits or a letter. */
export const CASE_REF = /(?<![\d£$€])(?<!\d[ ,.])(?<![£$€]\s)(?<ref>(?<a>\d{2})[ \u00a0](?<b>\d{3})[ \u00a0](?<c>\d{3})(?<suffix>[a-zA-Z])?)(?![\w,.]?\d)(?![a-zA-Z])/g;
/** Words just before a number that make it a telephone number or an amount. */
const NOT_A_REFERENCE = /(?:tel(?:ephone)?|phone|call|mobile|fax|£|\$|€|GBP|number:?)\s*$/i;

/** Canonical form for comparing references: single spaces, lowercase suffix. */
export function canonicalRef(ref: string): string {
  return ref.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function extractCaseNumbers(ctx: ExtractContext): CaseNumberMention[] {
  const { doc } = ctx;
  const out: CaseNumberMention[] = [];
  const own = doc.header.caseNumber;
  const self = own ? canonicalRef(own.value) : null;
  if (own) out.push(mention(ctx, 'case_number', { ref: own.value, role: 'self' }, own, 'header_case_number'));
  for (const s of ctx.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    for (const m of allMatches(CASE_REF, sentence)) {
      if (NOT_A_REFERENCE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
      const ref = m.groups!.ref!;
      const role = canonicalRef(ref) === self ? 'self' : 'cited';
      out.push(mention(ctx, 'case_number', { ref, role }, { start: s.start + m.index, end: s.start + m.index + ref.length }, role === 'self' ? 'own_reference' : 'cited_reference'));
    }
  }
  return out;
}
