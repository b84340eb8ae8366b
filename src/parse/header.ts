/**
 * Header: the title line `<Organisation> (<case number>)`, the `Category :`, `Decision :` and
 * `Decision date :` lines, the "final decision" marker and the "Summary:" line.
 */
import type { Field, Header } from '../types.js';
import type { Line } from './lines.js';
import { splitOrganisations } from './organisation-split.js';

/**
 * `Kent County Council (NN NNN NNN)`; the case number may carry a letter suffix ("NN NNN NNNc")
 * and a published report says so after it: `Care 1st Ltd (NN NNN NNN, Report)`.
 */
const TITLE = /^(?<org>\S.*?)\s*\((?<case>\d{2}\s?\d{3}\s?\d{3}[a-zA-Z]?)(?:\s*,\s*[A-Za-z][A-Za-z ]{0,30})?\)$/;
/** Older pages print the case number alone as the title. */
const BARE_CASE_TITLE = /^(?<case>\d{2} \d{3} \d{3}[a-zA-Z]?)$/;
const HEADER_FIELD = /^(?<name>category|decision date|decision)\s*:\s*(?<value>\S.*)$/i;
const FINAL_DECISION_MARKER = /^the ombudsm[ae]n[’']?s[’']? (final )?decision\s*:?$/i;
const SUMMARY_LINE = /^summary\s*:\s*(?=\S)/i;
/** How far down the page the title may sit (after a stray banner line or two). */
const TITLE_SEARCH_LINES = 12;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const PRINTED_DATE = /^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4})$/;

export interface HeaderScan {
  header: Header;
  /** Index of the first line after the header block. */
  bodyLine: number;
  /** Index of the "Summary:" line, when the summary is printed on one labelled line. */
  summaryLine: number | null;
  /** True when the header block holds "The Ombudsman's final decision:". */
  finalDecisionMarker: boolean;
}

export function scanHeader(text: string, lines: Line[]): HeaderScan {
  const header: Header = {
    title: null, organisations: [], caseNumber: null, category: null, outcome: null, decisionDate: null, summary: null,
  };
  const titleIndex = findTitle(text, lines, header);
  let i = titleIndex === null ? 0 : titleIndex + 1;
  let summaryLine: number | null = null;
  let finalDecisionMarker = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const content = text.slice(line.start + line.indent, line.end);
    const field = HEADER_FIELD.exec(content);
    if (field) {
      readField(header, field, line.start + line.indent + content.length - field.groups!.value!.length, line.end);
      continue;
    }
    if (FINAL_DECISION_MARKER.test(content)) {
      finalDecisionMarker = true;
      continue;
    }
    const summary = SUMMARY_LINE.exec(content);
    if (summary && summaryLine === null) {
      summaryLine = i;
      const start = line.start + line.indent + summary[0].length;
      header.summary = { value: text.slice(start, line.end), start, end: line.end };
      continue;
    }
    break;
  }
  return { header, bodyLine: i, summaryLine, finalDecisionMarker };
}

function findTitle(text: string, lines: Line[], header: Header): number | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TITLE_SEARCH_LINES; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    const start = line.start + line.indent;
    const content = text.slice(start, line.end);
    const match = TITLE.exec(content) ?? BARE_CASE_TITLE.exec(content);
    if (!match) continue;
    header.title = { value: content, start, end: line.end };
    const caseText = match.groups!.case!;
    const caseStart = start + content.lastIndexOf(caseText);
    header.caseNumber = { value: caseText, start: caseStart, end: caseStart + caseText.length };
    const org = match.groups!.org;
    if (org) header.organisations = splitOrganisations(org).map((part) => ({
      value: part.text, start: start + part.offset, end: start + part.offset + part.text.length,
    }));
    return i;
  }
  return null;
}

function readField(header: Header, field: RegExpExecArray, start: number, end: number): void {
  const name = field.groups!.name!.toLowerCase();
  const value = field.groups!.value!;
  const printed: Field = { value, start, end };
  if (name === 'category') header.category = printed;
  else if (name === 'decision') header.outcome = printed;
  else {
    const iso = isoDate(value);
    if (iso) header.decisionDate = { value: iso, start, end };
  }
}

/** "16 May 2024", "03 Sep 2013" -> ISO date; null when not a real date. */
export function isoDate(printed: string): string | null {
  const m = PRINTED_DATE.exec(printed.trim());
  if (!m) return null;
  const month = MONTHS[m.groups!.month!.toLowerCase().slice(0, 3)];
  const day = Number(m.groups!.day);
  const year = Number(m.groups!.year);
  if (!month) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
