/**
 * Contracts shared by every layer: ingest -> parse -> extract -> store -> analyse -> report.
 * Plain data only (no classes), so documents and extractions cross worker threads and
 * serialise to JSON unchanged. Every offset is a UTF-16 index into `ParsedDocument.text`,
 * half-open [start, end).
 */

/** What a reader produces from one file, before any decision-specific parsing. */
export type Format = 'txt' | 'html' | 'pdf';

export interface RawDocument {
  /** Path as given (or found while expanding a directory / glob). */
  path: string;
  /** Base name of the file. */
  file: string;
  format: Format;
  /** Decoded text: line-based, `\n` line ends, blocks separated by blank lines. */
  text: string;
  /** Encoding the bytes were decoded from (txt/html) or 'pdf'. */
  encoding: string;
  bytes: number;
  sha256: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A header value and where it is printed. */
export interface Field extends Span {
  value: string;
}

export type SectionKind =
  | 'summary'
  | 'complaint'
  | 'scope'
  | 'role_and_powers'
  | 'how_considered'
  | 'findings'
  | 'analysis'
  | 'agreed_action'
  | 'final_decision'
  | 'other';

/** A paragraph of body text: its span excludes the printed number or bullet. */
export interface Paragraph extends Span {
  /** Printed number without its dot ("1", "12"), or null. */
  number: string | null;
  /** Printed bullet ("-", "•", "a)", "(i)") when not a plain number, or null. */
  bullet: string | null;
  /** Nested list items that belong to this paragraph, in order. */
  items: Paragraph[];
}

export interface Heading extends Span {
  text: string;
}

export interface Subsection extends Span {
  heading: Heading;
  paragraphs: Paragraph[];
}

export interface Section extends Span {
  kind: SectionKind;
  /** Heading as written ("What I found"), or null for an unheaded summary. */
  heading: Heading | null;
  /** Paragraphs before the first subsection. */
  paragraphs: Paragraph[];
  subsections: Subsection[];
}

export interface Header {
  /** The title line `<Organisation> (<case number>)`. */
  title: Field | null;
  /** Organisation(s) as written in the title, split when it names several bodies. */
  organisations: Field[];
  caseNumber: Field | null;
  category: Field | null;
  outcome: Field | null;
  /** `value` is the ISO date; the span covers the date as printed. */
  decisionDate: Field | null;
  /** The summary text (after "Summary:" / "The Ombudsman's final decision:"). */
  summary: Field | null;
}

export type Layout = 'numbered' | 'bulleted' | 'plain';

export interface ParsedDocument {
  path: string;
  file: string;
  format: Format;
  /** Canonical normalised text; every offset in this document points into it. */
  text: string;
  header: Header;
  sections: Section[];
  layout: Layout;
  /** False when the text ends before a final decision section (a partial page). */
  complete: boolean;
}

/** Where an extracted value sits: a section kind, or 'header' / 'title'. */
export type Place = SectionKind | 'header' | 'title';

/**
 * One extracted value with its evidence: `text === doc.text.slice(start, end)`.
 * `rule` names the pattern or refiner that produced it (for audits and for the eval misses).
 */
export interface Mention<K extends string = string, V = unknown> extends Span {
  kind: K;
  value: V;
  section: Place;
  text: string;
  rule: string;
}

/** Thrown for any input that cannot become a ParsedDocument. `message` is one line. */
export type ErrorCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'unreadable'
  | 'not_decision'
  | 'pdf_no_text'
  | 'pdf_corrupt'
  | 'pdf_encrypted'
  | 'unsupported';

/**
 * An error the user fixes by changing the command (a bad filter, query, pipeline file or
 * option): the CLI prints it on one line and exits 2. Subclassed where each is raised.
 */
export class UserError extends Error {}

export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/* ------------------------------------------------------------------------------------------
 * Extraction contracts. Each extractor (src/extract/<name>.ts) is a pure function
 * (doc: ParsedDocument, ctx?) => Mention<...>[]; refiners settle them; `Extraction` is the
 * per-document result that the store, eval and CLI consume.
 * ---------------------------------------------------------------------------------------- */

export type OrganisationType =
  | 'county_council'
  | 'district_council'
  | 'unitary_authority'
  | 'metropolitan_borough'
  | 'london_borough'
  | 'care_provider'
  | 'other';

export interface OrganisationValue {
  /** As written in the title (or the mention). */
  name: string;
  /** Canonical key grouping variants: "London Borough of Enfield" and "Enfield Council" -> "enfield". */
  key: string;
  type: OrganisationType;
  /** True when the name matched the local-authority data file. */
  known: boolean;
  /** 'title' for the title organisation(s); 'reference' for "the Council" resolved back to it. */
  via: 'title' | 'text' | 'reference';
}

export interface CaseNumberValue {
  /** As printed, e.g. "NN NNN NNN" or "NN NNN NNNc". */
  ref: string;
  role: 'self' | 'cited';
}

export interface PersonValue {
  /** As written: "Mrs X" (titled) or "Y" (bare letter). */
  name: string;
  title: string | null;
  letter: string;
  /** Relationship when the text states it: son, daughter, mother, husband, neighbour ... */
  role: string | null;
  complainant: boolean;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateValue {
  /** ISO date; for month/year precision the first day of the period. */
  iso: string;
  precision: DatePrecision;
  /** "early", "mid", "late", "end of", "beginning of", "third week of" ... when printed. */
  qualifier: string | null;
  role: 'decision' | 'event';
  /** The sentence the date was found in. */
  sentence: Span;
}

export interface DeadlineValue {
  /** As written in words, normalised: "one month", "four weeks", "three months", "28 days". */
  period: string;
  days: number;
  /** ISO due date when the decision date is known. */
  due: string | null;
}

export type PaymentRole = 'agreed' | 'prior' | 'superseded' | 'not_remedy';

export type PaymentPurpose =
  | 'distress'
  | 'time_and_trouble'
  | 'uncertainty'
  | 'loss_of_service'
  | 'financial_loss'
  | 'backdated'
  | 'other';

export interface PaymentValue {
  /** Index of this payment within the document's payments. */
  id: number;
  /** Pounds, pennies exact: "£62.50" -> 62.5. */
  amount: number;
  recipient: string | null;
  purpose: PaymentPurpose;
  role: PaymentRole;
  /** id of the total this amount is a breakdown item of, or null for a top-level amount. */
  partOf: number | null;
}

export type RemedyType = 'apology' | 'payment' | 'service_improvement' | 'reconsider' | 'other_action';

export interface RemedyValue {
  types: RemedyType[];
  deadline: DeadlineValue | null;
  /** 'complainant' for personal remedies, 'service' for service-wide ones. */
  scope: 'complainant' | 'service';
}

export type FaultTheme =
  | 'delay'
  | 'poor_communication'
  | 'record_keeping'
  | 'complaint_handling'
  | 'assessment_failure'
  | 'law_or_guidance'
  | 'failed_to_implement'
  | 'other';

export interface FaultThemeValue {
  theme: FaultTheme;
}

export interface LegislationValue {
  /** "<Name> Act <year>". */
  act: string;
  year: number;
  /** Sections cited with it, as printed: "26(1)", "34H(i)". */
  sections: string[];
}

export interface FindingValue {
  fault: boolean | null;
  injustice: boolean | null;
  investigated: boolean | null;
}

export type OrganisationMention = Mention<'organisation', OrganisationValue>;
export type CaseNumberMention = Mention<'case_number', CaseNumberValue>;
export type PersonMention = Mention<'person', PersonValue>;
export type DateMention = Mention<'date', DateValue>;
export type DeadlineMention = Mention<'deadline', DeadlineValue>;
export type PaymentMention = Mention<'payment', PaymentValue>;
export type RemedyMention = Mention<'remedy', RemedyValue>;
export type FaultThemeMention = Mention<'fault_theme', FaultThemeValue>;
export type LegislationMention = Mention<'legislation', LegislationValue>;
/** Evidence for the fault / injustice / investigated findings: one mention per deciding sentence. */
export type FindingMention = Mention<'finding', Partial<FindingValue>>;

export interface Extraction {
  file: string;
  path: string;
  caseNumber: string | null;
  organisations: OrganisationMention[];
  caseNumbers: CaseNumberMention[];
  people: PersonMention[];
  dates: DateMention[];
  deadlines: DeadlineMention[];
  payments: PaymentMention[];
  remedies: RemedyMention[];
  findings: FindingMention[];
  faultThemes: FaultThemeMention[];
  legislation: LegislationMention[];
  /** Settled document-level values. */
  outcome: string | null;
  category: string | null;
  decisionDate: string | null;
  fault: boolean | null;
  injustice: boolean | null;
  investigated: boolean | null;
  /** Sum of top-level agreed payments (action section, else summary); null when neither is visible. */
  remedyTotal: number | null;
}
