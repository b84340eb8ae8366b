/**
 * A processed document -> the rows the store writes, as plain data. Built where the document
 * was parsed (a worker thread), so only compact rows cross to the single writer. Values are
 * natural JS values (booleans, arrays); the writer turns them into SQLite values.
 */
import { toRecord } from '../extract/record.js';
import type { Extraction, Mention, Paragraph, ParsedDocument, RawDocument } from '../types.js';

export type Row = Record<string, unknown>;

/** Extracted-mention tables, with the value columns of each (evidence columns are added). */
export const MENTION_COLUMNS = {
  organisation_mentions: ['name', 'key', 'type', 'known', 'via'],
  case_refs: ['ref', 'role'],
  people: ['name', 'title', 'letter', 'role', 'complainant'],
  dates: ['iso', 'precision', 'qualifier', 'role', 'sentence_start', 'sentence_end'],
  deadlines: ['period', 'days', 'due'],
  payments: ['idx', 'amount', 'recipient', 'purpose', 'role', 'part_of'],
  remedies: ['types', 'scope', 'deadline_period', 'deadline_days', 'deadline_due'],
  findings: ['fault', 'injustice', 'investigated'],
  fault_themes: ['theme'],
  legislation: ['act', 'year', 'sections'],
} as const;
export type MentionTable = keyof typeof MENTION_COLUMNS;
export const EVIDENCE_COLUMNS = ['section', 'start', 'end', 'evidence', 'rule'] as const;

/** File identity shared by every outcome: what the "unchanged" check compares. */
export interface FileFields {
  path: string;
  file: string;
  bytes: number | null;
  mtime_ms: number | null;
  sha256: string | null;
}

export interface DocumentFields extends FileFields {
  format: string;
  encoding: string;
  case_number: string | null;
}

export interface DecisionRows {
  /** Normalised case number (letters and digits, lower case): one decision per key. */
  caseKey: string | null;
  decision: Row;
  /** Title organisations, in order: decision_organisations + organisations + their name variants. */
  organisations: Row[];
  sections: Row[];
  paragraphs: Row[];
  mentions: Record<MentionTable, Row[]>;
}

/** What processing one path produces; the writer turns each into one transaction's worth of rows. */
export type TaskResult =
  | { kind: 'ok'; document: DocumentFields; rows: DecisionRows }
  | { kind: 'unchanged'; file: FileFields }
  | { kind: 'failed'; file: FileFields; code: string; message: string };

/** "22 010 680" and "22-010-680" -> "22010680"; "16 010 636c" -> "16010636c". */
export function caseKey(caseNumber: string | null | undefined): string | null {
  const key = caseNumber?.toLowerCase().replace(/[^0-9a-z]/g, '') ?? '';
  return key || null;
}

/** Fallback organisation key when no organisation mention carries one. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function evidence(m: Mention): Row {
  return { section: m.section, start: m.start, end: m.end, evidence: m.text, rule: m.rule };
}

function mentionRows(x: Extraction): Record<MentionTable, Row[]> {
  const rows = <M extends Mention>(list: M[] | undefined, value: (m: M) => Row): Row[] =>
    (list ?? []).map((m) => ({ ...value(m), ...evidence(m) }));
  return {
    organisation_mentions: rows(x.organisations, ({ value: v }) => ({ name: v.name, key: v.key, type: v.type, known: v.known, via: v.via })),
    case_refs: rows(x.caseNumbers, ({ value: v }) => ({ ref: v.ref, role: v.role })),
    people: rows(x.people, ({ value: v }) => ({ name: v.name, title: v.title, letter: v.letter, role: v.role, complainant: v.complainant })),
    dates: rows(x.dates, ({ value: v }) => ({
      iso: v.iso, precision: v.precision, qualifier: v.qualifier, role: v.role,
      sentence_start: v.sentence?.start ?? null, sentence_end: v.sentence?.end ?? null,
    })),
    deadlines: rows(x.deadlines, ({ value: v }) => ({ period: v.period, days: v.days, due: v.due })),
    payments: rows(x.payments, ({ value: v }) => ({
      idx: v.id, amount: v.amount, recipient: v.recipient, purpose: v.purpose, role: v.role, part_of: v.partOf,
    })),
    remedies: rows(x.remedies, ({ value: v }) => ({
      types: v.types, scope: v.scope,
      deadline_period: v.deadline?.period ?? null, deadline_days: v.deadline?.days ?? null, deadline_due: v.deadline?.due ?? null,
    })),
    findings: rows(x.findings, ({ value: v }) => ({ fault: v.fault ?? null, injustice: v.injustice ?? null, investigated: v.investigated ?? null })),
    fault_themes: rows(x.faultThemes, ({ value: v }) => ({ theme: v.theme })),
    legislation: rows(x.legislation, ({ value: v }) => ({ act: v.act, year: v.year, sections: v.sections })),
  };
}

/** Title organisations: the extractor's title mentions, else the header names with a plain key. */
function titleOrganisations(doc: ParsedDocument, x: Extraction): Row[] {
  const fromTitle = (x.organisations ?? []).filter((m) => m.value.via === 'title');
  if (fromTitle.length) {
    return fromTitle.map((m, ordinal) => ({
      ordinal, name: m.value.name, key: m.value.key, type: m.value.type, known: m.value.known, start: m.start, end: m.end,
    }));
  }
  return doc.header.organisations.map((f, ordinal) => ({
    ordinal, name: f.value, key: nameKey(f.value), type: 'other', known: false, start: f.start, end: f.end,
  }));
}

function paragraphRows(doc: ParsedDocument): Row[] {
  const rows: Row[] = [];
  const add = (p: Paragraph, sectionOrdinal: number, sectionKind: string, subsection: string | null, depth: number) => {
    rows.push({
      ordinal: rows.length, section_ordinal: sectionOrdinal, section_kind: sectionKind, subsection,
      number: p.number, bullet: p.bullet, depth, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end),
    });
    for (const item of p.items) add(item, sectionOrdinal, sectionKind, subsection, depth + 1);
  };
  doc.sections.forEach((s, i) => {
    for (const p of s.paragraphs) add(p, i, s.kind, null, 0);
    for (const sub of s.subsections) for (const p of sub.paragraphs) add(p, i, s.kind, sub.heading.text, 0);
  });
  return rows;
}

export function decisionRows(doc: ParsedDocument, x: Extraction): DecisionRows {
  const record = toRecord(doc, x);
  const organisations = titleOrganisations(doc, x);
  const first = organisations[0];
  const category = x.category ?? null;
  const year = x.decisionDate ? Number(x.decisionDate.slice(0, 4)) : null;
  return {
    caseKey: caseKey(x.caseNumber),
    decision: {
      case_number: x.caseNumber,
      organisation: organisations.length ? organisations.map((o) => o.name).join('; ') : null,
      organisation_key: first?.key ?? null,
      organisation_type: first?.type ?? null,
      category,
      category_top: category ? (category.split(' > ')[0] ?? category).trim() : null,
      outcome: x.outcome,
      decision_date: x.decisionDate,
      year: Number.isFinite(year) ? year : null,
      fault: x.fault,
      injustice: x.injustice,
      investigated: x.investigated,
      remedy_total: x.remedyTotal,
      summary_payment_total: record.summary_payment_total,
      kind: record.kind,
      layout: doc.layout,
      format: doc.format,
      summary: doc.header.summary?.value ?? null,
      text: doc.text,
    },
    organisations,
    sections: doc.sections.map((s, ordinal) => ({ ordinal, kind: s.kind, heading: s.heading?.text ?? null, start: s.start, end: s.end })),
    paragraphs: paragraphRows(doc),
    mentions: mentionRows(x),
  };
}

export function okResult(raw: RawDocument, doc: ParsedDocument, x: Extraction, file: { bytes: number; mtimeMs: number }): TaskResult {
  return {
    kind: 'ok',
    document: {
      path: raw.path, file: raw.file, bytes: file.bytes, mtime_ms: file.mtimeMs, sha256: raw.sha256,
      format: raw.format, encoding: raw.encoding, case_number: x.caseNumber,
    },
    rows: decisionRows(doc, x),
  };
}
