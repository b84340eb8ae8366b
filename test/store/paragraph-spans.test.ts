/**
 * Migration 4: paragraphs as a view over paragraph_spans and the decision text. The view gives
 * every paragraph's text exactly as version 3 stored it (a text with characters outside the BMP
 * included), and the full-text index stays consistent with it through upgrades, deletes and
 * updates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { search } from '../../src/analyse/search.js';
import { openStore } from '../../src/store/db.js';
import { ingestPaths } from '../../src/store/ingest.js';
import { SCHEMA_VERSION, schemaVersion } from '../../src/store/migrations.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { copyCorpus, downgradeToVersion3, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** Checks the index against its content (the view), not only its own structure. */
const checkIndex = (db: Database.Database) => db.exec("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)");
const paragraphs = (db: Database.Database) => db.prepare('SELECT * FROM paragraphs ORDER BY id').all() as Array<Record<string, unknown>>;
const hits = (db: Database.Database) => ['delay', '"Green Belt"', 'emoji', 'Council AND apolog*'].map((q) => search(db, q));

async function store(): Promise<{ db: Database.Database; path: string; dir: string }> {
  const dir = tempDir();
  copyCorpus(dir);
  // A character outside the BMP (two UTF-16 code units, one character for SQLite) early in a decision.
  const text = readFileSync(join(CORPUS_DIR, '15-010-742.txt'), 'utf8').replace(/\bthe\b/, '🏠 emoji the');
  if (!text.includes('🏠')) throw new Error('no emoji');
  writeFileSync(join(dir, '15-010-742.txt'), text);
  const path = join(dir, 'v4.db');
  await ingestPaths([dir], { db: path, concurrency: 0 });
  return { db: openStore(path), path, dir };
}

describe('migration 4: a paragraph text stored once, in its decision', () => {
  it('gives each paragraph the slice of its decision text, and stores text only where offsets would disagree', async () => {
    const { db } = await store();
    const rows = db.prepare('SELECT p.start, p.end, p.text, d.text AS doc, d.case_number FROM paragraphs p JOIN decisions d ON d.id = p.decision_id').all() as
      Array<{ start: number; end: number; text: string; doc: string; case_number: string }>;
    expect(rows.length).toBeGreaterThan(500);
    for (const r of rows) expect(r.text).toBe(r.doc.slice(r.start, r.end));
    const stored = db.prepare('SELECT DISTINCT d.case_number FROM paragraph_spans p JOIN decisions d ON d.id = p.decision_id WHERE p.text IS NOT NULL').pluck().all();
    expect(stored).toEqual(['15 010 742']);
    expect(search(db, 'emoji')[0]?.snippet).toMatch(/🏠 \[\[emoji\]\]/);
    checkIndex(db);
    db.close();
  });

  it('upgrades a version-3 database: the same paragraphs, index entries and search answers', async () => {
    const { db, path } = await store();
    const before = { paragraphs: paragraphs(db), hits: hits(db) };
    downgradeToVersion3(db);
    expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'paragraphs'").pluck().get()).toBe('table');
    db.close();
    const upgraded = openStore(path);
    expect(schemaVersion(upgraded)).toBe(SCHEMA_VERSION);
    expect(paragraphs(upgraded)).toEqual(before.paragraphs);
    expect(hits(upgraded)).toEqual(before.hits);
    expect(upgraded.prepare('SELECT count(*) FROM paragraph_spans WHERE text IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    checkIndex(upgraded);
    upgraded.close();
  });

  it('keeps the index consistent when a decision, or one paragraph, is deleted or its text updated', async () => {
    const { db } = await store();
    const one = db.prepare("SELECT d.id FROM decisions d WHERE d.case_number = '15 010 742'").pluck().get() as number;
    db.prepare('DELETE FROM paragraph_spans WHERE id = (SELECT min(id) FROM paragraph_spans WHERE decision_id <> ?)').run(one);
    checkIndex(db);
    db.prepare("UPDATE decisions SET text = replace(text, 'the', 'teh') WHERE id = (SELECT max(id) FROM decisions)").run();
    checkIndex(db);
    db.prepare('UPDATE paragraph_spans SET byte_end = byte_end - 1 WHERE id = (SELECT max(id) FROM paragraph_spans WHERE text IS NULL)').run();
    checkIndex(db);
    db.prepare('DELETE FROM documents WHERE id IN (SELECT document_id FROM decisions WHERE id IN (?, (SELECT min(id) FROM decisions)))').run(one);
    checkIndex(db);
    expect(search(db, 'emoji')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM paragraphs_fts_docsize').pluck().get()).toBe(db.prepare('SELECT count(*) FROM paragraph_spans').pluck().get());
    db.close();
  });
});
