import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from '../../src/store/migrations.js';
import { ingestPaths } from '../../src/store/ingest.js';
import { corpusFiles } from '../helpers/corpus.js';
import { copyCorpus, downgradeToVersion3, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const names = (db: Database.Database, type: 'table' | 'view') =>
  (db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as Array<{ name: string }>).map((r) => r.name);

describe('store migrations', () => {
  it('gives a fresh database the latest schema version and the pragmas', () => {
    const path = join(tempDir(), 'fresh.db');
    const db = openStore(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    const tables = names(db, 'table');
    for (const t of ['documents', 'decisions', 'organisations', 'organisation_names', 'sections', 'paragraph_spans', 'paragraphs_fts',
      'payments', 'remedies', 'remedy_types', 'fault_themes', 'findings', 'dates', 'deadlines', 'legislation', 'mention_lists', 'case_refs']) {
      expect(tables).toContain(t);
    }
    expect(db.prepare("SELECT v FROM paragraphs_fts_config WHERE k = 'automerge'").pluck().get()).toBe(16);
    expect(names(db, 'view')).toEqual(expect.arrayContaining(['paragraphs', 'people', 'organisation_mentions', 'v_people', 'v_decisions', 'v_payments', 'v_remedies', 'v_fault_themes', 'v_legislation', 'v_failures']));
    db.close();
  });

  it('does not re-run migrations when a database is opened again', () => {
    const path = join(tempDir(), 'again.db');
    openStore(path).close();
    const db = openStore(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('applies only the migrations newer than the database, once each', () => {
    const db = openStore(join(tempDir(), 'v2.db'));
    const v2: Migration = { version: SCHEMA_VERSION + 1, name: 'notes', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, note TEXT)' };
    expect(migrate(db, [...MIGRATIONS, v2])).toEqual([v2.version]);
    expect(migrate(db, [...MIGRATIONS, v2])).toEqual([]);
    expect(schemaVersion(db)).toBe(v2.version);
    expect(names(db, 'table')).toContain('notes');
    db.close();
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const db = openStore(join(tempDir(), 'bad.db'));
    const bad: Migration = { version: SCHEMA_VERSION + 1, name: 'bad', up: 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, [...MIGRATIONS, bad])).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(names(db, 'table')).not.toContain('half');
    db.close();
  });

  it('refuses a database made by a newer version', () => {
    const path = join(tempDir(), 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openStore(path)).toThrow(/newer/);
  });
});

describe('migration 3: themes and remedy types on the decision row', () => {
  it("fills them in a version-2 database from its rows, equal to what the writer now stores", async () => {
    const dir = tempDir();
    copyCorpus(dir);
    const path = join(dir, 'v3.db');
    await ingestPaths([dir], { db: path, concurrency: 0 });
    const read = (db: Database.Database) => db.prepare('SELECT case_number, themes, remedy_types FROM decisions ORDER BY case_number').all();
    const db = openStore(path);
    const written = read(db);
    expect(written.length).toBe(corpusFiles().length);
    // The writer's columns agree with the child tables they summarise.
    const derived = db.prepare(`SELECT case_number,
        (SELECT group_concat(DISTINCT theme ORDER BY theme) FROM fault_themes t WHERE t.decision_id = d.id) AS themes,
        (SELECT group_concat(DISTINCT type ORDER BY type) FROM remedy_types r WHERE r.decision_id = d.id) AS remedy_types
      FROM decisions d ORDER BY case_number`).all();
    expect(written).toEqual(derived);
    expect(written.filter((r) => (r as { themes: string | null }).themes?.includes(',')).length).toBeGreaterThan(5);
    // Back to version 2: no columns, no covering index, the old theme index.
    downgradeToVersion3(db);
    db.exec(`DROP INDEX decisions_stats; DROP INDEX fault_themes_decision; CREATE INDEX fault_themes_decision ON fault_themes(decision_id);
      ALTER TABLE decisions DROP COLUMN themes; ALTER TABLE decisions DROP COLUMN remedy_types; PRAGMA user_version = 2;`);
    db.close();
    const upgraded = openStore(path);
    expect(schemaVersion(upgraded)).toBe(SCHEMA_VERSION);
    expect(read(upgraded)).toEqual(written);
    const plan = upgraded.prepare("EXPLAIN QUERY PLAN SELECT coalesce(d.category_top, '(none)'), count(*), json_group_array(d.case_number ORDER BY d.decision_date), d.themes FROM decisions d GROUP BY 1").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/COVERING INDEX decisions_stats/);
    upgraded.close();
  });
});
