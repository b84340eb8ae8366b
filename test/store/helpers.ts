/** Temp corpora for the store tests (real decisions from corpus/, copied or made unique), and undoing migration 4. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { CORPUS_DIR, corpusFiles } from '../helpers/corpus.js';

const made: string[] = [];

export function tempDir(prefix = 'ombuds-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every temp dir made so far (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Copy corpus files (all by default) into `dir`; returns the file names. */
export function copyCorpus(dir: string, files: string[] = corpusFiles()): string[] {
  for (const f of files) copyFileSync(join(CORPUS_DIR, f), join(dir, f));
  return files;
}

const CASE_NUMBER = /\b\d{2} \d{3} \d{3}[a-z]?\b/;

/** A fresh case number that no real decision has ("99 000 017"). */
export function fakeCaseNumber(i: number): string {
  return `99 ${String(Math.floor(i / 1000) % 1000).padStart(3, '0')} ${String(i % 1000).padStart(3, '0')}`;
}

/**
 * `n` decision files in `dir`, corpus files in turn, each with its title case number (the first
 * one printed) replaced by a unique fake one, so every file is a distinct decision.
 */
export function uniqueCopies(dir: string, n: number): string[] {
  const files = corpusFiles();
  const texts = files.map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length]!;
    if (!CASE_NUMBER.test(text)) throw new Error(`no case number in ${files[i % files.length]}`);
    const name = `copy-${String(i).padStart(5, '0')}.txt`;
    writeFileSync(join(dir, name), text.replace(CASE_NUMBER, fakeCaseNumber(i)));
    names.push(name);
  }
  return names;
}

/**
 * Undo migration 6 on an open store: `people` and `organisation_mentions` tables again, holding
 * the rows their views give, `mention_lists` gone, the version back to 5.
 */
export function downgradeToVersion5(db: Database.Database): void {
  // Copied twice, not renamed: ALTER TABLE ... RENAME re-reads v_people, which needs `people`.
  db.exec(`CREATE TEMP TABLE people_v5 AS SELECT * FROM people ORDER BY id;
    CREATE TEMP TABLE organisation_mentions_v5 AS SELECT * FROM organisation_mentions ORDER BY id;
    DROP VIEW people; DROP VIEW organisation_mentions; DROP TABLE mention_lists;
    CREATE TABLE people AS SELECT * FROM temp.people_v5; CREATE TABLE organisation_mentions AS SELECT * FROM temp.organisation_mentions_v5;
    DROP TABLE temp.people_v5; DROP TABLE temp.organisation_mentions_v5; PRAGMA user_version = 5;`);
}

/**
 * Undo migrations 6 and 4 on an open store: `paragraphs` a table again, each paragraph's text stored in
 * it, the version back to 3 (the next openStore migrates it again).
 */
export function downgradeToVersion3(db: Database.Database): void {
  downgradeToVersion5(db);
  db.exec(`DROP TRIGGER decisions_fts_delete; DROP TRIGGER decisions_fts_text_before; DROP TRIGGER decisions_fts_text_after;
    CREATE TABLE paragraphs_v3 AS SELECT * FROM paragraphs ORDER BY id; DROP VIEW paragraphs; DROP TABLE paragraph_spans;
    ALTER TABLE paragraphs_v3 RENAME TO paragraphs; PRAGMA user_version = 3;`);
}
