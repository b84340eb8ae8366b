/**
 * `ombuds show <case-number>`: the decision's fields and every extracted item, each with an
 * evidence span that is exactly the stored text at its offsets; the case number may be given
 * with spaces, hyphens or none.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURE_CASES, fixtureDb, removeTempDirs } from '../helpers/fixture-db.js';

let db: string;
beforeAll(async () => {
  db = await fixtureDb();
});
afterAll(removeTempDirs);

interface Shown {
  decision: Record<string, unknown>;
  items: Record<string, Record<string, unknown>[]>;
}

function show(caseNumber: string, format = 'json') {
  return runCli(['show', caseNumber, '--db', db, '--format', format]);
}

function shown(caseNumber: string): Shown {
  const r = show(caseNumber);
  if (r.status !== 0) throw new Error(`ombuds show ${caseNumber} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Shown;
}

function storedText(caseNumber: string): string {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT text FROM decisions WHERE case_number = ?').pluck().get(caseNumber) as string;
  } finally {
    conn.close();
  }
}

describe('ombuds show', () => {
  it('lists the decision fields', () => {
    const { decision } = shown('23 902 202');
    expect(decision).toMatchObject({
      case_number: '23 902 202', organisation: 'Enfield Council', organisation_key: 'enfield', organisation_type: 'london_borough',
      category: 'Housing > Homelessness', outcome: 'Upheld', decision_date: '2023-08-09', fault: 1, investigated: 1, kind: 'full', format: 'txt',
    });
    expect(String(decision.path)).toMatch(/23-902-202\.txt$/);
    expect(decision.summary).toMatch(/^Mr Z complained about how the Council dealt with his homelessness application/);
    expect(decision).not.toHaveProperty('id');
  });

  it('finds the decision with or without spaces', () => {
    const a = shown('23 902 202');
    for (const variant of ['23902202', '23-902-202', ' 23 902 202 ', '23/902/202']) expect(shown(variant)).toEqual(a);
  });

  it('lists the sections in document order', () => {
    const kinds = shown('22 901 101').items.sections!.map((s) => s.kind);
    expect(kinds).toEqual(['summary', 'complaint', 'role_and_powers', 'how_considered', 'findings', 'analysis', 'agreed_action', 'final_decision']);
    expect(shown('23 908 808').items.sections!.map((s) => s.heading)).toContain('My assessment');
  });

  it.each(FIXTURE_CASES.map((c) => [c]))('%s: every item’s evidence is the text at its span', (caseNumber) => {
    const { items } = shown(caseNumber);
    const text = storedText(caseNumber);
    let checked = 0;
    for (const [table, rows] of Object.entries(items)) {
      for (const row of rows) {
        const start = row.start as number;
        const end = row.end as number;
        expect(Number.isInteger(start) && Number.isInteger(end), `${table} span`).toBe(true);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end).toBeLessThanOrEqual(text.length);
        if (table === 'sections') continue;
        expect(row.evidence, `${table} ${JSON.stringify(row)}`).toBe(text.slice(start, end));
        expect(typeof row.section).toBe('string');
        expect(typeof row.rule).toBe('string');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The title organisation and the decision's own case number are always among the items.
    expect(items.organisations!.some((o) => o.via === 'title' && o.section === 'title')).toBe(true);
    expect(items.case_refs!.some((r) => r.ref === caseNumber)).toBe(true);
  });

  it('the items say what the text says', () => {
    const { items } = shown('23 902 202');
    expect(items.people!.map((p) => p.name)).toContain('Mr Z');
    expect(items.dates!.find((d) => d.role === 'decision')).toMatchObject({ iso: '2023-08-09', evidence: '9 August 2023' });
    expect(items.findings!.some((f) => f.fault === 1)).toBe(true);
    expect(items.legislation!.map((l) => l.act)).toEqual(expect.arrayContaining(['Local Government Act 1974', 'Housing Act 1996']));
    // "pay Mr Z £1,150, made up of £900 ... and £250 ...": the total and its parts, each with its words.
    const payments = items.payments!;
    expect(payments.map((p) => p.amount)).toEqual(expect.arrayContaining([1150, 900, 250]));
    for (const p of payments) expect(p.evidence).toMatch(/£/);
  });

  it('table and csv formats list the fields and each kind of item', () => {
    const table = show('24 904 404', 'table');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^field\s+value\n/);
    expect(table.stdout).toMatch(/\ncase_number\s+24 904 404\n/);
    expect(table.stdout).toMatch(/\norganisations \(\d+\)\n/);
    expect(table.stdout).toMatch(/\nsections \(8\)\n/);
    const csv = show('24 904 404', 'csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/^field,value\n/);
    expect(csv.stdout).toContain('\n# organisations\n');
    expect(csv.stdout).toContain('\n# sections\n');
  });

  it('an unknown case number is a usage error, exit 2', () => {
    const r = show('99 999 999');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`ombuds: no decision with case number 99 999 999 in ${db}`);
  });
});
