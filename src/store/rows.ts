/**
 * A processed document -> the rows the store writes, as plain data. Built where the document
 * was parsed (a worker thread), so only compact rows cross to the single writer. Values are
 * natural JS values (booleans, arrays); the writer turns them into SQLite values.
 */
import { toRecord } from '../extract/record.js';
import type { Extraction, Mention, ParsedDocument, RawDocument } from '../types.js';
import { paragraphTuples } from './paragraph-rows.js';

export type Row = Record<string, unknown>;
/** One row of a child table: SQLite values in the order of its columns (CHILD_COLUMNS). */
export type Tuple = unknown[];

/** JS value -> SQLite value: booleans as 0/1, arrays and objects as JSON, undefined and non-finite numbers as NULL. */
export function sql(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** A mention table: the mentions it holds and their value columns (the evidence columns follow). */
interface MentionSpec<M extends Mention> {
  of: (x: Extraction) => M[] | undefined;
  columns: readonly string[];
  values: (v: M['value']) => Tuple;
}
const spec = <M extends Mention>(s: MentionSpec<M>): MentionSpec<M> => s;

/** Extracted-mention tables, in the order they are written. */
const MENTION_SPECS = {
  organisation_mentions: spec({ of: (x) => x.organisations, columns: ['name', 'key', 'type', 'known', 'via'], values: (v) => [v.name, v.key, v.type, v.known, v.via] }),
  case_refs: spec({ of: (x) => x.caseNumbers, columns: ['ref', 'role'], values: (v) => [v.ref, v.role] }),
  people: spec({ of: (x) => x.people, columns: ['name', 'title', 'letter', 'role', 'complainant'], values: (v) => [v.name, v.title, v.letter, v.role, v.complainant] }),
  dates: spec({
    of: (x) => x.dates, columns: ['iso', 'precision', 'qualifier', 'role', 'sentence_start', 'sentence_end'],
    values: (v) => [v.iso, v.precision, v.qualifier, v.role, v.sentence?.start ?? null, v.sentence?.end ?? null],
  }),
  deadlines: spec({ of: (x) => x.deadlines, columns: ['period', 'days', 'due'], values: (v) => [v.period, v.days, v.due] }),
  payments: spec({
    of: (x) => x.payments, columns: ['idx', 'amount', 'recipient', 'purpose', 'role', 'part_of'],
    values: (v) => [v.id, v.amount, v.recipient, v.purpose, v.role, v.partOf],
  }),
  remedies: spec({
    of: (x) => x.remedies, columns: ['types', 'scope', 'deadline_period', 'deadline_days', 'deadline_due'],
    values: (v) => [v.types, v.scope, v.deadline?.period ?? null, v.deadline?.days ?? null, v.deadline?.due ?? null],
  }),
  findings: spec({ of: (x) => x.findings, columns: ['fault', 'injustice', 'investigated'], values: (v) => [v.fault ?? null, v.injustice ?? null, v.investigated ?? null] }),
  fault_themes: spec({ of: (x) => x.faultThemes, columns: ['theme'], values: (v) => [v.theme] }),
  legislation: spec({ of: (x) => x.legislation, columns: ['act', 'year', 'sections'], values: (v) => [v.act, v.year, v.sections] }),
};
export type MentionTable = keyof typeof MENTION_SPECS;
export const EVIDENCE_COLUMNS = ['section', 'start', 'end', 'evidence', 'rule'] as const;
/** Value columns of each mention table (evidence columns are added). */
export const MENTION_COLUMNS = Object.fromEntries(
  Object.entries(MENTION_SPECS).map(([table, s]) => [table, s.columns]),
) as Record<MentionTable, readonly string[]>;

/**
 * Mentions stored as one list per decision (a row of mention_lists, schema-v6.ts) rather than a
 * row each: the two most numerous, read a decision at a time or scanned whole.
 */
export const LISTED_MENTIONS = ['organisation_mentions', 'people'] as const;
export type ListedMention = (typeof LISTED_MENTIONS)[number];
const isListed = (table: string): table is ListedMention => (LISTED_MENTIONS as readonly string[]).includes(table);
/** A mention table's columns: its value columns, then the evidence columns. */
const withEvidence = (table: MentionTable): string[] => [...MENTION_COLUMNS[table], ...EVIDENCE_COLUMNS];

/** Tables with rows that belong to one decision, written after it (the columns besides decision_id). */
export type ChildTable = 'sections' | 'paragraph_spans' | Exclude<MentionTable, ListedMention>;
export const CHILD_COLUMNS: Record<ChildTable, readonly string[]> = {
  sections: ['ordinal', 'kind', 'heading', 'start', 'end'],
  paragraph_spans: ['ordinal', 'section_ordinal', 'section_kind', 'subsection', 'number', 'bullet', 'depth', 'start', 'end', 'byte_start', 'byte_end', 'text'],
  ...(Object.fromEntries(Object.keys(MENTION_COLUMNS).filter((t) => !isListed(t)).map((t) => [t, withEvidence(t as MentionTable)])) as
    Record<Exclude<MentionTable, ListedMention>, string[]>),
};
/** The values of each listed mention, in the order its view's columns give them (after id and decision_id). */
export const LIST_COLUMNS = Object.fromEntries(LISTED_MENTIONS.map((t) => [t, withEvidence(t)])) as unknown as Record<ListedMention, readonly string[]>;

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
  /**
   * The child tables' rows as tuples of SQLite values in CHILD_COLUMNS order (tables without
   * rows left out): arrays cross from the worker to the writer about four times cheaper than
   * row objects, and bind without lookups. A paragraph's text is the decision text at
   * [start, end): it is not stored again, only its UTF-8 byte offsets (schema-v4.ts).
   */
  tables: Partial<Record<ChildTable, Tuple[]>>;
  /** The listed mentions' tuples as JSON arrays (LIST_COLUMNS order; lists without mentions left out). */
  lists: Partial<Record<ListedMention, string>>;
}

/** What processing one path produces; the writer turns each into one transaction's worth of rows. */
export type TaskResult =
  | { kind: 'ok'; document: DocumentFields; rows: DecisionRows }
  | { kind: 'unchanged'; file: FileFields }
  | { kind: 'failed'; file: FileFields; code: string; message: string };

/** "NN NNN NNN" and "NN-NNN-NNN" -> "NNNNNNNN"; "NN NNN NNNc" -> "NNNNNNNNc". */
export function caseKey(caseNumber: string | null | undefined): string | null {
  const key = caseNumber?.toLowerCase().replace(/[^0-9a-z]/g, '') ?? '';
  return key || null;
}

/** Fallback organisation key when no organisation mention carries one. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Each mention table's tuples: the value columns, then the evidence columns. */
function mentionTuples(x: Extraction): Record<MentionTable, Tuple[]> {
  const out = {} as Record<MentionTable, Tuple[]>;
  for (const [table, s] of Object.entries(MENTION_SPECS) as [MentionTable, MentionSpec<Mention>][]) {
    out[table] = (s.of(x) ?? []).map((m) => {
      const tuple = s.values(m.value);
      tuple.push(m.section, m.start, m.end, m.text, m.rule);
      return tuple;
    });
  }
  return out;
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

/** Values -> SQLite values, in place. */
function toSql(tuples: Tuple[]): Tuple[] {
  for (const t of tuples) for (let i = 0; i < t.length; i++) t[i] = sql(t[i]);
  return tuples;
}

/** The child tables' rows and the listed mentions, each left out when it has none. */
function childRows(doc: ParsedDocument, x: Extraction): Pick<DecisionRows, 'tables' | 'lists'> {
  const all: Record<ChildTable | ListedMention, Tuple[]> = {
    sections: doc.sections.map((s, ordinal) => [ordinal, s.kind, s.heading?.text ?? null, s.start, s.end]),
    paragraph_spans: paragraphTuples(doc),
    ...mentionTuples(x),
  };
  const tables: DecisionRows['tables'] = {};
  const lists: DecisionRows['lists'] = {};
  for (const [table, tuples] of Object.entries(all) as [ChildTable | ListedMention, Tuple[]][]) {
    if (!tuples.length) continue;
    if (isListed(table)) lists[table] = JSON.stringify(toSql(tuples));
    else tables[table] = toSql(tuples);
  }
  return { tables, lists };
}

/** Distinct values, sorted, comma-separated (NULL when none): decisions.themes and .remedy_types. */
function distinctList(values: string[]): string | null {
  return values.length ? [...new Set(values)].sort().join(',') : null;
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
      themes: distinctList(x.faultThemes.map((m) => m.value.theme)),
      remedy_types: distinctList(x.remedies.flatMap((m) => m.value.types)),
    },
    organisations,
    ...childRows(doc, x),
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
