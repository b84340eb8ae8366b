/**
 * parse: RawDocument -> ParsedDocument. normalise -> lines -> header -> sections.
 * Text that is not an Ombudsman decision is rejected whole, never half-parsed.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { InputError, type ParsedDocument, type RawDocument } from '../types.js';
import { scanHeader } from './header.js';
import { tokenizeLines } from './lines.js';
import { normaliseText } from './normalise.js';
import { buildSections } from './sections.js';

export function parseDocument(raw: RawDocument): ParsedDocument {
  const text = normaliseText(raw.text);
  if (text.trim() === '') throw new InputError('empty', raw.file, 'no decision text (only page boilerplate)');
  const lines = tokenizeLines(text);
  const scan = scanHeader(text, lines);
  const { sections, layout } = buildSections(text, lines, scan);
  const { header } = scan;
  // What marks the text as a decision: the title's case number, a labelled summary ("Summary:"
  // or a Summary heading) or the "The Ombudsman's final decision" line. An unheaded first block
  // is taken as the summary below, but it does not make any text a decision ("hello world.").
  const marked = header.caseNumber !== null || header.summary !== null || scan.finalDecisionMarker ||
    sections.some((s) => s.kind === 'summary' && s.heading !== null);
  if (!header.summary) {
    const summary = sections.find((s) => s.kind === 'summary');
    const last = summary?.paragraphs[summary.paragraphs.length - 1];
    if (summary && summary.paragraphs[0] && last) {
      const start = summary.paragraphs[0].start;
      header.summary = { value: text.slice(start, last.end), start, end: last.end };
    }
  }
  if (!marked) {
    throw new InputError('not_decision', raw.file, 'not an Ombudsman decision: no title line with a case number and no summary');
  }
  return {
    path: raw.path,
    file: raw.file,
    format: raw.format,
    text,
    header,
    sections,
    layout,
    complete: sections.some((s) => s.kind === 'final_decision'),
  };
}

/** Parse a string as if it were a .txt file (tests, stdin, fuzzing). */
export function parseText(text: string, file = 'text.txt'): ParsedDocument {
  return parseDocument({
    path: file,
    file: basename(file),
    format: 'txt',
    text,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  });
}

export { normaliseText } from './normalise.js';
export { isoDate } from './header.js';
