/**
 * ingestPaths in-process (concurrency 0: vitest runs the .ts sources, where worker threads
 * cannot load) over real decisions copied to temp dirs. The worker path is covered by
 * cli.test.ts through the built CLI.
 */
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processFile } from '../../src/extract/process.js';
import { openStore, type Store } from '../../src/store/db.js';
import { ingestPaths, type IngestOptions } from '../../src/store/ingest.js';
import { search } from '../../src/analyse/search.js';
import { statusCounts, tableCounts } from '../../src/store/queries.js';
import { corpusFiles } from '../helpers/corpus.js';
import { copyCorpus, removeTempDirs, tempDir, uniqueCopies } from './helpers.js';

afterAll(removeTempDirs);

const INPROCESS: IngestOptions = { concurrency: 0 };

function withDb<T>(path: string, fn: (db: Store) => T): T {
  const db = openStore(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('ingestPaths', () => {
  const files = corpusFiles();

  it('stores the corpus, and a second run skips every file and changes nothing', async () => {
    const dir = tempDir();
    copyCorpus(dir);
    const db = join(dir, 'ombuds.db');
    const first = await ingestPaths([dir], { ...INPROCESS, db });
    expect(first).toMatchObject({ files: files.length, ingested: files.length, skipped: 0, duplicate: 0, failed: 0, aborted: false });
    const counts = withDb(db, tableCounts);
    expect(counts.documents).toBe(files.length);
    expect(counts.decisions).toBe(files.length);
    expect(counts.paragraphs).toBeGreaterThan(files.length * 3);
    const ids = withDb(db, (d) => d.prepare('SELECT id FROM decisions ORDER BY id').all());

    const second = await ingestPaths([dir], { ...INPROCESS, db });
    expect(second).toMatchObject({ files: files.length, ingested: 0, skipped: files.length, failed: 0 });
    expect(withDb(db, tableCounts)).toEqual(counts);

    // Touched but bytes-identical: recognised by its sha256, not re-extracted.
    const touched = join(dir, files[0]!);
    utimesSync(touched, new Date(), new Date(Date.now() + 5_000));
    const third = await ingestPaths([dir], { ...INPROCESS, db });
    expect(third).toMatchObject({ ingested: 0, skipped: files.length });
    expect(withDb(db, (d) => d.prepare('SELECT id FROM decisions ORDER BY id').all())).toEqual(ids);
    expect(withDb(db, tableCounts)).toEqual(counts);
  });

  it('replaces the rows of a changed file in place', async () => {
    const dir = tempDir();
    copyCorpus(dir);
    const db = join(dir, 'ombuds.db');
    await ingestPaths([dir], { ...INPROCESS, db });
    const before = withDb(db, tableCounts);
    const file = join(dir, '15-010-742.txt');
    const old = readFileSync(file, 'utf8');
    expect(old).toContain('£250');
    expect(old).toContain('mature landscaping');
    writeFileSync(file, old.replace('£250', '£275').replace('mature landscaping', 'marmalade orchards'));

    const run = await ingestPaths([dir], { ...INPROCESS, db });
    expect(run).toMatchObject({ ingested: 1, skipped: files.length - 1, failed: 0 });
    withDb(db, (d) => {
      expect(tableCounts(d)).toMatchObject({ documents: before.documents, decisions: before.decisions, paragraphs: before.paragraphs });
      expect(search(d, '"marmalade orchards"').map((h) => h.case_number)).toEqual(['15 010 742']);
      expect(search(d, '"mature landscaping"')).toEqual([]);
      const text = (d.prepare("SELECT text FROM decisions WHERE case_number = '15 010 742'").get() as { text: string }).text;
      expect(text).toContain('£275');
      expect(text).not.toContain('£250');
      expect(d.prepare("SELECT count(*) AS n FROM v_payments WHERE case_number = '15 010 742' AND amount = 250").get()).toEqual({ n: 0 });
      expect(() => d.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
    });
    // The stored payments are exactly what extraction now finds in the edited file.
    const { extraction } = await processFile(file);
    withDb(db, (d) => {
      const stored = d.prepare("SELECT amount, role, evidence FROM v_payments WHERE case_number = '15 010 742' ORDER BY start").all();
      expect(stored).toEqual(extraction.payments.map((p) => ({ amount: p.value.amount, role: p.value.role, evidence: p.text })));
    });
  });

  it('stores a decision saved under two names once, the second document as a duplicate', async () => {
    const dir = tempDir();
    copyCorpus(dir, files.slice(0, 5));
    writeFileSync(join(dir, 'zz-saved-again.txt'), readFileSync(join(dir, files[2]!)));
    const db = join(dir, 'ombuds.db');
    const run = await ingestPaths([dir], { ...INPROCESS, db });
    expect(run).toMatchObject({ files: 6, ingested: 5, duplicate: 1, failed: 0 });
    withDb(db, (d) => {
      expect(tableCounts(d).decisions).toBe(5);
      expect(statusCounts(d)).toEqual({ ok: 5, duplicate: 1, failed: 0 });
      const dup = d.prepare("SELECT file, error_code, error, duplicate_of_path FROM v_failures WHERE status = 'duplicate'").get() as Record<string, string>;
      expect(dup.file).toBe('zz-saved-again.txt');
      expect(dup.duplicate_of_path).toBe(join(dir, files[2]!));
      expect(dup.error).toContain(files[2]!);
    });
    // Re-running leaves it so.
    const again = await ingestPaths([dir], { ...INPROCESS, db });
    expect(again).toMatchObject({ ingested: 0, skipped: 5, duplicate: 1 });
    expect(withDb(db, tableCounts).decisions).toBe(5);
  });

  it('lets a moved corpus take over its cases instead of calling them duplicates', async () => {
    const root = tempDir();
    const before = join(root, 'before');
    mkdirSync(before);
    copyCorpus(before, files.slice(0, 6));
    const db = join(root, 'ombuds.db');
    await ingestPaths([before], { ...INPROCESS, db });
    const after = join(root, 'after');
    renameSync(before, after);
    const run = await ingestPaths([after], { ...INPROCESS, db });
    expect(run).toMatchObject({ ingested: 6, duplicate: 0, failed: 0 });
    withDb(db, (d) => {
      expect(statusCounts(d)).toEqual({ ok: 6, failed: 0, duplicate: 0 });
      expect(tableCounts(d).decisions).toBe(6);
      const paths = d.prepare('SELECT path FROM documents').all() as Array<{ path: string }>;
      expect(paths.every((p) => p.path.startsWith(after))).toBe(true);
    });
  });

  it('records failed files with their code and stores the rest', async () => {
    const dir = tempDir();
    copyCorpus(dir, files.slice(0, 4));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(dir, 'notes.txt'), 'Shopping list\n\nEggs, milk and bread.\n\nRemember to call the plumber on Tuesday.\n');
    const missing = join(dir, 'no-such-file.txt');
    const db = join(dir, 'ombuds.db');
    const issues: string[] = [];
    const run = await ingestPaths([dir, missing], { ...INPROCESS, db, onIssue: (o) => issues.push(`${o.code} ${o.message}`) });
    expect(run).toMatchObject({ files: 8, ingested: 4, failed: 4 });
    expect(run.failures).toEqual({ empty: 1, binary: 1, not_decision: 1, unreadable: 1 });
    expect(issues).toHaveLength(4);
    withDb(db, (d) => {
      expect(statusCounts(d)).toEqual({ ok: 4, failed: 4, duplicate: 0 });
      const failed = d.prepare("SELECT file, error_code FROM v_failures WHERE status = 'failed' ORDER BY file").all();
      expect(failed).toEqual([
        { file: 'binary.txt', error_code: 'binary' },
        { file: 'empty.txt', error_code: 'empty' },
        { file: 'no-such-file.txt', error_code: 'unreadable' },
        { file: 'notes.txt', error_code: 'not_decision' },
      ]);
      for (const e of d.prepare("SELECT error FROM documents WHERE status = 'failed'").all() as Array<{ error: string }>) expect(e.error).not.toContain('\n');
    });
    // Failed files are tried again: fixed, they are stored.
    writeFileSync(join(dir, 'notes.txt'), readFileSync(join(dir, files[0]!), 'utf8').replace(/\b\d{2} \d{3} \d{3}\b/, '99 999 001'));
    const again = await ingestPaths([dir], { ...INPROCESS, db });
    expect(again).toMatchObject({ ingested: 1, skipped: 4, failed: 2 });
    expect(withDb(db, statusCounts)).toEqual({ ok: 5, failed: 3, duplicate: 0 });
  });

  it('stops cleanly on abort, and the next run finishes the corpus', async () => {
    const dir = tempDir();
    uniqueCopies(dir, 120);
    const db = join(dir, 'ombuds.db');
    const controller = new AbortController();
    const first = await ingestPaths([dir], { ...INPROCESS, db, batchSize: 10, signal: controller.signal, onProgress: (p) => p.done >= 20 && controller.abort() });
    expect(first.aborted).toBe(true);
    expect(first.ingested).toBeLessThan(120);
    expect(withDb(db, tableCounts).decisions).toBe(first.ingested);
    const second = await ingestPaths([dir], { ...INPROCESS, db });
    expect(second.ingested + second.skipped).toBe(120);
    expect(withDb(db, tableCounts)).toMatchObject({ documents: 120, decisions: 120 });
  });

  it('finds a known phrase with the paragraph full-text index', async () => {
    const dir = tempDir();
    copyCorpus(dir);
    const db = join(dir, 'ombuds.db');
    await ingestPaths([dir], { ...INPROCESS, db });
    withDb(db, (d) => {
      const hits = search(d, '"Green Belt"');
      expect(hits.map((h) => h.case_number)).toContain('15 010 742');
      const hit = hits.find((h) => h.case_number === '15 010 742')!;
      expect(hit.snippet).toContain('[[Green Belt]]');
      const { text } = d.prepare("SELECT text FROM decisions WHERE case_number = '15 010 742'").get() as { text: string };
      expect(text.slice(hit.start, hit.end)).toMatch(/Green Belt/);
      // Porter stemming: "apologising" finds "apologise".
      expect(search(d, 'apologising').length).toBeGreaterThan(0);
    });
  });
});
