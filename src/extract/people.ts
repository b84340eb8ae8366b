/**
 * People: the pseudonyms a decision uses. Titled pseudonyms ("Mrs X", "Mr and Mrs B") are the
 * complainants and the people they complain for, unless the text makes them staff or the other
 * side ("the Council's officer, Mr Z", "her neighbour, Mr Y"). Bare letters ("her son, C",
 * "whom I refer to as D", "her child (M)") are people once a role or naming phrase introduces
 * them; every later bare use of that letter is a mention too. A pseudonym is one capital letter.
 */
import { type ExtractContext, mention } from './context.js';
import { ROLE_ALTERNATION, roleOf } from './data/people-roles.js';
import type { PersonMention, PersonValue } from '../types.js';
import { allMatches } from './regex.js';

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Mx)`;
/** "Mrs X", "Mr and Mrs B", "Miss x" (a lowercase letter only counts when the capital form occurs too). */
const TITLED = new RegExp(String.raw`\b(?<title>${TITLE})\.?\s+(?:(?:and|&)\s+(?<title2>${TITLE})\.?\s+)?(?<letter>[A-Za-z])(?![\w-])(?!\s+[A-Z][a-z])`, 'g');
/** A lone capital letter (not the pronoun I). */
const BARE = /(?<![\w’'‘-])(?<letter>[A-HJ-Z])(?![\w-])/g;
/** "her son, C" / "son C" / "her child (M)" / "her daughter, ‘Y’" just before the letter. */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:her|his|their|the|its|our|my|a|an|\w+[’']s)\s+(?:[\w-]+\s+){0,2}?(?<role>${ROLE_ALTERNATION})\s*,?\s*[‘'"“(]?$`, 'i');
/** "Mr Y, her son" / "Mr Y (her son)" / "Mr D is Mr C’s son" just after the name. */
const ROLE_AFTER = new RegExp(String.raw`^(?:\s*,|\s*\(|\s+is|\s+was)\s*(?:(?:her|his|their|the|a|an|its|${TITLE}\s+[A-Z][’']s)\s+)(?:[\w-]+\s+){0,2}?(?<role>${ROLE_ALTERNATION})\b`, 'i');
/** "whom I refer to as ‘D’", "who we have called C", "known as B". */
const NAMED_AS = /\b(?:refer(?:red)?\s+to\s+(?:\w+\s+)?as|call(?:ed)?|known\s+as)\s+(?:here\s+)?[‘'"“]?$/;
/** Role of the person a "who(m) I refer to as" clause introduces: "her foster child, who I will refer to as D". */
const ROLE_BEFORE_CLAUSE = new RegExp(String.raw`\b(?<role>${ROLE_ALTERNATION})\s*[,(]?\s*(?:who|whom)\s+(?:I|we)\b[^,.;]*$`, 'i');
/** A letter that labels a thing, not a person: "Section B", "Part C", "Class A". */
const LABEL_BEFORE = /\b(?:section|part|schedule|annex|appendix|category|class|plan|grade|band|type|stage|level|block|flat|unit|room|zone|area|option|paragraph|box|form|table|figure|vitamin|hepatitis|key\s+stage|tier|phase|route|ward|item|point|exhibit)\s*$/i;
const TITLE_BEFORE = new RegExp(String.raw`\b${TITLE}\.?\s+(?:and\s+)?$`);
/** Whoever complains is a complainant, whatever their role ("Mrs X, a landlord, complains"). */
const COMPLAINS_AFTER = /^\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,.;]{0,60},\s*)?(?:also\s+|has\s+|had\s+|then\s+)?complain(?:s|ed)?\b/;
const COMPLAINANT_BEFORE = /\bcomplainants?\s*,?\s*(?:(?:who|whom)\b[^,.;]{0,50})?,?\s*$/i;
/** The other side of the complaint: "allegations made by his wife (Mrs K)", "Ms Y, who had made allegations". */
const ACCUSER_BEFORE = /\ballegations?\s+(?:made\s+|raised\s+)?by\s+(?:(?:his|her|their|the)\s+)?(?:[\w’'-]+\s+){0,3}?\(?\s*$/i;
const ACCUSER_AFTER = /^\s*\)?\s*,?\s*(?:who\s+)?(?:had\s+|has\s+)?(?:made|makes|raised|raises)\s+(?:the\s+|an?\s+|several\s+|false\s+|further\s+)?allegations?\b/i;

interface Found { name: string; title: string | null; letter: string; start: number; end: number; role: string | null; other: boolean; complains: boolean }

function roleNear(before: string, after: string): { role: string; other: boolean } | null {
  const word = ROLE_BEFORE.exec(before)?.groups?.role ?? ROLE_AFTER.exec(after)?.groups?.role;
  const role = word ? roleOf(word) : undefined;
  return role ? { role: role.value, other: role.party === 'other' } : null;
}

export function extractPeople(ctx: ExtractContext): PersonMention[] {
  const { text } = ctx.doc;
  const found: Found[] = [];
  const bareNames = new Map<string, { role: string | null; other: boolean }>();
  for (const s of ctx.sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of allMatches(TITLED, sentence)) {
      const g = m.groups!;
      let letter = g.letter!;
      if (letter !== letter.toUpperCase()) {
        letter = letter.toUpperCase();
        if (!new RegExp(String.raw`\b${g.title2 ?? g.title}\.?\s+${letter}(?![\w-])`).test(text)) continue;
      }
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + m[0].length);
      const accuser = ACCUSER_BEFORE.test(before) || ACCUSER_AFTER.test(after);
      const stated = roleNear(before, after);
      const near = accuser ? { role: stated?.role ?? 'accuser', other: true } : stated;
      const complains = COMPLAINS_AFTER.test(after) || COMPLAINANT_BEFORE.test(before);
      for (const title of g.title2 ? [g.title!, g.title2] : [g.title!]) {
        found.push({ name: `${title} ${letter}`, title, letter, start: s.start + m.index, end: s.start + m.index + m[0].length, role: near?.role ?? null, other: near?.other ?? false, complains });
      }
    }
    for (const m of allMatches(BARE, sentence)) {
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + 1);
      const letter = m.groups!.letter!;
      if (TITLE_BEFORE.test(before) || LABEL_BEFORE.test(before)) continue;
      if (letter === 'A' && /^\s+[A-Za-z]/.test(after)) continue;
      const roleWord = ROLE_BEFORE.exec(before)?.groups?.role
        ?? (NAMED_AS.test(before) ? ROLE_BEFORE_CLAUSE.exec(before.replace(NAMED_AS, ''))?.groups?.role ?? '' : undefined);
      if (roleWord !== undefined && !bareNames.has(letter)) {
        const role = roleWord ? roleOf(roleWord) : undefined;
        bareNames.set(letter, { role: role?.value ?? null, other: role?.party === 'other' });
      }
      found.push({ name: letter, title: null, letter, start: s.start + m.index, end: s.start + m.index + 1, role: null, other: false, complains: false });
    }
  }
  // "Ms D" and, later, "Miss D": one woman written two ways (a decision gives each person their own letter).
  const firstUnmarried = new Map<string, string>();
  for (const f of found) {
    if (f.title !== 'Ms' && f.title !== 'Miss') continue;
    const first = firstUnmarried.get(f.letter);
    if (!first) firstUnmarried.set(f.letter, f.title);
    else if (first !== f.title) { f.title = first; f.name = `${first} ${f.letter}`; }
  }
  /** Settle each name's role and side from the first mention that states one. */
  const settled = new Map<string, { role: string | null; other: boolean }>();
  for (const f of found) if (f.title && f.role && !settled.has(f.name)) settled.set(f.name, { role: f.role, other: f.other });
  for (const f of found) if (f.complains && settled.get(f.name)?.other) settled.set(f.name, { ...settled.get(f.name)!, other: false });
  const out: PersonMention[] = [];
  for (const f of found) {
    const bare = f.title === null ? bareNames.get(f.letter) : undefined;
    if (f.title === null && !bare) continue;
    const who = f.title ? settled.get(f.name) : bare;
    const value: PersonValue = {
      name: f.name, title: f.title, letter: f.letter, role: who?.role ?? null, complainant: f.title !== null && !who?.other,
    };
    out.push(mention(ctx, 'person', value, f, f.title ? 'titled_pseudonym' : 'bare_letter'));
  }
  return out;
}
