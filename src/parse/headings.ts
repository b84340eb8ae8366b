/**
 * Headings: recognised by their form and position (see sections.ts), then named from their
 * words by an ordered list of rules ({kind, match, reason}); the first match wins.
 */
import type { SectionKind } from '../types.js';

export interface HeadingRule {
  kind: Exclude<SectionKind, 'other'>;
  match: RegExp;
  reason: string;
}

/** Matched against the heading lower-cased, straight quotes, no trailing punctuation or leading "the". */
export const HEADING_RULES: readonly HeadingRule[] = [
  { kind: 'summary', match: /^summary( of (the )?(decision|complaint))?$/, reason: 'summary heading' },
  { kind: 'complaint', match: /^(complaints?|complaint summary|background to the complaint)$/, reason: 'the complaint' },
  { kind: 'complaint', match: /^what (mrs?|ms|miss|dr|the complainants?) ?[a-z]? complain(s|ed)? about$/, reason: 'what X complained about' },
  { kind: 'scope', match: /^what (i|we) (have|did|will|can)( not|n't)? (and (have|did) (not|n't) )?(investigated?|considered?|looked at)\b/, reason: 'scope of investigation' },
  { kind: 'scope', match: /^(scope of (the|my|our|this) investigation|the scope of (my|our) investigation|what i have not investigated and why)$/, reason: 'scope of investigation' },
  { kind: 'scope', match: /^(the )?parts? of (the|this|[a-z]+[’']s) complaint (that )?(i|we) (did not|have not|didn't|haven't|will not|cannot|could not) (investigate|consider)d?$/, reason: 'scope of investigation (older pages)' },
  { kind: 'role_and_powers', match: /\brole(s)? and powers?$|^(ombudsm[ae]n'?s'?|our|legal) (role|powers|jurisdiction)$/, reason: 'role and powers' },
  { kind: 'how_considered', match: /^how (i|we) (have )?(considered|investigated|looked at) (this|the|these|his|her|their|your) complaints?$/, reason: 'how I considered this complaint' },
  { kind: 'how_considered', match: /^(investigation|my investigation|how i considered it)$/, reason: 'investigation method' },
  { kind: 'analysis', match: /^(analysis|conclusions?|consideration|assessment|findings of fault|my (view|views|assessment|analysis|consideration|conclusions?))$/, reason: 'analysis' },
  { kind: 'analysis', match: /^(was|is) there (any )?fault\b/, reason: 'fault question' },
  { kind: 'findings', match: /^(what (i|we) (have )?found|findings?|my findings|our findings|what happened and what should have happened)$/, reason: 'what I found' },
  { kind: 'agreed_action', match: /^(agreed )?(actions?|remed(y|ies))( agreed)?$|^(recommendations?|recommended actions?|our recommendations?|my recommendations?|action(s)? (the council|the organisation|it) (has|have) agreed( to take)?)$/, reason: 'agreed action / recommendations' },
  { kind: 'final_decision', match: /^(final )?decisions?$|^(my|our) (final )?decision$|^decision and recommendations$/, reason: 'final decision' },
];

export function headingKind(heading: string): SectionKind | null {
  const key = heading
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[\s:.?!]+$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
  for (const rule of HEADING_RULES) if (rule.match.test(key)) return rule.kind;
  return null;
}

/** Longest heading we accept, in words and characters. */
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 110;
/** A heading starts with a capital or a digit and does not close with sentence punctuation. */
const HEADING_SHAPE = /^[A-Z0-9‘'"“][^]*[^.,;:]$/;

/** Does this unmarked line have the form of a heading? (Position is checked by the caller.) */
export function hasHeadingForm(content: string): boolean {
  if (content.length > MAX_HEADING_CHARS || !HEADING_SHAPE.test(content)) return false;
  return content.split(/\s+/).length <= MAX_HEADING_WORDS;
}
