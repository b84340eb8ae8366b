/**
 * Reading organisation names out of running text: the words just before or after an offset
 * (within one clause), and parenthetical definitions such as "Cornwall Council (the Council)",
 * "Saveo Care Ltd (‘the Care Provider’)" or "Acme Homecare Ltd (the Provider)".
 */
import {
  DEFINED_BODY_END, DEFINITION, DEFINITION_MAX_WORDS, NAME_BREAK, REFERENCE_PATTERNS,
} from './data/organisation-words.js';
import {
  type Target, canonicalOrganisation, lookupAuthority, normaliseName, organisationType, targetOf,
} from './organisation-names.js';
import type { Span } from '../types.js';
import { levenshtein } from './natural.js';
import { allMatches } from './regex.js';

export interface Token extends Span { text: string }

const TOKEN = /[A-Za-z0-9][\w’'&-]*|&/g;
/** Small words that may sit inside a name: "Newark and Sherwood", "Isle of Wight", "Blackburn with Darwen". */
const NAME_JOINER = /^(?:and|&|of|upon|on|under|the|with|in|le|for)$/;
/** How far (characters) to look around an offset for a name. */
const WINDOW = 300;

function tokens(text: string, start: number, end: number): Token[] {
  return allMatches(TOKEN, text.slice(start, end)).map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));
}

/** The last `max` words before `at` in its clause (never before `floor`), in text order. */
export function tokensBefore(text: string, floor: number, at: number, max: number): Token[] {
  let start = Math.max(floor, at - WINDOW);
  const seg = text.slice(start, at);
  for (let i = seg.length - 1; i >= 0; i--) if (NAME_BREAK.test(seg[i]!)) { start += i + 1; break; }
  return tokens(text, start, at).slice(-max);
}

/** The first `max` words from `at` in its clause, in text order. */
export function tokensAfter(text: string, at: number, max: number): Token[] {
  const seg = text.slice(at, at + WINDOW);
  const stop = seg.search(NAME_BREAK);
  return tokens(text, at, at + (stop < 0 ? seg.length : stop)).slice(0, max);
}

export interface Definition {
  /** Where the defined body is named, just before the bracket. */
  name: Span;
  /** Normalised short name: "council", "care provider", "bcp". */
  alias: string;
  target: Target;
  /** Pattern for the short name when "the Council"-style patterns do not already cover it. */
  pattern: RegExp | null;
}

/** Same body: same key, or (for a misspelt name) one or two letters apart with as many words. */
function sameBody(candidate: string, t: Target): boolean {
  const key = canonicalOrganisation(candidate).key;
  if (key === t.value.key) return true;
  if (t.value.known || key.split(' ').length !== t.value.key.split(' ').length) return false;
  return levenshtein(key, t.value.key) <= Math.max(1, Math.floor(t.value.key.length / 10));
}

const isName = (t: Token) => /^[A-Z]/.test(t.text) && !/^the$/i.test(t.text);

/** The title organisation the words end with, as the longest span naming it. */
function titleBefore(text: string, words: Token[], titles: Target[]): { span: Span; target: Target } | null {
  const end = words[words.length - 1]!.end;
  for (const w of words) {
    if (!isName(w)) continue;
    const target = titles.find((t) => sameBody(text.slice(w.start, end), t));
    if (target) return { span: { start: w.start, end }, target };
  }
  return null;
}

/** Another body named by the capitalised run the words end with ("Acme Homecare Ltd"). */
function otherBefore(text: string, words: Token[]): { span: Span; target: Target } | null {
  let i = words.length;
  while (i > 0 && (isName(words[i - 1]!) || NAME_JOINER.test(words[i - 1]!.text))) i--;
  while (i < words.length && !isName(words[i]!)) i++;
  if (i >= words.length) return null;
  const end = words[words.length - 1]!.end;
  /** "the Council’s Home Care Team (the Team)" is part of its owner, not another body. */
  const owned = words.slice(i, -1).some((w) => {
    const owner = /^(.*)[’']s?$/.exec(w.text)?.[1];
    return owner !== undefined && DEFINED_BODY_END.test(normaliseName(owner));
  });
  if (owned) return null;
  const span = { start: words[i]!.start, end };
  const name = text.slice(span.start, span.end);
  const known = lookupAuthority(name) !== null;
  if (!known && !DEFINED_BODY_END.test(normaliseName(name)) && organisationType(name) !== 'care_provider') return null;
  return { span, target: targetOf(name, false) };
}

function isReferencePhrase(phrase: string): boolean {
  return REFERENCE_PATTERNS.some(({ pattern }) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', '')).test(phrase));
}

export function findDefinitions(text: string, from: number, titles: Target[]): Definition[] {
  const out: Definition[] = [];
  for (const m of allMatches(DEFINITION, text.slice(from))) {
    const open = from + m.index;
    const words = tokensBefore(text, from, open, DEFINITION_MAX_WORDS);
    if (words.length === 0 || text.slice(words[words.length - 1]!.end, open).trim() !== '') continue;
    const found = titleBefore(text, words, titles) ?? otherBefore(text, words);
    if (!found) continue;
    const alias = m.groups!.alias!.replace(/[’'‘]+$/, '');
    const the = m.groups!.the ?? '';
    if (!the && !/^[A-Z]/.test(alias)) continue;
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const pattern = isReferencePhrase(`${the}${alias}`) || (!the && normaliseName(alias) === found.target.value.key)
      ? null
      : new RegExp(the ? `\\b[Tt]he\\s+${escaped}(?![\\w])` : `(?<![\\w])${escaped}(?![\\w])`, 'g');
    out.push({ name: found.span, alias: normaliseName(alias), target: found.target, pattern });
  }
  return out;
}
