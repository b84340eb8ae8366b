/**
 * The analysis fixture corpus (test/fixtures/analysis/: ten short decisions written for these
 * tests) ingested once per test file into a temp directory, plus small helpers the analysis,
 * report and pipeline tests share: temp dirs, a CSV reader and HTML table/attribute readers.
 *
 * What the fixtures say, by hand (the tests write these figures literally):
 *
 * | case       | organisation (title)               | type                 | category top               | outcome  | date       | fault | remedy £ | remedy types                          |
 * |------------|------------------------------------|----------------------|----------------------------|----------|------------|-------|----------|---------------------------------------|
 * | 22 901 101 | London Borough of Enfield          | london_borough       | Adult care services        | Upheld   | 2022-03-14 | yes   | 300      | apology, payment, service_improvement |
 * | 22 903 303 | Tewkesbury Borough Council         | district_council     | Planning                   | Not upheld | 2022-06-21 | no  | –        | –                                     |
 * | 22 907 707 | Hollybank Residential Care Limited | care_provider        | Adult care services        | Upheld   | 2022-11-30 | yes   | 250      | apology, payment, service_improvement |
 * | 23 908 808 | Lancashire County Council          | county_council       | Transport and highways     | Closed after initial enquiries | 2023-04-27 | no | – | –                         |
 * | 23 902 202 | Enfield Council                    | london_borough       | Housing                    | Upheld   | 2023-08-09 | yes   | 1150 (= 900 + 250) | apology, payment, reconsider, other_action |
 * | 23 905 505 | Kent County Council                | county_council       | Education                  | Upheld   | 2023-10-12 | yes   | 2100 (1800 + 300; £200 paid earlier not counted) | apology, payment, service_improvement |
 * | 24 906 606 | Wigan Metropolitan Borough Council | metropolitan_borough | Adult care services        | Upheld   | 2024-02-05 | yes   | 500      | apology, payment, reconsider          |
 * | 24 904 404 | Wealden District Council           | district_council     | Environment and regulation | Upheld   | 2024-05-16 | yes   | 150      | apology, payment, service_improvement |
 * | 24 910 010 | Kent County Council                | county_council       | Children's care services   | Not upheld | 2024-07-19 | no  | –        | –                                     |
 * | 24 909 909 | Tewkesbury Borough Council         | district_council     | Benefits and tax           | Upheld   | 2024-09-03 | yes   | – (none) | apology, reconsider, service_improvement |
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { type AnyNode, type Element, isTag } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { ingestPaths } from '../../src/store/ingest.js';
import { ROOT } from './corpus.js';

export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'analysis');

/** The fixture files, sorted. */
export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).sort();
}

const made: string[] = [];

/** A fresh temp directory, removed by removeTempDirs(). */
export function tempDir(prefix = 'ombuds-analysis-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every temp dir made so far (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Ingest `inputs` into `<dir>/ombuds.db` in this thread (concurrency 0); returns the database path. */
export async function buildDb(inputs: string[], dir: string = tempDir()): Promise<string> {
  const db = join(dir, 'ombuds.db');
  const summary = await ingestPaths(inputs, { db, concurrency: 0 });
  if (summary.ingested + summary.failed + summary.duplicate !== summary.files) {
    throw new Error(`fixture ingest incomplete: ${JSON.stringify(summary)}`);
  }
  return db;
}

let fixture: Promise<string> | null = null;

/** The fixture corpus's database, built once per test file (process). */
export function fixtureDb(): Promise<string> {
  fixture ??= buildDb([FIXTURE_DIR], tempDir('ombuds-fixture-db-'));
  return fixture;
}

/** One payment as labelled by hand: pounds, what for, its role, and the index of the total it is part of. */
export interface HandPayment {
  amount: number;
  purpose: 'distress' | 'time_and_trouble' | 'uncertainty' | 'loss_of_service' | 'financial_loss' | 'backdated' | 'other';
  role?: 'agreed' | 'prior';
  partOf?: number;
}

/**
 * The hand labels of the fields the stats and the report depend on, read off the fixture texts
 * (the table at the top of this file): fault found, remedy total in pounds (null: no remedy
 * section), the set of remedy types in the action section and the payments.
 */
export const HAND_LABELS: Record<string, { fault: boolean; remedyTotal: number | null; remedyTypes: string[]; payments: HandPayment[] }> = {
  '22 901 101': { fault: true, remedyTotal: 300, remedyTypes: ['apology', 'payment', 'service_improvement'], payments: [{ amount: 300, purpose: 'distress' }] },
  '22 903 303': { fault: false, remedyTotal: null, remedyTypes: [], payments: [] },
  '22 907 707': { fault: true, remedyTotal: 250, remedyTypes: ['apology', 'payment', 'service_improvement'], payments: [{ amount: 250, purpose: 'distress' }] },
  '23 908 808': { fault: false, remedyTotal: null, remedyTypes: [], payments: [] },
  '23 902 202': {
    fault: true, remedyTotal: 1150, remedyTypes: ['apology', 'payment', 'reconsider', 'other_action'],
    payments: [{ amount: 1150, purpose: 'distress' }, { amount: 900, purpose: 'other', partOf: 0 }, { amount: 250, purpose: 'distress', partOf: 0 }],
  },
  '23 905 505': {
    fault: true, remedyTotal: 2100, remedyTypes: ['apology', 'payment', 'service_improvement'],
    payments: [{ amount: 200, purpose: 'time_and_trouble', role: 'prior' }, { amount: 1800, purpose: 'loss_of_service' }, { amount: 300, purpose: 'distress' }],
  },
  '24 906 606': { fault: true, remedyTotal: 500, remedyTypes: ['apology', 'payment', 'reconsider'], payments: [{ amount: 500, purpose: 'distress' }] },
  '24 904 404': { fault: true, remedyTotal: 150, remedyTypes: ['apology', 'payment', 'service_improvement'], payments: [{ amount: 150, purpose: 'time_and_trouble' }] },
  '24 910 010': { fault: false, remedyTotal: null, remedyTypes: [], payments: [] },
  '24 909 909': { fault: true, remedyTotal: 0, remedyTypes: ['apology', 'reconsider', 'service_improvement'], payments: [] },
};

/**
 * Overwrite a decision's fault, remedy_total, remedies and payments in a store (the evidence
 * span of each payment is where its amount is first printed in the action section, or anywhere
 * for a prior payment).
 */
export function setRemedies(path: string, labels: Record<string, (typeof HAND_LABELS)[string]>): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      const idOf = db.prepare('SELECT id FROM decisions WHERE case_number = ?').pluck();
      const textOf = db.prepare('SELECT text FROM decisions WHERE id = ?').pluck();
      const actionStart = db.prepare("SELECT start FROM sections WHERE decision_id = ? AND kind = 'agreed_action'").pluck();
      const setDecision = db.prepare('UPDATE decisions SET fault = ?, remedy_total = ? WHERE id = ?');
      const addRemedy = db.prepare(`INSERT INTO remedies (decision_id, types, scope, section, start, end, evidence, rule)
        VALUES (?, ?, 'complainant', 'agreed_action', 0, 0, '', 'hand_label')`);
      const addType = db.prepare('INSERT INTO remedy_types (remedy_id, decision_id, type) VALUES (?, ?, ?)');
      const addPayment = db.prepare(`INSERT INTO payments (decision_id, idx, amount, recipient, purpose, role, part_of, section, start, end, evidence, rule)
        VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 'hand_label')`);
      for (const [caseNumber, label] of Object.entries(labels)) {
        const id = idOf.get(caseNumber) as number | undefined;
        if (id === undefined) throw new Error(`decision ${caseNumber} not in ${path}`);
        for (const table of ['remedy_types', 'remedies', 'payments']) db.prepare(`DELETE FROM ${table} WHERE decision_id = ?`).run(id);
        setDecision.run(label.fault ? 1 : 0, label.remedyTotal, id);
        if (label.remedyTypes.length) {
          const remedy = addRemedy.run(id, JSON.stringify(label.remedyTypes)).lastInsertRowid;
          for (const type of label.remedyTypes) addType.run(remedy, id, type);
        }
        const text = textOf.get(id) as string;
        const from = (actionStart.get(id) as number | undefined) ?? 0;
        label.payments.forEach((p, idx) => {
          const printed = `£${p.amount.toLocaleString('en-GB')}`;
          let start = text.indexOf(printed, p.role === 'prior' ? 0 : from);
          if (start < 0) start = text.indexOf(printed);
          if (start < 0) throw new Error(`${printed} not printed in ${caseNumber}`);
          const end = start + printed.length;
          const section = (db.prepare('SELECT kind FROM sections WHERE decision_id = ? AND start <= ? AND end >= ? ORDER BY ordinal DESC').pluck().get(id, start, end) as string | undefined) ?? 'other';
          addPayment.run(id, idx, p.amount, p.purpose, p.role ?? 'agreed', p.partOf ?? null, section, start, end, text.slice(start, end));
        });
      }
    })();
  } finally {
    db.close();
  }
}

let seeded: Promise<string> | null = null;

/**
 * A second copy of the fixture database whose fault, remedy_total, remedy types and payments are
 * overwritten with HAND_LABELS: the analysis and report code measured on their own, whatever the
 * extractors currently make of the texts (the first copy, fixtureDb(), measures the whole pipeline).
 */
export function seededFixtureDb(): Promise<string> {
  seeded ??= buildDb([FIXTURE_DIR], tempDir('ombuds-seeded-db-')).then((path) => {
    setRemedies(path, HAND_LABELS);
    return path;
  });
  return seeded;
}

/** Every fixture case number as printed, in decision-date order. */
export const FIXTURE_CASES = [
  '22 901 101', '22 903 303', '22 907 707', '23 908 808', '23 902 202',
  '23 905 505', '24 906 606', '24 904 404', '24 910 010', '24 909 909',
] as const;

/** RFC 4180 CSV -> rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV with a header line -> objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** The cells (text content) of every body row of the table with this id in an HTML page. */
export function htmlTable(html: string, id: string): string[][] {
  const dom = parseDocument(html);
  const table = findOne((e) => e.name === 'table' && e.attribs.id === id, dom.children, true);
  if (!table) throw new Error(`no table#${id}`);
  const body = findOne((e) => e.name === 'tbody', table.children, true) ?? table;
  return findAll((e) => e.name === 'tr', body.children)
    .map((tr) => tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')).map((td) => textContent(td).trim()));
}

/** Every element of an HTML page, with its attributes. */
export function htmlElements(html: string): Element[] {
  const dom = parseDocument(html);
  return findAll(() => true, dom.children as AnyNode[]);
}
