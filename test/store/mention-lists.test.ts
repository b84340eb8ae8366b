/**
 * Migration 6: people and organisation mentions stored as two lists per decision, read through
 * views with the columns of the version-1 tables. The views give every mention the writer
 * extracted, with its evidence, in document order; an upgraded store reads exactly as before;
 * a deleted decision takes its lists with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { showDecision } from '../../src/analyse/show.js';
import { openStore } from '../../src/store/db.js';
import { ingestPaths } from '../../src/store/ingest.js';
import { SCHEMA_VERSION, schemaVersion } from '../../src/store/migrations.js';
import { EVIDENCE_COLUMNS, LIST_COLUMNS, LISTED_MENTIONS } from '../../src/store/rows.js';
import { processFile } from '../../src/extract/process.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { copyCorpus, downgradeToVersion5, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const FILE = '24-012-183.txt';
const rows = (db: Database.Database, view: string) =>
  db.prepare(`SELECT * FROM ${view} ORDER BY decision_id, id`).all() as Array<Record<string, unknown>>;
const typesOf = (db: Database.Database, view: string) =>
  db.prepare(`SELECT DISTINCT typeof(start), typeof("end"), typeof(evidence) FROM ${view}`).raw().all();

async function store(): Promise<{ db: Database.Database; path: string; dir: string }> {
  const dir = tempDir();
  copyCorpus(dir);
  // A character outside the BMP (two UTF-16 code units) and quotes before most mentions: the
  // offsets after it, and evidence next to what JSON escapes, must come back as extracted.
  const text = readFileSync(join(CORPUS_DIR, FILE), 'utf8').replace('- I considered evidence provided by Mr B', '- I considered 🏠 "evidence" provided by Mr B "the \\ Council"');
  writeFileSync(join(dir, FILE), text);
  const path = join(dir, 'v6.db');
  await ingestPaths([dir], { db: path, concurrency: 0 });
  return { db: openStore(path), path, dir };
}

describe('migration 6: people and organisation mentions as lists on their decision', () => {
  it('gives, through the views, every mention the extractors found, with its evidence, in document order', async () => {
    const { db, dir } = await store();
    const id = db.prepare("SELECT d.id FROM decisions d JOIN documents doc ON doc.id = d.document_id WHERE doc.file = ?").pluck().get(FILE);
    const x = (await processFile(join(dir, FILE))).extraction!;
    const people = db.prepare('SELECT name, title, letter, role, complainant, section, start, "end", evidence, rule FROM people WHERE decision_id = ? ORDER BY id').all(id);
    expect(people).toEqual(x.people.map((m) => ({
      name: m.value.name, title: m.value.title, letter: m.value.letter, role: m.value.role, complainant: m.value.complainant ? 1 : 0,
      section: m.section, start: m.start, end: m.end, evidence: m.text, rule: m.rule,
    })));
    expect(people.length).toBeGreaterThan(10);
    const orgs = db.prepare('SELECT name, key, via, start, evidence FROM organisation_mentions WHERE decision_id = ? ORDER BY id').all(id);
    expect(orgs).toEqual(x.organisations.map((m) => ({ name: m.value.name, key: m.value.key, via: m.value.via, start: m.start, evidence: m.text })));
    expect(orgs.some((o) => (o as { via: string }).via === 'reference')).toBe(true);
    // Numbers stay numbers; the views have the version-1 tables' columns, in order.
    expect(typesOf(db, 'people')).toEqual([['integer', 'integer', 'text']]);
    for (const view of LISTED_MENTIONS) {
      const columns = (db.prepare(`SELECT * FROM ${view} LIMIT 1`).columns()).map((c) => c.name);
      expect(columns).toEqual(['id', 'decision_id', ...LIST_COLUMNS[view]]);
      expect(columns.slice(-EVIDENCE_COLUMNS.length)).toEqual([...EVIDENCE_COLUMNS]);
    }
    // `show` and v_people read the views like tables.
    const shown = showDecision(db, x.caseNumber!)!;
    expect(shown.items.people!.length).toBe(people.length);
    expect(db.prepare('SELECT count(*) FROM v_people WHERE decision_id = ?').pluck().get(id)).toBe(people.length);
    db.close();
  });

  it('upgrades a version-5 database: the same rows, one list row per decision with mentions', async () => {
    const { db, path } = await store();
    const before = { people: rows(db, 'people'), orgs: rows(db, 'organisation_mentions') };
    downgradeToVersion5(db);
    expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'people'").pluck().get()).toBe('table');
    db.close();
    const upgraded = openStore(path);
    expect(schemaVersion(upgraded)).toBe(SCHEMA_VERSION);
    expect(rows(upgraded, 'people')).toEqual(before.people);
    expect(rows(upgraded, 'organisation_mentions')).toEqual(before.orgs);
    expect(upgraded.prepare('SELECT count(*) FROM mention_lists').pluck().get())
      .toBe(upgraded.prepare('SELECT count(DISTINCT decision_id) FROM (SELECT decision_id FROM people UNION SELECT decision_id FROM organisation_mentions)').pluck().get());
    upgraded.close();
  });

  it("drops a decision's lists with it", async () => {
    const { db } = await store();
    const lists = db.prepare('SELECT count(*) FROM mention_lists').pluck();
    const before = lists.get() as number;
    db.prepare('DELETE FROM documents WHERE id = (SELECT document_id FROM decisions WHERE id = (SELECT min(decision_id) FROM mention_lists))').run();
    expect(lists.get()).toBe(before - 1);
    expect(db.prepare('SELECT count(*) FROM people WHERE decision_id NOT IN (SELECT id FROM decisions)').pluck().get()).toBe(0);
    db.close();
  });
});
