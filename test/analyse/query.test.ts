/**
 * `ombuds query`: a SELECT works in all three formats; anything that would change the database
 * or the connection (DROP, INSERT, UPDATE, DELETE, CREATE, ATTACH, PRAGMA query_only = 0 ...) is
 * refused with exit 2 and leaves the database exactly as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURE_CASES, csvObjects, fixtureDb, removeTempDirs, tempDir } from '../helpers/fixture-db.js';

let db: string;
let scratch: string;
beforeAll(async () => {
  db = await fixtureDb();
  scratch = tempDir('ombuds-query-');
});
afterAll(removeTempDirs);

const query = (sql: string, format = 'json') => runCli(['query', sql, '--db', db, '--format', format]);

/** Everything a write could change: row counts of every table, the schema, user_version, integrity. */
function snapshot() {
  const conn = new Database(db, { readonly: true });
  try {
    const objects = conn.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[];
    const counts = Object.fromEntries(objects.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_'))
      .map((o) => [o.name, conn.prepare(`SELECT count(*) FROM "${o.name}"`).pluck().get()]));
    const contentHash = createHash('sha256');
    for (const row of conn.prepare('SELECT case_number, fault, remedy_total, organisation FROM decisions ORDER BY id').raw().all()) contentHash.update(JSON.stringify(row));
    return {
      objects,
      counts,
      userVersion: conn.pragma('user_version', { simple: true }),
      integrity: conn.pragma('integrity_check', { simple: true }),
      content: contentHash.digest('hex'),
    };
  } finally {
    conn.close();
  }
}

describe('ombuds query: reading', () => {
  const SQL = 'SELECT case_number, organisation_type, fault FROM v_decisions ORDER BY decision_date';

  it('json', () => {
    const r = query(SQL);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { case_number: string; organisation_type: string; fault: number }[];
    expect(rows.map((x) => x.case_number)).toEqual([...FIXTURE_CASES]);
    expect(rows[0]).toEqual({ case_number: '22 901 101', organisation_type: 'london_borough', fault: 1 });
  });

  it('csv', () => {
    const r = query(SQL, 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('case_number,organisation_type,fault');
    const rows = csvObjects(r.stdout);
    expect(rows.map((x) => x.case_number)).toEqual([...FIXTURE_CASES]);
    expect(rows[1]).toEqual({ case_number: '22 903 303', organisation_type: 'district_council', fault: '0' });
  });

  it('table', () => {
    const r = query(SQL, 'table');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^case_number\s+organisation_type\s+fault$/);
    expect(lines[1]).toMatch(/^-+\s+-+\s+-+$/);
    expect(lines.slice(2)).toHaveLength(10);
    expect(lines[2]).toMatch(/^22 901 101\s+london_borough\s+1$/);
  });

  it('aggregates, views and read-only pragmas are fine', () => {
    const r = query("SELECT organisation_type, count(*) AS n FROM decisions GROUP BY 1 ORDER BY n DESC, 1");
    expect(JSON.parse(r.stdout)).toEqual([
      { organisation_type: 'county_council', n: 3 }, { organisation_type: 'district_council', n: 3 },
      { organisation_type: 'london_borough', n: 2 }, { organisation_type: 'care_provider', n: 1 }, { organisation_type: 'metropolitan_borough', n: 1 },
    ]);
    expect(query('PRAGMA table_info(decisions)').status).toBe(0);
    expect(JSON.parse(query("SELECT variants FROM v_organisations WHERE key = 'enfield'").stdout)).toEqual([{ variants: 'Enfield Council; London Borough of Enfield' }]);
  });

  it('an SQL error is a usage error, exit 2', () => {
    const r = query('SELECT nope FROM decisions');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^ombuds: SQL error: no such column: nope$/);
  });
});

describe('ombuds query: writes are refused and change nothing', () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    before = snapshot();
    expect(before.integrity).toBe('ok');
  });

  const attached = () => join(scratch, 'attached.db');
  const vacuumed = () => join(scratch, 'vacuumed.db');

  it.each([
    ['DROP', () => 'DROP TABLE decisions'],
    ['DROP VIEW', () => 'DROP VIEW v_decisions'],
    ['INSERT', () => "INSERT INTO organisations (key, name, type, known) VALUES ('x', 'X', 'other', 0)"],
    ['INSERT ... RETURNING', () => "INSERT INTO organisations (key, name, type, known) VALUES ('x', 'X', 'other', 0) RETURNING key"],
    ['UPDATE', () => 'UPDATE decisions SET fault = 0'],
    ['DELETE', () => 'DELETE FROM decisions'],
    ['DELETE in a CTE', () => 'WITH x AS (SELECT 1) DELETE FROM decisions'],
    ['CREATE TABLE', () => 'CREATE TABLE x (a)'],
    ['CREATE TEMP TABLE', () => 'CREATE TEMP TABLE x (a)'],
    ['CREATE INDEX', () => 'CREATE INDEX x ON decisions (summary)'],
    ['CREATE TRIGGER', () => 'CREATE TRIGGER x AFTER INSERT ON decisions BEGIN DELETE FROM decisions; END'],
    ['ALTER', () => 'ALTER TABLE decisions ADD COLUMN x TEXT'],
    ['ATTACH', () => `ATTACH DATABASE '${attached()}' AS x`],
    ['DETACH', () => 'DETACH DATABASE main'],
    ['PRAGMA query_only = 0', () => 'PRAGMA query_only = 0'],
    ['PRAGMA query_only = OFF', () => 'PRAGMA query_only=OFF'],
    ['PRAGMA writable_schema', () => 'PRAGMA writable_schema = 1'],
    ['PRAGMA user_version', () => 'PRAGMA user_version = 99'],
    ['PRAGMA journal_mode', () => 'PRAGMA journal_mode = DELETE'],
    ['VACUUM', () => 'VACUUM'],
    ['VACUUM INTO', () => `VACUUM INTO '${vacuumed()}'`],
    ['REINDEX', () => 'REINDEX'],
    ['BEGIN', () => 'BEGIN IMMEDIATE'],
    ['two statements', () => 'SELECT 1; DELETE FROM decisions'],
    ['load_extension', () => "SELECT load_extension('/nonexistent')"],
  ] as [string, () => string][])('%s', (_name, sql) => {
    const r = query(sql());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ombuds: (refused|SQL error)/);
  });

  it('the database is unchanged and no file was created', () => {
    expect(snapshot()).toEqual(before);
    expect(existsSync(attached())).toBe(false);
    expect(existsSync(vacuumed())).toBe(false);
    expect(readFileSync(db).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  });
});
