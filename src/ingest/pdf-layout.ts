/**
 * pdf-parse page text -> one line per paragraph, heading or list item. pdf-parse gives each page
 * as lines of text without positions, so the layout works on characters: running headers/footers
 * and page numbers on the first/last lines of pages are dropped, and a line is joined to the one
 * before unless a list marker, or room left on the line before for the next word (measured
 * against the document's typical full-line length), says a new paragraph starts.
 */

/** A text run of a page (pdfjs-style item); only its text is used. */
export interface PdfTextItem {
  str: string;
}

/** A page: its text as pdf-parse returns it, or its text runs ("\n" ends a line). */
export type PdfPage = string | readonly PdfTextItem[];

/** Lines at each page edge that may be running headers / footers. */
const EDGE_LINES = 2;
/** A repeated edge line is chrome when it recurs on this share of pages (and on at least 2). */
const REPEAT_SHARE = 0.4;
const PAGE_NUMBER = [/^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, /^[-–—]\s*\d{1,4}\s*[-–—]$/];
const LIST_MARKER = /^(\d{1,3}\.|[•●▪◦‣∙\uf0b7\uf0a7-]|\(?[a-z]\)|\([ivx]{1,5}\))\s+/;
const BULLET_GLYPHS = /^[●▪◦‣∙\uf0b7\uf0a7]/;
/** Marker families, for nesting: a new family inside a list goes one level deeper. */
const MARKER_KINDS: Array<[string, RegExp]> = [['number', /^\d/], ['roman', /^\([ivx]+\)$/], ['letter', /^\(?[a-z]\)$/], ['dash', /^-$/]];
/** Ends a sentence (or a lead-in): punctuation, then closing quotes/brackets. */
const SENTENCE_END = /[.:;?!)]["'”’)\]]*$/;
/** A header field such as "Decision : Upheld" starts its own line. */
const FIELD_LABEL = /^\p{Lu}[\p{L} ]{0,30} : /u;
/** A heading ends on a word, a colon or a bracket, not on a full stop or comma. */
const HEADING = /^[\p{Lu}\d].*[\p{L}\d:)]$/u;
/** A list item ending like this introduces a nested list. */
const LEAD_IN = /:$/;
const HYPHENATED = /\p{L}-$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** The full-line length is this quantile of line lengths (most lines of a decision are full). */
const FULL_QUANTILE = 0.8;
/**
 * A line ended on purpose when the next line's first word would have fitted on it with this share
 * of a full line to spare: after a sentence end, or without one (a heading). Characters are not
 * all the same width, so the margins absorb a line's spread around the typical length.
 */
const ROOM_AFTER_SENTENCE = 0.06;
const ROOM_OTHERWISE = 0.12;

interface Paragraph {
  text: string;
  marker: string | null;
}

function pageLines(page: PdfPage): string[] {
  const text = typeof page === 'string' ? page : page.map((item) => item.str ?? '').join('');
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Drop page numbers and lines repeated at the same place on the edges of many pages. */
function dropRunningLines(pages: string[][]): string[] {
  /** Edge slot of line i: "t0", "t1" from the top, "b0", "b1" from the bottom; null inside. */
  const slot = (i: number, n: number): string | null => (i < EDGE_LINES ? `t${i}` : n - 1 - i < EDGE_LINES ? `b${n - 1 - i}` : null);
  const key = (line: string, at: string): string => `${at}:${line.toLowerCase().replace(/\d+/g, '#')}`;
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set<string>();
    lines.forEach((line, i) => {
      const at = slot(i, lines.length);
      if (at) keys.add(key(line, at));
    });
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  return pages.flatMap((lines) =>
    lines.filter((line, i) => {
      const at = slot(i, lines.length);
      if (!at) return true;
      if (PAGE_NUMBER.some((re) => re.test(line))) return false;
      return pages.length < 2 || (seen.get(key(line, at)) ?? 0) < needed;
    }),
  );
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const firstWord = (line: string): string => line.split(' ', 1)[0] ?? '';

function assemble(lines: string[]): Paragraph[] {
  const full = quantile(lines.map((l) => l.length), FULL_QUANTILE);
  /** Share of a full line left after `line` had the first word of `next` been put on it. */
  const room = (line: string, next: string): number => (full - line.length - 1 - firstWord(next).length) / Math.max(full, 1);
  const endsOnPurpose = (line: string, next: string | undefined): boolean =>
    next === undefined || LIST_MARKER.test(next) || FIELD_LABEL.test(next) || room(line, next) > (SENTENCE_END.test(line) ? ROOM_AFTER_SENTENCE : ROOM_OTHERWISE);
  /** A one-line heading: capitalised, no full stop, and what follows starts afresh. */
  const heading = (i: number): boolean => HEADING.test(lines[i]!) && endsOnPurpose(lines[i]!, lines[i + 1]);

  const paragraphs: Paragraph[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const marker = LIST_MARKER.exec(line);
    const fresh = prev === undefined || marker !== null || endsOnPurpose(prev, line) || (SENTENCE_END.test(prev) && heading(i));
    if (fresh) {
      const sign = marker ? marker[1]!.replace(BULLET_GLYPHS, '•') : null;
      paragraphs.push({ text: marker ? `${sign} ${line.slice(marker[0].length)}` : line, marker: sign });
    } else {
      const last = paragraphs[paragraphs.length - 1]!;
      last.text += (HYPHENATED.test(last.text) && STARTS_LOWER.test(line) ? '' : ' ') + line;
    }
  });
  return paragraphs;
}

function markerKind(marker: string): string {
  return MARKER_KINDS.find(([, re]) => re.test(marker))?.[0] ?? 'bullet';
}

interface Level {
  kind: string;
  /** Last number used at this level (numbered lists). */
  last: number;
}

/**
 * Nesting depth of a list item from its marker alone: a new marker family goes one level deeper,
 * a family already open goes back to its level. "1." right after an item ending in ":" starts a
 * nested numbered list; a number then continues the deepest numbered level it follows on from.
 */
function nest(open: Level[], marker: string, leadIn: boolean): Level[] {
  const kind = markerKind(marker);
  const n = kind === 'number' ? Number.parseInt(marker, 10) : 0;
  let at = -1;
  if (kind === 'number') {
    for (let i = open.length - 1; i >= 0 && at < 0; i--) if (open[i]!.kind === kind && open[i]!.last === n - 1) at = i;
    if (at < 0 && !(n === 1 && leadIn)) at = open.findIndex((l) => l.kind === kind);
  } else {
    at = open.findIndex((l) => l.kind === kind);
  }
  return at < 0 ? [...open, { kind, last: n }] : [...open.slice(0, at), { kind, last: n }];
}

/** Render pages as decision text: paragraphs apart, list items indented by nesting level. */
export function layoutPdfText(pages: readonly PdfPage[]): string {
  const lines = dropRunningLines(pages.map(pageLines));
  if (!lines.length) return '';
  let out = '';
  /** Open list levels, outermost first. */
  let open: Level[] = [];
  assemble(lines).forEach((p, i, all) => {
    if (i > 0) out += p.marker !== null && open.length ? '\n' : '\n\n';
    if (p.marker === null) {
      open = [];
      out += p.text;
      return;
    }
    open = nest(open, p.marker, open.length > 0 && LEAD_IN.test(all[i - 1]!.text));
    out += `${'  '.repeat(open.length)}${p.text}`;
  });
  return out;
}
