/**
 * Organisations: the body (or bodies) the title names, every later reference that resolves back
 * to one ("the Council", "the Care Provider", "the Trust", "Cornwall Council (the Council)" and
 * short names a decision defines), and other councils named in full in the text.
 * Title organisations come first; the rest follow in text order, never overlapping.
 */
import { placeOf } from '../parse/sentences.js';
import {
  BODY_WORD_EXPANSIONS, NAME_END, NAME_MAX_WORDS, NAME_START, PART_OF_LONGER_NAME, REFERENCE_PATTERNS, type ReferenceTarget,
} from './data/organisation-words.js';
import { type Definition, findDefinitions, tokensAfter, tokensBefore } from './organisation-text.js';
import { type Target, lookupAuthority, mayEndAuthorityName, mayNameAuthority, normaliseName, targetOf } from './organisation-names.js';
import type { OrganisationMention, OrganisationValue, ParsedDocument, Place, Span } from '../types.js';
import { memoize } from './memo.js';
import { allMatches } from './regex.js';

export { canonicalOrganisation } from './organisation-names.js';
export type { CanonicalOrganisation, LocalAuthority, Target } from './organisation-names.js';

export function extractOrganisations(doc: ParsedDocument): OrganisationMention[] {
  const { text, header } = doc;
  const from = header.title?.end ?? 0;
  const titles = header.organisations.map((f) => targetOf(f.value, true));
  const out = header.organisations.map((f, i) => build(doc, titles[i]!, f, 'title', 'title', 'title'));
  const found: OrganisationMention[] = [];
  const definitions = findDefinitions(text, from, titles);
  for (const d of definitions) found.push(build(doc, d.target, d.name, 'definition', d.target.title ? 'reference' : 'text'));
  for (const t of titles) for (const span of occurrences(text, from, t.name)) found.push(build(doc, t, span, 'title_name', 'reference'));
  for (const n of councilNames(text, from)) {
    const title = titles.find((t) => t.value.key === n.key && t.value.known);
    found.push(title ? build(doc, title, n, 'title_name', 'reference') : build(doc, targetOf(text.slice(n.start, n.end), false), n, 'council_name', 'text'));
  }
  found.push(...references(doc, from, titles, definitions));
  return [...out, ...withoutOverlaps(found)];
}

function build(doc: ParsedDocument, target: Target, span: Span, rule: string, via: OrganisationValue['via'], section?: Place): OrganisationMention {
  return {
    kind: 'organisation',
    value: { name: target.name, ...target.value, via },
    section: section ?? placeOf(doc, span.start),
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    rule,
  };
}

/** A title name as written, in any case and spacing; null for a one-word name. Compiled once per name. */
const namePattern = memoize((name: string): RegExp | null => {
  const words = name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length < 2 ? null : new RegExp(`(?<![\\w])${words.join('\\s+')}(?![\\w])`, 'gi');
}, 2_000);

/** Later occurrences of a title organisation's name as written (any case, any spacing). */
function occurrences(text: string, from: number, name: string): Span[] {
  const pattern = namePattern(name);
  if (!pattern) return [];
  pattern.lastIndex = from;
  const spans: Span[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

interface CouncilName extends Span { key: string }

/** Councils of the data file named in full: "Surrey County Council", "London Borough of Enfield". */
export function councilNames(text: string, from: number): CouncilName[] {
  const out: CouncilName[] = [];
  for (const m of allMatches(NAME_END, text.slice(from))) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (!mayEndAuthorityName(text, from, at)) continue;
    for (const t of tokensBefore(text, from, at, NAME_MAX_WORDS)) {
      if (!/^[A-Z]/.test(t.text) || /^the$/i.test(t.text)) continue;
      const name = text.slice(t.start, end);
      const a = mayNameAuthority(name) ? lookupAuthority(name) : null;
      if (a) { out.push({ start: t.start, end, key: a.key }); break; }
    }
  }
  for (const m of allMatches(NAME_START, text.slice(from))) {
    const at = from + m.index;
    const words = tokensAfter(text, at + m[0].length, NAME_MAX_WORDS);
    for (let i = words.length - 1; i >= 0; i--) {
      const end = words[i]!.end - (/[’']s$/.test(words[i]!.text) ? 2 : 0);
      const a = lookupAuthority(text.slice(at, end));
      if (!a) continue;
      const next = words[i + 1];
      if (!(end === words[i]!.end && next && PART_OF_LONGER_NAME.test(next.text))) out.push({ start: at, end, key: a.key });
      break;
    }
  }
  return out;
}

/** Which targets a reference phrase can mean; `word` is its qualifier or body word. */
function accepts(t: Target, target: ReferenceTarget, word: string | undefined): boolean {
  const w = word?.toLowerCase();
  if (target === 'council') return t.council && (!w || t.norm.split(' ').includes(w));
  if (target === 'care_provider') return t.value.type === 'care_provider';
  if (!w) return false;
  return t.norm.split(' ').includes(w) || (BODY_WORD_EXPANSIONS[w] !== undefined && t.norm.includes(BODY_WORD_EXPANSIONS[w]!));
}

/**
 * "the Council" and its kin. A definition of that very phrase for a title organisation decides;
 * else the one title organisation the phrase can mean; else a body the text defined with it.
 */
function references(doc: ParsedDocument, from: number, titles: Target[], definitions: Definition[]): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  const defined = new Map<string, Target>();
  for (const d of definitions) if (!defined.has(d.alias) || (d.target.title && !defined.get(d.alias)!.title)) defined.set(d.alias, d.target);
  const resolve = (phrase: string, target: ReferenceTarget, word: string | undefined): Target | undefined => {
    const own = defined.get(normaliseName(phrase));
    if (own?.title) return own;
    const candidates = titles.filter((t) => accepts(t, target, word));
    if (candidates.length === 1) return candidates[0];
    return candidates.length === 0 ? own : undefined;
  };
  const text = doc.text.slice(from);
  for (const { rule, pattern, target } of REFERENCE_PATTERNS) {
    for (const m of allMatches(pattern, text)) {
      const t = resolve(m[0], target, m[1]);
      const span = { start: from + m.index, end: from + m.index + m[0].length };
      if (t) out.push(build(doc, t, span, t.title ? rule : 'definition_reference', t.title ? 'reference' : 'text'));
    }
  }
  for (const d of definitions) {
    if (!d.pattern) continue;
    for (const m of allMatches(d.pattern, text)) {
      const span = { start: from + m.index, end: from + m.index + m[0].length };
      out.push(build(doc, d.target, span, 'defined_alias', d.target.title ? 'reference' : 'text'));
    }
  }
  return out;
}

/** Longest first at each position; a mention overlapping one already kept is dropped. */
function withoutOverlaps(mentions: OrganisationMention[]): OrganisationMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OrganisationMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}
