/**
 * `ombuds search`: a phrase finds the paragraph that says it, with case number, section,
 * paragraph number and a [[highlighted]] snippet whose span points at that paragraph; filters
 * narrow the hits; a malformed full-text query is a clear one-line usage error (exit 2).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { csvObjects, fixtureDb, removeTempDirs } from '../helpers/fixture-db.js';

let db: string;
beforeAll(async () => {
  db = await fixtureDb();
});
afterAll(removeTempDirs);

interface Hit {
  case_number: string;
  organisation: string;
  decision_date: string;
  section: string;
  subsection: string | null;
  paragraph: string | null;
  snippet: string;
  rank: number;
  start: number;
  end: number;
}

function search(query: string, extra: string[] = []): Hit[] {
  const r = runCli(['search', query, '--db', db, '--format', 'json', ...extra]);
  if (r.status !== 0) throw new Error(`ombuds search ${query} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Hit[];
}

/** The stored decision text at a hit's span. */
function textAt(caseNumber: string, start: number, end: number): string {
  const conn = new Database(db, { readonly: true });
  try {
    const text = conn.prepare('SELECT text FROM decisions WHERE case_number = ?').pluck().get(caseNumber) as string;
    return text.slice(start, end);
  } finally {
    conn.close();
  }
}

describe('ombuds search', () => {
  it('a phrase finds the one paragraph that contains it, highlighted', () => {
    const hits = search('"personal housing plan"');
    expect(hits).toHaveLength(1);
    const [hit] = hits as [Hit];
    expect(hit).toMatchObject({ case_number: '23 902 202', organisation: 'Enfield Council', decision_date: '2023-08-09', section: 'agreed_action' });
    expect(hit.snippet).toContain('[[personal housing plan]]');
    expect(textAt(hit.case_number, hit.start, hit.end)).toBe('arrange a meeting with Mr Z to agree a personal housing plan.');
  });

  it('a numbered paragraph reports its section and number', () => {
    const hits = search('"poor record keeping"');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ case_number: '22 907 707', section: 'analysis', paragraph: '2' });
    expect(hits[0]!.snippet).toMatch(/\[\[poor record keeping\]\]/);
    expect(textAt('22 907 707', hits[0]!.start, hits[0]!.end)).toMatch(/^The Care Provider’s records have gaps .* This was poor record keeping and is fault\.$/);
  });

  it('words are stemmed and every hit comes from a decision that says them, best first', () => {
    const hits = search('assisted collections');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(new Set(hits.map((h) => h.case_number))).toEqual(new Set(['24 904 404']));
    for (const h of hits) expect(h.snippet).toMatch(/\[\[(assisted|collections?)\]\]/i);
    // "collections" (the query) matched "collection" (the text) by its stem.
    expect(hits.some((h) => /\[\[collection\]\]/.test(h.snippet))).toBe(true);
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('the subsection is reported for paragraphs under a subheading', () => {
    const hits = search('"Homelessness Code of Guidance"');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ case_number: '23 902 202', section: 'findings', subsection: 'Law and guidance' });
  });

  it('filters narrow the hits', () => {
    const all = search('fault', ['--limit', '200']);
    expect(new Set(all.map((h) => h.case_number)).size).toBeGreaterThan(5);
    const housing = search('fault', ['--category', 'Housing', '--limit', '200']);
    expect(housing.length).toBeGreaterThan(0);
    expect(new Set(housing.map((h) => h.case_number))).toEqual(new Set(['23 902 202']));
    const enfield = search('fault', ['--organisation', 'London Borough of Enfield', '--to', '2022', '--limit', '200']);
    expect(new Set(enfield.map((h) => h.case_number))).toEqual(new Set(['22 901 101']));
    expect(search('fault', ['--limit', '3'])).toHaveLength(3);
  });

  it('no match is an empty result, exit 0', () => {
    expect(search('trampoline')).toEqual([]);
    const r = runCli(['search', 'trampoline', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('(no rows)\n');
  });

  it('csv and table formats carry the same hits', () => {
    const json = search('"assisted collection"');
    const csv = csvObjects(runCli(['search', '"assisted collection"', '--db', db, '--format', 'csv']).stdout);
    expect(csv.map((r) => [r.case_number, r.section, r.snippet])).toEqual(json.map((h) => [h.case_number, h.section, h.snippet]));
    const table = runCli(['search', '"assisted collection"', '--db', db]).stdout.trimEnd().split('\n');
    expect(table[0]).toMatch(/^case_number\s+organisation\s+section\s+paragraph\s+snippet$/);
    expect(table).toHaveLength(json.length + 2);
    for (const line of table.slice(2)) expect(line).toMatch(/^24 904 404\s+Wealden District Council\s+\w+/);
  });

  it.each([['abc'], ['0'], ['-1'], ['2.5']])('--limit %s is a usage error, exit 2', (limit) => {
    const r = runCli(['search', 'fault', '--db', db, '--limit', limit]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--limit/);
  });

  it.each([
    ['"unbalanced'],
    ['AND OR'],
    ['*'],
    ['NEAR('],
    ['fault:x'],
    [''],
  ])('a malformed query %j is a usage error, exit 2', (query) => {
    const r = runCli(['search', query, '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ombuds: invalid search query "/);
    expect(lines[0]).toContain(query);
  });
});
