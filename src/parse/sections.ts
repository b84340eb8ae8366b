/**
 * Sections, subsections and paragraphs. A heading is recognised by its form and position (a short
 * unmarked line without closing punctuation, followed by body text) and then named from its
 * words (headings.ts), so unseen headings still split the document correctly.
 */
import type { Heading, Layout, Paragraph, Section, SectionKind, Subsection } from '../types.js';
import { SIGNATURE_LINE } from './boilerplate.js';
import type { HeaderScan } from './header.js';
import { hasHeadingForm, headingKind } from './headings.js';
import { type Line, isMarked, lineText } from './lines.js';

/** In the bullet layout nesting is not indented: an item ending with ":" opens a list, whose
 * items continue while each ends with ";", "," or "and"/"or". */
const OPENS_LIST = /:$/;
const CONTINUES_LIST = /(?:[;,]|\b(?:and|or))$/i;
/** How many heading-form lines in a row may stack up (section heading, subsection heading ...). */
const MAX_HEADING_RUN = 3;

interface Open {
  para: Paragraph;
  indent: number;
  /** Nested by the colon rule rather than by indentation. */
  listItem: boolean;
}

export function detectLayout(lines: Line[], from: number): Layout {
  let numbers = 0;
  let bullets = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.number !== null) numbers++;
    else if (line.bullet !== null) bullets++;
  }
  if (numbers > 0 && numbers >= bullets) return 'numbered';
  return bullets > 0 ? 'bulleted' : 'plain';
}

export function buildSections(text: string, lines: Line[], scan: HeaderScan): { sections: Section[]; layout: Layout } {
  const layout = detectLayout(lines, scan.bodyLine);
  const sections: Section[] = [];
  let section: Section | null = null;
  let subsection: Subsection | null = null;
  let stack: Open[] = [];

  const content = (line: Line) => lineText(text, line);
  const touch = (end: number) => {
    if (subsection) subsection.end = Math.max(subsection.end, end);
    if (section) section.end = Math.max(section.end, end);
  };
  const openSection = (kind: SectionKind, heading: Heading | null, start: number) => {
    section = { kind, heading, start, end: heading ? heading.end : start, paragraphs: [], subsections: [] };
    sections.push(section);
    subsection = null;
    stack = [];
  };

  /** The section opened by a "Summary: ..." line, if any. */
  let labelledSummary: Section | null = null;
  if (scan.summaryLine !== null && scan.header.summary) {
    const line = lines[scan.summaryLine]!;
    const label = text.slice(line.contentStart, line.contentStart + 'summary'.length);
    openSection('summary', { text: label, start: line.contentStart, end: line.contentStart + label.length }, line.contentStart);
    const { start, end } = scan.header.summary;
    const para: Paragraph = { start, end, number: null, bullet: null, items: [] };
    section!.paragraphs.push(para);
    touch(end);
    labelledSummary = section;
    // "Summary: ... the Council has agreed to:" opens a list: the marked lines after it are its items.
    if (OPENS_LIST.test(scan.header.summary.value.trim())) stack.push({ para, indent: line.indent, listItem: false });
  }

  const isHeadingAt = (i: number, depth = 0): boolean => {
    const line = lines[i]!;
    const words = content(line);
    if (isMarked(line) || !hasHeadingForm(words) || SIGNATURE_LINE.test(words)) return false;
    const next = nextNonBlank(lines, i + 1);
    if (next === null) return headingKind(words) !== null;
    const following = lines[next]!;
    if (SIGNATURE_LINE.test(content(following))) return false;
    if (isMarked(following) || !hasHeadingForm(content(following))) return true;
    return depth < MAX_HEADING_RUN && isHeadingAt(next, depth + 1);
  };

  for (let i = scan.bodyLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || i === scan.summaryLine || SIGNATURE_LINE.test(content(line))) continue;
    if (isHeadingAt(i)) {
      const heading: Heading = { text: content(line), start: line.contentStart, end: line.end };
      const kind = headingKind(heading.text);
      if (kind || !section || (section as Section).kind === 'summary') {
        openSection(kind ?? 'other', heading, heading.start);
      } else {
        subsection = { heading, start: heading.start, end: heading.end, paragraphs: [] };
        (section as Section).subsections.push(subsection);
        stack = [];
        touch(heading.end);
      }
      continue;
    }
    if (!section) openSection(sections.length === 0 ? 'summary' : 'other', null, line.contentStart);
    else if (section === labelledSummary && (isMarked(line) || lines[i - 1]?.blank) && !(isMarked(line) && stack.length > 0)) {
      // A "Summary:" line is the whole summary: body paragraphs after it with no heading of their
      // own (a page that lost its headings) are not summary text, so they open an unnamed section.
      // A line straight after it (a hard-wrapped summary) still continues it, and so do the items
      // of a list the summary opens.
      openSection('other', null, line.contentStart);
    }
    if (section === labelledSummary && stack.length === 0 && !isMarked(line) && !lines[i - 1]?.blank) {
      // A hard-wrapped "Summary:" line: the next line continues its paragraph ("... pay\nMs X £750").
      const summary = section!.paragraphs[section!.paragraphs.length - 1]!;
      summary.end = line.end;
      touch(line.end);
      continue;
    }
    const container: { paragraphs: Paragraph[] } = subsection ?? section!;
    if (!isMarked(line) && layout !== 'plain' && stack.length > 0 && continuesParagraph(text, lines, i)) {
      // An unmarked line inside a list layout continues the paragraph it follows.
      stack[stack.length - 1]!.para.end = line.end;
      touch(line.end);
      continue;
    }
    const para: Paragraph = { start: line.contentStart, end: line.end, number: line.number, bullet: line.bullet, items: [] };
    const listItem = placeParagraph(text, layout, stack, line, para, container);
    stack.push({ para, indent: line.indent, listItem });
    touch(line.end);
  }
  return { sections, layout };
}

/** Attach a paragraph to its parent item (by indentation, or by the colon rule) or to the container. */
function placeParagraph(
  text: string, layout: Layout, stack: Open[], line: Line, para: Paragraph, container: { paragraphs: Paragraph[] },
): boolean {
  let listItem = false;
  const top = stack[stack.length - 1];
  if (layout === 'bulleted' && top && top.indent === line.indent && isMarked(line)) {
    const topText = text.slice(top.para.start, top.para.end);
    if (!top.listItem && OPENS_LIST.test(topText) && top.para.items.length === 0) listItem = true;
    else if (top.listItem && CONTINUES_LIST.test(topText)) {
      stack.pop();
      listItem = true;
    }
  }
  if (!listItem) while (stack.length > 0 && stack[stack.length - 1]!.indent >= line.indent) stack.pop();
  if (!isMarked(line)) stack.length = 0;
  const parent = stack[stack.length - 1];
  if (parent) parent.para.items.push(para);
  else container.paragraphs.push(para);
  return listItem;
}

/** A citation "(Local Government Act ...)", a lower-case run-on, or a line with no blank line before it. */
const RUN_ON = /^[(a-z]/;

function continuesParagraph(text: string, lines: Line[], i: number): boolean {
  return !lines[i - 1]?.blank || RUN_ON.test(lineText(text, lines[i]!));
}

function nextNonBlank(lines: Line[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (!lines[i]!.blank) return i;
  return null;
}
