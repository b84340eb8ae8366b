/**
 * Regex helpers for the hot loops of the extractors. `text.matchAll(re)` clones the RegExp on
 * every call (the spec's species constructor, a slow path in V8: ~0.8 µs per call, more than
 * the match itself on a sentence), and `text.search(re)` saves and restores lastIndex; these
 * run the shared, already compiled RegExp directly and leave its lastIndex as they found it.
 */

/**
 * Every match of a global RegExp in text, in order: `[...text.matchAll(re)]`. Like matchAll it
 * starts at re.lastIndex (0 unless someone left it elsewhere) and leaves lastIndex as it found it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global RegExp: ${re}`);
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it as matchAll does.
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  return out;
}

/** Whether a RegExp (global or not) matches anywhere in text: `text.search(re) >= 0`, lastIndex kept. */
export function matchesAnywhere(re: RegExp, text: string): boolean {
  const before = re.lastIndex;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = before;
  return found;
}

/**
 * True when every match of `re` starts with `literal`: its source begins with it (not made
 * optional by a quantifier) and has no top-level `|` (an alternative could start otherwise).
 * Conservative, for prefilters ("no £, no amount"): false whenever unsure.
 */
export function alwaysStartsWith(re: RegExp, literal: string): boolean {
  let depth = 0;
  for (let i = 0, inClass = false; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  const next = re.source[literal.length];
  return re.source.startsWith(literal) && !re.flags.includes('i') && next !== '?' && next !== '*' && next !== '{';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A cheap pre-check for many rules at once: each rule lists words (lower case) it cannot match
 * without, and a sentence is scanned once, with one pattern, for all of them. Words are reduced
 * to their shortest listed prefix ("investigat" stands for "investigate"), so no two can start
 * at the same place and every occurrence is seen.
 */
export class WordGate {
  /** Listed word -> index of its root (the shortest listed word it starts with). */
  private readonly rootOf = new Map<string, number>();
  private readonly roots: string[];
  private readonly pattern: RegExp;

  constructor(words: Iterable<string>) {
    const all = [...new Set(words)].sort((a, b) => a.length - b.length);
    this.roots = all.filter((w) => !all.some((r) => r !== w && w.startsWith(r)));
    for (const w of all) this.rootOf.set(w, this.roots.findIndex((r) => w.startsWith(r)));
    this.pattern = new RegExp(this.roots.length ? this.roots.map(escapeRegExp).join('|') : '(?!)', 'g');
  }

  /** A rule's `needs` as root indexes for `allows`; null (always allowed) without needs or with a word not listed. */
  compile(needs: readonly string[] | undefined): readonly number[] | null {
    if (!needs) return null;
    const ids = needs.map((w) => this.rootOf.get(w) ?? -1);
    return ids.includes(-1) ? null : ids;
  }

  /** Which roots occur in `lower`, a lower-cased text (by root index). */
  scan(lower: string): Uint8Array {
    const found = new Uint8Array(this.roots.length);
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      found[this.rootOf.get(m[0])!] = 1;
      re.lastIndex = m.index + 1; // occurrences may overlap ("if" in "identified")
    }
    re.lastIndex = 0;
    return found;
  }

  /** Whether a rule whose compiled needs are `ids` may match a text whose scan is `found`. */
  static allows(ids: readonly number[] | null, found: Uint8Array): boolean {
    if (!ids) return true;
    for (const i of ids) if (found[i]) return true;
    return false;
  }
}
