/**
 * The writer on its own: every extracted table gets rows with evidence that is exactly the
 * span of the stored text, a replacement removes every old row (full-text index included), and
 * the views join it all up. Mentions are added by hand so the test does not depend on how far
 * the extractors have got.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { readDecisionFile } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { openStore, type Store } from '../../src/store/db.js';
import { search } from '../../src/analyse/search.js';
import { statusCounts, tableCounts } from '../../src/store/queries.js';
import { okResult, type TaskResult } from '../../src/store/rows.js';
import { StoreWriter } from '../../src/store/writer.js';
import type { Extraction, Mention, ParsedDocument, Place } from '../../src/types.js';
import { copyCorpus, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const FILE = '15-010-742.txt'; // "... pay each of the neighbours £250 for their time, trouble ..."
const TITLED = '12-010-181.txt'; // London Borough of Merton (12 010 181)

function mention<K extends string, V>(doc: ParsedDocument, kind: K, value: V, needle: string | RegExp, section: Place = 'summary'): Mention<K, V> {
  const m = typeof needle === 'string' ? { index: doc.text.indexOf(needle), 0: needle } : needle.exec(doc.text);
  if (!m || m.index! < 0) throw new Error(`${String(needle)} not in ${doc.file}`);
  const start = m.index!;
  const end = start + m[0].length;
  return { kind, value, section, start, end, text: doc.text.slice(start, end), rule: 'test' };
}

/** Replace the extractors' output with known mentions of every kind. */
function withMentions(doc: ParsedDocument, x: Extraction): Extraction {
  const amount = /£(\d+)/.exec(doc.text)!;
  return {
    ...x,
    caseNumbers: [mention(doc, 'case_number', { ref: x.caseNumber!, role: 'self' as const }, x.caseNumber!, 'header')],
    payments: [mention(doc, 'payment', { id: 0, amount: Number(amount[1]), recipient: 'each of the neighbours', purpose: 'time_and_trouble' as const, role: 'agreed' as const, partOf: null }, amount[0])],
    remedies: [mention(doc, 'remedy', { types: ['apology' as const, 'payment' as const], scope: 'complainant' as const, deadline: { period: 'three months', days: 91, due: '2016-09-28' } }, 'apologise')],
    deadlines: [mention(doc, 'deadline', { period: 'three months', days: 91, due: '2016-09-28' }, 'within three months')],
    faultThemes: [mention(doc, 'fault_theme', { theme: 'law_or_guidance' as const }, 'lack of policy guidelines')],
    legislation: [mention(doc, 'legislation', { act: 'Local Government Act 1974', year: 1974, sections: ['26(1)'] }, 'Green Belt')],
    dates: [mention(doc, 'date', { iso: '2016-06-29', precision: 'day' as const, qualifier: null, role: 'decision' as const, sentence: { start: 0, end: 10 } }, '29 Jun 2016', 'header')],
  };
}

async function result(path: string, tweak = true): Promise<TaskResult> {
  const raw = await readDecisionFile(path);
  const doc = parseDocument(raw);
  const x = extractDocument(doc);
  return okResult(raw, doc, tweak ? withMentions(doc, x) : x, { bytes: raw.bytes, mtimeMs: 1 });
}

function evidenceMatches(db: Store, table: string): void {
  const rows = db.prepare(`SELECT t.start, t.end, t.evidence, d.text FROM ${table} t JOIN decisions d ON d.id = t.decision_id`).all() as
    Array<{ start: number; end: number; evidence: string; text: string }>;
  expect(rows.length, table).toBeGreaterThan(0);
  for (const r of rows) expect(r.text.slice(r.start, r.end)).toBe(r.evidence);
}

describe('StoreWriter', () => {
  const dir = tempDir();
  copyCorpus(dir, [FILE, TITLED]);
  const path = join(dir, FILE);

  it('writes a decision with every kind of evidence row, exactly spanned', async () => {
    const db = openStore(':memory:');
    const [outcome] = new StoreWriter(db).writeBatch([await result(path)]);
    expect(outcome).toMatchObject({ outcome: 'ingested', code: null });
    for (const t of ['payments', 'remedies', 'deadlines', 'fault_themes', 'legislation', 'dates', 'case_refs']) evidenceMatches(db, t);
    const payment = db.prepare('SELECT * FROM v_payments').get() as Record<string, unknown>;
    expect(payment).toMatchObject({ case_number: '15 010 742', amount: 250, role: 'agreed', purpose: 'time_and_trouble', evidence: '£250', top_level: 1, year: 2016 });
    expect(db.prepare('SELECT type FROM remedy_types ORDER BY type').all()).toEqual([{ type: 'apology' }, { type: 'payment' }]);
    expect(db.prepare('SELECT types, deadline_days FROM v_remedies').get()).toEqual({ types: '["apology","payment"]', deadline_days: 91 });
    expect(db.prepare('SELECT sections FROM legislation').get()).toEqual({ sections: '["26(1)"]' });
    const decision = db.prepare('SELECT * FROM v_decisions').get() as Record<string, unknown>;
    expect(decision).toMatchObject({ case_number: '15 010 742', category_top: 'Planning', year: 2016, agreed_payments: 1, remedy_types: 'apology,payment', fault_themes: 'law_or_guidance' });
    const paragraphs = db.prepare('SELECT p.start, p.end, p.text, d.text AS doc FROM paragraphs p JOIN decisions d ON d.id = p.decision_id').all() as
      Array<{ start: number; end: number; text: string; doc: string }>;
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(p.doc.slice(p.start, p.end)).toBe(p.text);
    db.close();
  });

  it('replaces a document in place: old rows and index entries go, new ones come', async () => {
    const db = openStore(':memory:');
    const writer = new StoreWriter(db);
    writer.writeBatch([await result(path)]);
    const before = tableCounts(db);
    expect(search(db, '"Green Belt"').length).toBeGreaterThan(0);
    // The same path, now without the hand-made mentions: those rows must disappear.
    writer.writeBatch([await result(path, false)]);
    const after = tableCounts(db);
    expect(after.documents).toBe(1);
    expect(after.decisions).toBe(1);
    expect(after.paragraphs).toBe(before.paragraphs);
    expect(db.prepare("SELECT count(*) AS n FROM payments WHERE rule = 'test'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM remedy_types").get()).toEqual({ n: after.remedy_types });
    expect(() => db.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
    expect(search(db, '"Green Belt"').length).toBeGreaterThan(0);
    db.close();
  });

  it('records a second file with the same case number as a duplicate of the first', async () => {
    const db = openStore(':memory:');
    const writer = new StoreWriter(db);
    const first = await result(path);
    const second = structuredClone(first);
    if (second.kind !== 'ok') throw new Error('expected ok');
    second.document.path = join(dir, 'copy of it.txt');
    second.document.file = 'copy of it.txt';
    const outcomes = writer.writeBatch([first, second]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['ingested', 'duplicate']);
    expect(outcomes[1]!.message).toContain(path);
    expect(tableCounts(db).decisions).toBe(1);
    expect(db.prepare('SELECT status, duplicate_of_path FROM v_failures').all()).toEqual([{ status: 'duplicate', duplicate_of_path: path }]);
    db.close();
  });

  it('records a document the database refuses as failed, keeping the others in the batch', async () => {
    const db = openStore(':memory:');
    const writer = new StoreWriter(db);
    const good = await result(path);
    const titled = await result(join(dir, TITLED), false);
    const bad = structuredClone(titled);
    if (bad.kind !== 'ok') throw new Error('expected ok');
    bad.document.path = join(dir, 'bad.txt');
    bad.rows.caseKey = 'bad';
    bad.rows.decision.kind = 'neither full nor partial'; // violates the CHECK constraint
    writer.begin();
    const outcomes = [good, bad, titled].map((r) => writer.write(r));
    writer.commit();
    expect(outcomes.map((o) => o.outcome)).toEqual(['ingested', 'failed', 'ingested']);
    expect(outcomes[1]).toMatchObject({ code: 'store' });
    expect(outcomes[1]!.message).toMatch(/could not store: CHECK constraint failed/);
    expect(statusCounts(db)).toEqual({ ok: 2, failed: 1, duplicate: 0 });
    expect(tableCounts(db).decisions).toBe(2);
    expect(() => db.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
    db.close();
  });

  it('records failures and keeps organisations in step with the decisions', async () => {
    const db = openStore(':memory:');
    const writer = new StoreWriter(db);
    const titled = join(dir, TITLED);
    writer.writeBatch([await result(titled, false)]);
    writer.refreshOrganisations();
    expect(db.prepare('SELECT d.organisation, o.name FROM decisions d JOIN organisations o ON o.key = d.organisation_key').all())
      .toEqual([{ organisation: 'London Borough of Merton', name: 'London Borough of Merton' }]);
    const failed: TaskResult = { kind: 'failed', code: 'empty', message: `${TITLED}: empty file`, file: { path: titled, file: TITLED, bytes: 0, mtime_ms: 2, sha256: null } };
    expect(writer.writeBatch([failed])[0]).toMatchObject({ outcome: 'failed', code: 'empty' });
    writer.refreshOrganisations();
    const counts = tableCounts(db);
    expect(counts.decisions).toBe(0);
    expect(counts.paragraphs + counts.payments + counts.organisations).toBe(0);
    expect(db.prepare('SELECT status, error_code, error FROM documents').get()).toEqual({ status: 'failed', error_code: 'empty', error: `${TITLED}: empty file` });
    db.close();
  });
});
