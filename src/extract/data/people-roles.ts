/**
 * Relationship and role words that name who a pseudonymised person is, as data. `party` says
 * whether someone in that role is on the complainant's side (family, friends, representatives:
 * the people complaints are made for or with) or not (staff, professionals, the other side).
 */
export type RoleParty = 'complainant_side' | 'other';

export interface RoleWord {
  /** Alternation of the words (regex source, case-insensitive). */
  match: string;
  value: string;
  party: RoleParty;
  reason: string;
}

const side = (match: string, value: string, reason = 'family or household'): RoleWord => ({ match, value, party: 'complainant_side', reason });
const other = (match: string, value: string, reason: string): RoleWord => ({ match, value, party: 'other', reason });

export const ROLE_WORDS: readonly RoleWord[] = [
  side('sons?|stepsons?', 'son'),
  side('daughters?|stepdaughters?', 'daughter'),
  side('foster\\s+child|child|children|baby|stepchild', 'child'),
  side('mother|mum|stepmother', 'mother'),
  side('father|dad|stepfather', 'father'),
  side('husband', 'husband'),
  side('wife', 'wife'),
  side('partner|fiancée?|spouse|ex-husband|ex-wife|ex-partner', 'partner'),
  side('grandsons?', 'grandson'),
  side('granddaughters?', 'granddaughter'),
  side('grandchild|grandchildren', 'grandchild'),
  side('grandmother|grandfather|grandparents?', 'grandparent'),
  side('brother|stepbrother', 'brother'),
  side('sister|stepsister', 'sister'),
  side('nephew|niece|cousin|aunt|uncle|relative', 'relative'),
  side('parents?', 'parent'),
  side('friend', 'friend', 'supports the complainant'),
  side('advocate|representative', 'representative', 'acts for the complainant'),
  side('tenant', 'tenant', 'tenant (of the complainant or of the council)'),
  other('neighbours?', 'neighbour', 'the other side of a neighbour dispute'),
  other('landlord|landlady|developer', 'other_party', 'the other side of the complaint'),
  other('officers?|(?:social|care|support|key|family\\s+support)\\s+worker|worker|(?:team\\s+|service\\s+|care\\s+home\\s+|registered\\s+)?manager|head(?:\\s+of\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?|director|lead|co-?ordinator|councillor|cabinet\\s+member|mayor|investigator|inspector|independent\\s+person|caseworker|employee|staff\\s+member|member\\s+of\\s+staff|head\\s*teacher|teacher|SENCO|GP|doctor|nurse|practitioner|clinician|consultant|psychologist|psychiatrist|paediatrician|(?:occupational\\s+)?therapist|solicitor|barrister|chair|assessor|(?:personal\\s+)?assistant|carer\\s+from|surveyor|adviser|advisor|administrator|clerk|owner|proprietor',
    'staff', 'works for the organisation or another professional body'),
];

/** Every role word as one alternation (regex source) for patterns. */
export const ROLE_ALTERNATION = ROLE_WORDS.map((r) => r.match).join('|');

export function roleOf(word: string): RoleWord | undefined {
  const w = word.replace(/\s+/g, ' ').trim();
  return ROLE_WORDS.find((r) => new RegExp(`^(?:${r.match})$`, 'i').test(w));
}
