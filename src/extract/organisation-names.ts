/**
 * Organisation names: the local-authority data file, the index of every variant of a council's
 * name, and `canonicalOrganisation`, which groups variants under one key and types a name.
 * Names are compared normalised (case, spacing, punctuation and "&"/"and" do not matter).
 */
import raw from './data/local-authorities.json' with { type: 'json' };
import {
  CARE_WORDS, COUNCIL_TYPES, type CouncilType, LEGAL_FORM, LEGAL_SUFFIX, NAME_VARIANTS, OTHER_BODY, PARISH_LEVEL,
} from './data/organisation-words.js';
import type { OrganisationType, OrganisationValue } from '../types.js';
import { memoize } from './memo.js';

export interface LocalAuthority {
  /** Lower-case place name grouping every variant: "enfield", "telford and wrekin". */
  key: string;
  /** Official name as the Ombudsman prints it. */
  name: string;
  type: CouncilType;
  /** Place name when it differs from the key ("somerset" for "somerset county"). */
  place?: string;
  /** Irregular variants; the regular ones come from NAME_VARIANTS. */
  aliases: string[];
  /** Year the council was abolished (1 April), when it was. */
  abolished?: number;
  /** Keys of the councils that took over. */
  successors?: string[];
}

export interface CanonicalOrganisation {
  key: string;
  type: OrganisationType;
  /** True when the name matched the local-authority data file. */
  known: boolean;
  /** Official name from the data file, or null. */
  official: string | null;
}

function load(): LocalAuthority[] {
  const list = raw.authorities as unknown as LocalAuthority[];
  for (const a of list) {
    if (!(COUNCIL_TYPES as readonly string[]).includes(a.type)) throw new Error(`local-authorities.json: bad type for ${a.key}`);
  }
  return list;
}

export const LOCAL_AUTHORITIES: readonly LocalAuthority[] = load();

/** Lower case, "&" -> "and", apostrophes dropped, other punctuation -> space, leading "the" dropped. */
export const normaliseName: (name: string) => string = memoize(normalise, 5_000);

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** The regular variants of an authority's name (normalised), from its type's templates. */
export function nameVariants(a: LocalAuthority): string[] {
  const official = normaliseName(a.name);
  const t = NAME_VARIANTS[a.type];
  const templates = [
    ...t.always,
    ...(/\bcity\b/.test(official) ? t.city ?? [] : []),
    ...(/\bcounty\b/.test(official) ? t.county ?? [] : []),
    ...(/\bborough\b/.test(official) ? t.borough ?? [] : []),
  ];
  const place = a.place ?? a.key;
  const variants = templates.map((tpl) => tpl.replace('{p}', place));
  return /\bcouncil$/.test(official) ? variants : [...variants, `${official} council`];
}

interface Slot { authority: LocalAuthority | null; priority: number }

/**
 * Every variant -> its authority. Official names and listed aliases win over derived variants,
 * derived variants of current councils over those of abolished ones; a derived variant that two
 * councils of the same rank share belongs to neither.
 */
function buildIndex(list: readonly LocalAuthority[]): Map<string, Slot> {
  const index = new Map<string, Slot>();
  const put = (variant: string, authority: LocalAuthority, priority: number) => {
    const n = normaliseName(variant);
    const slot = index.get(n);
    if (!n || slot?.authority === authority) return;
    if (!slot || priority > slot.priority) index.set(n, { authority, priority });
    else if (priority === slot.priority) index.set(n, { authority: null, priority });
  };
  for (const a of list) for (const name of [a.name, ...a.aliases]) put(name, a, 3);
  for (const a of list) for (const v of nameVariants(a)) put(v, a, a.abolished ? 1 : 2);
  return index;
}

interface AuthorityIndex {
  names: Map<string, Slot>;
  /** The first word of every indexed name. */
  firstWords: ReadonlySet<string>;
  /**
   * The word before the closing "council" or "corporation" of every indexed name of two words or
   * more; null (no pre-check) when some indexed name is that word alone.
   */
  wordsBeforeEnd: ReadonlySet<string> | null;
}

function wordsBeforeEnd(names: Map<string, Slot>): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const key of names.keys()) {
    const w = key.split(' ');
    if (w[w.length - 1] !== 'council' && w[w.length - 1] !== 'corporation') continue;
    if (w.length < 2) return null;
    words.add(w[w.length - 2]!);
  }
  return words;
}

let built: AuthorityIndex | null = null;

/**
 * Built on first use, not at import: a CLI verb that only reads the store (stats, search, show)
 * imports this module for `canonicalOrganisation` and mostly never calls it (~25 ms saved).
 */
function authorityIndex(): AuthorityIndex {
  if (built) return built;
  const names = buildIndex(LOCAL_AUTHORITIES);
  built = { names, firstWords: new Set([...names.keys()].map((k) => k.split(' ')[0]!)), wordsBeforeEnd: wordsBeforeEnd(names) };
  return built;
}

const FIRST_RUN = /^\S*/;

/**
 * False when lookupAuthority(name) cannot find a council because the first word of the name, as
 * normaliseName would give it, starts none of the indexed names. A cheap test before the lookup
 * councilNames does for every run of words before each "Council" ("Mrs X complained that the
 * Council", "X complained that the Council" ...): nearly all are refused here. The first word is
 * read from the text up to the first white space (which normaliseName always turns into a word
 * break), normalised the same way, without the end-of-name rules ("'s") that cannot apply there;
 * a name starting "the" (which normaliseName drops) is always looked up.
 */
export function mayNameAuthority(name: string): boolean {
  const first = FIRST_RUN.exec(name)![0].toLowerCase().replace(/[’‘`´']/g, '').replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ')[0]!;
  return first === 'the' || authorityIndex().firstWords.has(first);
}

/** How far before "Council" to look for the word before it. */
const WORD_BEFORE_WINDOW = 64;

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters normaliseName drops without a word break (the other apostrophes are not ASCII). */
const isDroppedQuote = (c: number) => c === 39 || c === 96;

/**
 * False when no name ending with the "Council" (or "Corporation") at `at` can be an indexed one:
 * the word just before it, as normaliseName would give it inside a name, comes before the last
 * word of no indexed name. A cheap test before the lookups councilNames does for every run of
 * words before each "Council": "the Council", "complained to the Council" and "Parish Council"
 * are refused at once. The word is read backwards from `at`, by normaliseName's rules (ASCII
 * letters and digits, apostrophes dropped, "&" is "and", anything else a break); it answers true
 * (look it up) whenever unsure: no white space just before `at` (nothing may then separate the
 * word from "Council"), a character outside ASCII, or a word that reaches `floor` or the window.
 */
export function mayEndAuthorityName(text: string, floor: number, at: number): boolean {
  const before = authorityIndex().wordsBeforeEnd;
  if (!before || !/\s/.test(text[at - 1] ?? '')) return true;
  const lo = Math.max(floor, at - WORD_BEFORE_WINDOW);
  let i = at - 1;
  for (; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    if (c === 38) return before.has('and');
    if (isAsciiAlnum(c)) break;
  }
  const end = i + 1;
  for (; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    if (!isAsciiAlnum(c) && !isDroppedQuote(c)) break;
  }
  if (i < lo || end === i + 1) return true;
  return before.has(text.slice(i + 1, end).toLowerCase().replace(/['`]/g, ''));
}

/** The authority a name denotes, or null (parish and town councils never denote one). */
export function lookupAuthority(name: string): LocalAuthority | null {
  const n = normaliseName(name);
  if (PARISH_LEVEL.test(n)) return null;
  const found = authorityIndex().names.get(n)?.authority ?? null;
  /** "Kent County Council (KCC)": try again without the bracketed short name. */
  const bare = name.replace(/\([^()]*\)/g, ' ');
  return found ?? (bare !== name ? lookupAuthority(bare) : null);
}

/** Key for a name outside the data file: normalised, legal-form words dropped from the end. */
export function organisationKey(name: string): string {
  let n = normaliseName(name);
  for (let m = LEGAL_SUFFIX.exec(n); m && m.index > 0; m = LEGAL_SUFFIX.exec(n)) n = n.slice(0, m.index);
  return n;
}

/** Type of a name outside the data file: care companies and homes, else 'other'. */
export function organisationType(name: string): OrganisationType {
  const n = normaliseName(name);
  if (OTHER_BODY.test(n)) return 'other';
  return CARE_WORDS.test(n) || LEGAL_FORM.test(n) ? 'care_provider' : 'other';
}

export function canonicalOrganisation(name: string): CanonicalOrganisation {
  const authority = lookupAuthority(name);
  if (authority) return { key: authority.key, type: authority.type, known: true, official: authority.name };
  return { key: organisationKey(name), type: organisationType(name), known: false, official: null };
}

/** True when a name is a council of any kind (a principal council, or a parish or town council). */
export function isCouncilName(name: string): boolean {
  return lookupAuthority(name) !== null || /\bcouncils?\b/.test(normaliseName(name));
}

/** A body that mentions can resolve to: a title organisation or one the text defines. */
export interface Target {
  /** As written (the title's value for a title organisation). */
  name: string;
  value: Omit<OrganisationValue, 'via' | 'name'>;
  /** Normalised name, for "the County Council" and "the Trust". */
  norm: string;
  council: boolean;
  title: boolean;
}

export function targetOf(name: string, title: boolean): Target {
  const { key, type, known } = canonicalOrganisation(name);
  return { name, value: { key, type, known }, norm: normaliseName(name), council: isCouncilName(name), title };
}
