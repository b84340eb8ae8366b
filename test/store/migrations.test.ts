import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from '../../src/store/migrations.js';
import { removeTempDirs, tempDir } from './helpers.js';

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
    for (const t of ['documents', 'decisions', 'organisations', 'organisation_names', 'sections', 'paragraphs', 'paragraphs_fts',
      'payments', 'remedies', 'remedy_types', 'fault_themes', 'findings', 'dates', 'deadlines', 'legislation', 'people', 'case_refs']) {
      expect(tables).toContain(t);
    }
    expect(names(db, 'view')).toEqual(expect.arrayContaining(['v_decisions', 'v_payments', 'v_remedies', 'v_fault_themes', 'v_legislation', 'v_failures']));
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
