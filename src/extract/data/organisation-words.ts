/**
 * Words for naming and classifying organisations, as data: how the regular variants of a
 * council's name are formed, which words make a name a care provider or some other body, and
 * the phrases ("the Council", "the Care Provider") a decision uses to refer back to a body.
 * Names are compared in normalised form: lower case, "&" written "and", punctuation dropped.
 */
import type { OrganisationType } from '../../types.js';

/** Council types that are principal local authorities (the types of the data file). */
export const COUNCIL_TYPES = [
  'county_council', 'district_council', 'unitary_authority', 'metropolitan_borough', 'london_borough',
] as const satisfies readonly OrganisationType[];
export type CouncilType = (typeof COUNCIL_TYPES)[number];

/**
 * Regular variants of a council's name, per type, as templates over the normalised place name.
 * `city` / `county` / `borough` templates apply only when the official name carries that word, so
 * "Salisbury City Council" (a parish-level city council today) never becomes Salisbury District.
 * An official name that does not end in "Council" also gets "<official> Council" ("London Borough
 * of Enfield Council").
 */
export interface VariantTemplates {
  always: readonly string[];
  city?: readonly string[];
  county?: readonly string[];
  borough?: readonly string[];
}
export const NAME_VARIANTS: Record<CouncilType, VariantTemplates> = {
  london_borough: {
    always: ['{p} council', 'london borough of {p}', '{p} london borough council', '{p} london borough', 'lb {p}', 'lb of {p}', '{p} borough council'],
    city: ['{p} city council', 'city of {p} council'],
  },
  metropolitan_borough: {
    always: [
      '{p} council', '{p} metropolitan borough council', '{p} metropolitan borough', '{p} metropolitan council', '{p} mbc',
      '{p} metropolitan district council', 'metropolitan borough of {p}', '{p} borough council',
    ],
    city: ['{p} city council', 'city of {p} council', 'city of {p} metropolitan district council'],
  },
  county_council: { always: ['{p} county council', '{p} council', '{p} cc'] },
  district_council: {
    always: ['{p} council', '{p} district council', '{p} borough council', 'borough of {p}', 'borough council of {p}', '{p} dc', '{p} bc'],
    city: ['{p} city council', 'city of {p} council'],
  },
  unitary_authority: {
    always: ['{p} council', '{p} unitary authority', '{p} unitary council'],
    city: ['{p} city council', 'city of {p} council'],
    county: ['{p} county council'],
    borough: ['{p} borough council', 'borough of {p}'],
  },
};

/** Legal-form words dropped from the end of a key: "Salveo Care Ltd" and "Salveo Care Limited" -> "salveo care". */
export const LEGAL_SUFFIX = /\s+(?:ltd|limited|plc|llp|lp|cic|inc|community interest company)$/;
/** Any legal-form word: the name is a company (a care provider unless it names another kind of body). */
export const LEGAL_FORM = /\b(?:ltd|limited|plc|llp|cic|community interest company)\b/;

/** Councils below the principal tier: never a principal council, whatever the place. */
export const PARISH_LEVEL = /\b(?:parish|town|community|village|neighbourhood)\s+councils?$|\bparish meeting$|\bcharter trustees$/;

/** Words that make a (normalised) name some other kind of body, checked before the care words. */
export const OTHER_BODY = new RegExp(
  [
    'nhs', 'ccg', 'icb', 'clinical commissioning', 'integrated care (?:board|system|partnership)', 'hospitals?',
    'health (?:board|authority)', 'police', 'constabulary', 'fire', 'rescue', 'national park', 'ombudsman',
    'commission(?:er)?', 'department', 'ministry', 'university', 'college', 'schools?', 'academy', 'education',
    'housing association', 'councils?', 'authority', 'board', 'tribunal', 'executive', 'government',
  ].map((w) => `\\b${w}\\b`).join('|'),
);

/** Words that make a (normalised) name a care provider: care companies and homes. */
export const CARE_WORDS = /\b(?:care|carers|caring|homecare|healthcare|nursing|domiciliary|residential home|rest home|retirement home|supported living|respite|homes)\b/;

/**
 * "the Council" and its kin, resolved back to a title organisation. `target` says which title
 * organisation a phrase can mean; `qualifier` (group 1) narrows "the County Council" to a title
 * organisation whose name carries that word.
 */
export type ReferenceTarget = 'council' | 'care_provider' | 'named';
export interface ReferencePattern {
  rule: string;
  pattern: RegExp;
  target: ReferenceTarget;
}
/** Nouns after "council" that make "the council" a compound ("the council tax"), not the body. */
export const COUNCIL_COMPOUNDS = [
  'tax', 'taxes', 'house', 'houses', 'housing', 'home', 'homes', 'tenant', 'tenants', 'tenancy', 'tenancies', 'flat',
  'flats', 'estate', 'estates', 'property', 'properties', 'chamber', 'meeting', 'meetings', 'elections?', 'members?',
  'area', 'boundary', 'of',
];
export const REFERENCE_PATTERNS: readonly ReferencePattern[] = [
  {
    rule: 'the_council',
    pattern: new RegExp(String.raw`\b[Tt]he\s+(?:(County|District|Borough|City|county|district|borough|city)\s+)?[Cc]ouncil\b(?!\s+(?:${COUNCIL_COMPOUNDS.join('|')})\b)`, 'g'),
    target: 'council',
  },
  {
    rule: 'the_care_provider',
    pattern: /\b[Tt]he\s+(?:[Cc]are\s+[Pp]rovider|[Pp]rovider|[Cc]are\s+[Hh]ome|[Nn]ursing\s+[Hh]ome|[Cc]are\s+[Cc]ompany|[Cc]are\s+[Aa]gency|Home(?!\s+Office)|Company)\b/g,
    target: 'care_provider',
  },
  {
    rule: 'the_body',
    pattern: /\b[Tt]he\s+(Trust|CCG|ICB|Authority|Board|Partnership|Agency|Academy|School|College|Corporation)\b/g,
    target: 'named',
  },
];

/** Acronyms that stand for a body-type word in a name ("the CCG" for a Clinical Commissioning Group). */
export const BODY_WORD_EXPANSIONS: Record<string, string> = {
  ccg: 'clinical commissioning group',
  icb: 'integrated care board',
};

/**
 * A parenthetical definition: "Cornwall Council (the Council)", "Saveo Care Ltd (‘the Care Provider’)",
 * "Bournemouth, Christchurch and Poole Council (‘BCP’)". Group `alias` is the defined short name.
 */
export const DEFINITION = /\(\s*(?:(?:referred to as|hereafter|hereinafter|called)\s+)?[‘'"“]?(?<the>[Tt]he\s+)?[‘'"“]?(?<alias>[A-Za-z][\w’'&-]*(?:\s+[A-Za-z][\w’'&-]*){0,3})[’'"”]?\s*\)/g;
/** How many words before a definition's bracket may name the defined body. */
export const DEFINITION_MAX_WORDS = 10;

/**
 * How the name before a definition's bracket must end for a body other than the title organisation
 * to count as defined ("Acme Care Ltd (the Provider)"); the Ombudsman and the courts never count.
 */
export const DEFINED_BODY_END = /\b(?:council|trust|ccg|icb|group|board|authority|partnership|home|homes|centre|agency|ltd|limited|llp|plc|cic|association|school|academy|college|practice|surgery|hospital|police|constabulary)$/;

/** Council names in running text: the word that ends one, and the words that open one. */
export const NAME_END = /\b(?:Council|Corporation)\b/g;
export const NAME_START = /\b(?:London Borough of|Royal Borough of|Borough Council of|Borough of|City of|Council of the|Corporation of|LB)\s+/g;
/** A word after "City of London" (or any opening-word name) that makes it part of another body's name. */
export const PART_OF_LONGER_NAME = /^(?:Police|Constabulary|School|Schools|Academy|College|University|Hospital|Hospitals|Trust|Fire|Magistrates|Court|Airport|Cemetery|Crematorium)\b/;
/** How many words a council name may have around its opening or closing word. */
export const NAME_MAX_WORDS = 8;
/** Characters that end the stretch of text a name can span (a name never crosses them). */
export const NAME_BREAK = /[.;:!?()[\]"“”\n]/;
