/**
 * Split a title naming several bodies ("Surrey County Council and Surrey and Borders Partnership
 * NHS Foundation Trust") into organisations, but never a single name that contains "and", "&" or
 * a comma ("Bournemouth, Christchurch and Poole Council", "Telford & Wrekin Council").
 * A split is kept only when every part has the form of an organisation name.
 */

/** Words that end an organisation's name. */
export const ORGANISATION_SUFFIXES = [
  'council', 'councils', 'trust', 'ltd', 'limited', 'llp', 'plc', 'cic', 'authority', 'board', 'group', 'ccg',
  'partnership', 'service', 'services', 'care', 'home', 'homes', 'centre', 'agency', 'academy', 'school',
  'college', 'corporation', 'commission', 'executive', 'association', 'foundation', 'company', 'icb',
  'ombudsman', 'department', 'office', 'police', 'constabulary', 'hospital', 'practice', 'surgery',
] as const;
/** Words that begin an organisation's name. */
const ORGANISATION_PREFIX = /^(london borough of|royal borough of|borough of|city of|county of|council of|the )/i;
const SEPARATOR = /\s*(?:;|,|\band\b|&)\s*/g;
const MAX_SEPARATORS = 12;

export interface OrganisationPart {
  text: string;
  /** Offset of the part inside the title organisation text. */
  offset: number;
}

export function splitOrganisations(title: string): OrganisationPart[] {
  const cuts: { start: number; end: number }[] = [];
  for (const m of title.matchAll(SEPARATOR)) cuts.push({ start: m.index, end: m.index + m[0].length });
  const whole = [{ text: title, offset: 0 }];
  if (cuts.length === 0 || cuts.length > MAX_SEPARATORS) return whole;
  const best = bestSplit(title, cuts, 0, 0, new Map());
  return best && best.length > 1 ? best : whole;
}

/** The segmentation of title[from..] into the most organisation-like parts, or null. */
function bestSplit(
  title: string,
  cuts: { start: number; end: number }[],
  from: number,
  firstCut: number,
  memo: Map<number, OrganisationPart[] | null>,
): OrganisationPart[] | null {
  if (memo.has(from)) return memo.get(from)!;
  let best: OrganisationPart[] | null = looksLikeOrganisation(title.slice(from)) ? [{ text: title.slice(from), offset: from }] : null;
  for (let c = firstCut; c < cuts.length; c++) {
    const cut = cuts[c]!;
    const head = title.slice(from, cut.start);
    if (!looksLikeOrganisation(head)) continue;
    const rest = bestSplit(title, cuts, cut.end, c + 1, memo);
    // "Royal Borough of Windsor and Maidenhead Council": a name opened by a prefix and closed by
    // a one-word "<Place> Council" is one council whose place name holds "and".
    if (rest && !hasSuffix(head) && rest[0]!.text.trim().split(/\s+/).length <= 2) continue;
    if (rest && (!best || rest.length + 1 > best.length)) best = [{ text: head, offset: from }, ...rest];
  }
  memo.set(from, best);
  return best;
}

/** The name ends with a word that ends organisation names ("... Council", "... Trust"). */
function hasSuffix(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  return (ORGANISATION_SUFFIXES as readonly string[]).includes(words[words.length - 1]!.replace(/[^a-z]/g, ''));
}

export function looksLikeOrganisation(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words.length < 2 && !ORGANISATION_PREFIX.test(name)) return false;
  return hasSuffix(name) || (ORGANISATION_PREFIX.test(name) && words.length >= 3);
}
