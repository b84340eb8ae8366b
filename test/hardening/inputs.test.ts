/**
 * Hostile and broken inputs through `ombuds ingest` (the built CLI, two worker threads), all in
 * ONE batch directory with good decisions among them. Each bad file gets its own one-line error,
 * recorded in `documents` with its code; the batch goes on; every good file is stored, and its
 * decision has exactly the rows it gets when ingested alone; nothing is half-written.
 *
 * One test per input class below reads what the batch run left in the database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { ingestPaths } from '../../src/store/ingest.js';
import { ROW_TABLES } from '../../src/store/queries.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from '../helpers/fixture-db.js';
import {
  HOSTILE_MARK, binaryNoise, corpusDecision, decisionHtml, elfExecutable, fixtureDecision, hostileCase, invalidUtf8,
  manyAmountsDecision, missingHeadingsDecision, repeatedHeadingsDecision, windows1252, withCaseNumber,
} from '../helpers/hostile.js';
import { decisionPdf, encryptedPdf, imageOnlyPdf } from '../helpers/pdf.js';

afterAll(removeTempDirs);

const BUILT = existsSync(join(ROOT, 'dist', 'store', 'ingest-worker.js'));
const AMOUNTS = 10_000;

interface DocRow {
  id: number;
  path: string;
  file: string;
  status: 'ok' | 'failed' | 'duplicate';
  error_code: string | null;
  error: string | null;
  encoding: string | null;
  format: string | null;
  case_number: string | null;
  sha256: string | null;
}

let sandbox: string;
let input: string;
let dbPath: string;
let run: CliResult;
let db: Database.Database;
const docs = new Map<string, DocRow>();
/** Files that must be stored (relative to the batch directory), with their case numbers. */
const good = new Map<string, string>();
/** Files that must fail, each with its own error. */
const bad = new Set<string>();
let many: ReturnType<typeof manyAmountsDecision>;

const put = (name: string, data: string | Uint8Array): string => {
  const path = join(input, name);
  if (!name.startsWith('../')) bad.add(name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
};
const putGood = (name: string, data: string | Uint8Array, caseNumber: string): string => {
  const path = put(name, data);
  bad.delete(name);
  good.set(name, caseNumber);
  return path;
};
const doc = (name: string): DocRow => {
  const row = docs.get(join(input, name));
  if (!row) throw new Error(`${name} is not in the documents table`);
  return row;
};
const decisionOf = (name: string) =>
  db.prepare('SELECT * FROM decisions WHERE document_id = ?').get(doc(name).id) as Record<string, unknown> & { id: number; text: string };

/** Rows per table that belong to one decision (the decision row itself included). */
function decisionCounts(store: Database.Database, decisionId: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of ROW_TABLES) {
    if (['documents', 'organisations', 'organisation_names'].includes(t)) continue;
    const column = t === 'decisions' ? 'id' : 'decision_id';
    counts[t] = store.prepare(`SELECT count(*) FROM ${t} WHERE ${column} = ?`).pluck().get(decisionId) as number;
  }
  return counts;
}

/** What one file gives when ingested alone (in this process, no workers) into a fresh database. */
async function alone(path: string): Promise<{ counts: Record<string, number>; decision: Record<string, unknown> }> {
  const single = join(tempDir('ombuds-alone-'), 'alone.db');
  const summary = await ingestPaths([path], { db: single, concurrency: 0 });
  expect(summary.ingested, path).toBe(1);
  const store = new Database(single, { readonly: true });
  try {
    const decision = store.prepare('SELECT * FROM decisions').get() as Record<string, unknown> & { id: number };
    return { counts: decisionCounts(store, decision.id), decision };
  } finally {
    store.close();
  }
}

const without = (row: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

beforeAll(async () => {
  if (!BUILT) return;
  sandbox = tempDir('ombuds-hardening-inputs-');
  input = join(sandbox, 'batch');
  mkdirSync(input);

  // Good decisions among the bad files.
  putGood('good-numbered.txt', withCaseNumber(corpusDecision('23-015-499.txt'), hostileCase(1)), hostileCase(1));
  putGood('good-bulleted.txt', withCaseNumber(corpusDecision('24-012-183.txt'), hostileCase(2)), hostileCase(2));

  // Empty, blank, binary.
  put('empty.txt', '');
  put('whitespace.txt', '   \n\t\t\n\r\n \u00a0 \n');
  put('program.txt', elfExecutable());
  put('noise.html', binaryNoise());

  // Over the size cap: sparse files (no blocks on disk), 25 MB and 8 GB. Reading 8 GB would fail
  // differently (Node cannot buffer it), so 'too_large' for it shows the file was never loaded.
  truncateSync(put('over-cap.txt', ''), 25 * 1024 * 1024);
  truncateSync(put('sparse-8gb.txt', ''), 8 * 1024 ** 3);

  // Just under the cap: a decision whose body repeats to ~19 MB, parsed on a worker thread within
  // its heap limits (store/pool.ts WORKER_LIMITS).
  const nearCap = corpusDecision('23-015-499.txt');
  const body = nearCap.split('\n').slice(12).join('\n');
  putGood('near-cap.txt', withCaseNumber(nearCap, hostileCase(16)) + `\n${body}`.repeat(Math.floor(19_000_000 / (body.length + 1))), hostileCase(16));

  // A 1 MB single line (a decision flattened onto one line), and a decision with a 1 MB paragraph.
  const flat = fixtureDecision().replace(/\s+/g, ' ');
  put('one-line.txt', flat.repeat(Math.ceil(1_048_576 / flat.length)).slice(0, 1_048_576));
  const longParagraph = `  4. ${'The Council said it would look again at the charges. '.repeat(20_000)}`;
  putGood('long-paragraph.txt', withCaseNumber(fixtureDecision(), hostileCase(3)).replace('\nAnalysis\n', `\nAnalysis\n\n${longParagraph}\n`), hostileCase(3));

  // HTML: 50,000 nested divs; scripts, iframes, event handlers and javascript: links.
  putGood('nested.html', decisionHtml(withCaseNumber(fixtureDecision(), hostileCase(4)), { nest: 50_000 }), hostileCase(4));
  putGood('hostile.html', decisionHtml(withCaseNumber(fixtureDecision(), hostileCase(5)), { hostile: true }), hostileCase(5));

  // Encodings: consistent Windows-1252; UTF-8 with invalid sequences and a stray Windows-1252 £.
  putGood('windows-1252.txt', windows1252(withCaseNumber(fixtureDecision(), hostileCase(6))), hostileCase(6));
  putGood('invalid-utf8.txt', invalidUtf8(withCaseNumber(fixtureDecision(), hostileCase(7)), '£300 to acknowledge'), hostileCase(7));

  // PDFs: good, truncated, encrypted, no text layer.
  const pdf = await decisionPdf(withCaseNumber(fixtureDecision(), hostileCase(8)));
  putGood('good.pdf', pdf, hostileCase(8));
  put('truncated.pdf', pdf.slice(0, Math.floor(pdf.length * 0.6)));
  put('locked.pdf', encryptedPdf());
  put('scan.pdf', await imageOnlyPdf(2));

  // 10,000 amounts; repeated and missing headings.
  many = manyAmountsDecision(AMOUNTS, hostileCase(9));
  putGood('many-amounts.txt', many.text, hostileCase(9));
  putGood('repeated-headings.txt', repeatedHeadingsDecision(hostileCase(10)), hostileCase(10));
  putGood('missing-headings.txt', missingHeadingsDecision(hostileCase(11)), hostileCase(11));

  // Links: a loop between two files, a dangling link, a directory link back to the batch itself.
  for (const name of ['loop-a.txt', 'loop-b.txt', 'dangling.txt', 'fifo.txt']) bad.add(name);
  symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
  symlinkSync('nowhere.txt', join(input, 'dangling.txt'));
  symlinkSync('.', join(input, 'again'));
  // A FIFO named like a decision (never opened: opening would block), and a directory so named.
  execFileSync('mkfifo', [join(input, 'fifo.txt')]);
  putGood('folder.txt/inside.txt', withCaseNumber(corpusDecision('19-000-635.txt'), hostileCase(12)), hostileCase(12));

  // Names with spaces, Unicode and line breaks.
  putGood('names/with  spaces .txt', withCaseNumber(corpusDecision('17-005-234.txt'), hostileCase(13)), hostileCase(13));
  putGood('names/ünïcödé – décision №1 ✓.txt', withCaseNumber(corpusDecision('18-010-988.txt'), hostileCase(14)), hostileCase(14));
  putGood('names/new\nline.txt', withCaseNumber(corpusDecision('19-001-127.txt'), hostileCase(15)), hostileCase(15));
  put('names/bad\nname.txt', 'Shortbread\n\nMix the butter and sugar.\nAdd flour and bake.\n');

  dbPath = join(sandbox, 'db', 'ombuds.db');
  run = runCli(['ingest', input, '--db', dbPath, '--concurrency', '2']);
  db = new Database(dbPath, { readonly: true });
  for (const row of db.prepare('SELECT * FROM documents').all() as DocRow[]) docs.set(row.path, row);
}, 600_000);

afterAll(() => db?.close());

describe.skipIf(!BUILT)('one batch of hostile and broken files through `ombuds ingest`', () => {
  it('the run goes to the end: exit 1, nothing on stdout, one stderr line per bad file, the summary last', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^ingested ${good.size}, skipped 0 \\(unchanged\\), duplicate 0, failed ${bad.size} \\(`));
    const failed = [...docs.values()].filter((d) => d.status === 'failed');
    expect(failed.map((d) => d.path).sort()).toEqual([...bad].map((name) => join(input, name)).sort());
    for (const d of failed) expect(lines, d.file).toContain(d.error);
  });

  it('nothing half-written: good files stored whole, bad ones have no decision rows, the store is consistent', () => {
    const ok = [...docs.values()].filter((d) => d.status === 'ok').map((d) => d.path).sort();
    expect(ok).toEqual([...good.keys()].map((name) => join(input, name)).sort());
    for (const [name, caseNumber] of good) expect(doc(name).case_number, name).toBe(caseNumber);
    expect(db.prepare("SELECT count(*) FROM decisions d JOIN documents doc ON doc.id = d.document_id WHERE doc.status != 'ok'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(good.size);
    expect(db.prepare("SELECT count(*) FROM documents WHERE status = 'failed' AND (error_code IS NULL OR error IS NULL)").pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const rw = new Database(dbPath);
    try {
      expect(() => rw.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")).not.toThrow();
    } finally {
      rw.close();
    }
  });

  it('each good decision has exactly the rows it gets when ingested alone', async () => {
    for (const name of good.keys()) {
      if (name === 'many-amounts.txt') continue; // 10,000 amounts: checked on its own below
      const path = join(input, name);
      const single = await alone(path);
      const mine = decisionOf(name);
      expect(decisionCounts(db, mine.id), name).toEqual(single.counts);
      expect(without(mine, 'id', 'document_id'), name).toEqual(without(single.decision, 'id', 'document_id'));
    }
  }, 300_000);

  it('empty file: empty, "empty file"', () => {
    expect(doc('empty.txt')).toMatchObject({ status: 'failed', error_code: 'empty', error: 'empty.txt: empty file' });
  });

  it('whitespace only (spaces, tabs, CRLF, a no-break space): empty, "whitespace only"', () => {
    expect(doc('whitespace.txt')).toMatchObject({ status: 'failed', error_code: 'empty', error: 'whitespace.txt: whitespace only' });
  });

  it('an ELF executable and random bytes with NULs: binary, the format named when known', () => {
    expect(doc('program.txt')).toMatchObject({ status: 'failed', error_code: 'binary', error: 'program.txt: binary file (ELF executable, not text, HTML or PDF)' });
    expect(doc('noise.html')).toMatchObject({ status: 'failed', error_code: 'binary', error: 'noise.html: binary file (not text, HTML or PDF)' });
  });

  it('larger than --max-bytes (default 20 MB): too_large from its size, never loaded (an 8 GB sparse file too)', () => {
    expect(doc('over-cap.txt')).toMatchObject({ status: 'failed', error_code: 'too_large', error: 'over-cap.txt: file too large (25 MB > 20 MB cap)' });
    expect(doc('sparse-8gb.txt')).toMatchObject({ status: 'failed', error_code: 'too_large', error: 'sparse-8gb.txt: file too large (8 GB > 20 MB cap)', sha256: null });
  });

  it('a 19 MB decision, just under the cap, is parsed on a worker within its heap limit and stored whole', () => {
    expect(doc('near-cap.txt')).toMatchObject({ status: 'ok', error: null });
    expect((doc('near-cap.txt') as DocRow & { bytes: number }).bytes).toBeGreaterThan(18_000_000);
    const d = decisionOf('near-cap.txt');
    expect((d.text as string).length).toBeGreaterThan(17_000_000); // normalised: line-end spaces trimmed
    expect(db.prepare('SELECT count(*) FROM paragraphs WHERE decision_id = ?').pluck().get(d.id)).toBeGreaterThan(10_000);
  });

  it('a 1 MB single line is refused as not a decision; a decision with a 1 MB paragraph is stored whole', () => {
    expect(doc('one-line.txt')).toMatchObject({
      status: 'failed', error_code: 'not_decision', error: 'one-line.txt: not an Ombudsman decision: no title line with a case number and no summary',
    });
    const d = decisionOf('long-paragraph.txt');
    const longest = db.prepare('SELECT max(length(text)) FROM paragraphs WHERE decision_id = ?').pluck().get(d.id) as number;
    expect(longest).toBeGreaterThan(1_000_000);
    expect(d.remedy_total).toBe(300);
  });

  it('50,000 nested divs: parsed like the same page without them', async () => {
    expect(doc('nested.html')).toMatchObject({ status: 'ok', format: 'html' });
    const flat = put('../shallow.html', decisionHtml(withCaseNumber(fixtureDecision(), hostileCase(4))));
    const mine = decisionOf('nested.html');
    const single = await alone(flat);
    expect(mine.text).toBe(single.decision.text);
    expect(decisionCounts(db, mine.id)).toEqual(single.counts);
  }, 120_000);

  it('scripts, iframes, event handlers, javascript: links: no script text reaches the text; the decision parses as plain', () => {
    const d = decisionOf('hostile.html');
    const paragraphs = db.prepare('SELECT text FROM paragraphs WHERE decision_id = ?').pluck().all(d.id) as string[];
    for (const text of [d.text, ...paragraphs]) {
      expect(text).not.toContain(HOSTILE_MARK);
      expect(text).not.toMatch(/javascript:|<script|<iframe|onclick|onerror/i);
    }
    expect(db.prepare(`SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '${HOSTILE_MARK}'`).pluck().get()).toBe(0);
    expect(d.text).toContain('see the guidance'); // a link's own words are text
    const plain = parseText(withCaseNumber(fixtureDecision(), hostileCase(5)));
    const kinds = db.prepare('SELECT kind FROM sections WHERE decision_id = ? ORDER BY ordinal').pluck().all(d.id);
    expect(kinds).toEqual(plain.sections.map((s) => s.kind));
    expect(d).toMatchObject({ case_number: hostileCase(5), remedy_total: 300, fault: 1, organisation: 'London Borough of Enfield' });
  });

  it('Windows-1252 text: decoded as such, £ and ’ survive, same decision as the UTF-8 file', async () => {
    expect(doc('windows-1252.txt')).toMatchObject({ status: 'ok', encoding: 'windows-1252' });
    const utf8 = put('../utf8.txt', withCaseNumber(fixtureDecision(), hostileCase(6)));
    const single = await alone(utf8);
    const mine = decisionOf('windows-1252.txt');
    expect(mine.text).toBe(single.decision.text);
    expect(mine.text).toContain('pay Mrs X £300 to acknowledge');
    expect(decisionCounts(db, mine.id)).toEqual(single.counts);
  });

  it('invalid UTF-8 sequences: UTF-8 kept, stray bytes read as Windows-1252, both kinds of £ survive', () => {
    expect(doc('invalid-utf8.txt')).toMatchObject({ status: 'ok', encoding: 'utf-8+windows-1252' });
    const d = decisionOf('invalid-utf8.txt');
    expect(d.text).toContain('pay Mrs X £300 to acknowledge'); // the stray 0xA3
    expect(d.text).toContain('Mrs X £300'); // the UTF-8 one in the summary
    expect(d.text).toContain('mother’s residential care'); // UTF-8 ’ intact, no mojibake
    expect(d.text).not.toMatch(/â€|Â£/);
    expect(d.remedy_total).toBe(300);
  });

  it('PDFs: truncated, encrypted and text-less ones each say why; a good one is stored', () => {
    expect(doc('truncated.pdf')).toMatchObject({ status: 'failed', error_code: 'pdf_corrupt', error: 'truncated.pdf: corrupt PDF: truncated (no %%EOF marker)' });
    expect(doc('locked.pdf')).toMatchObject({ status: 'failed', error_code: 'pdf_encrypted', error: 'locked.pdf: encrypted PDF' });
    expect(doc('scan.pdf')).toMatchObject({ status: 'failed', error_code: 'pdf_no_text', error: 'scan.pdf: no text layer (scanned image?)' });
    expect(doc('good.pdf')).toMatchObject({ status: 'ok', format: 'pdf', encoding: 'pdf' });
    expect(decisionOf('good.pdf')).toMatchObject({ case_number: hostileCase(8), remedy_total: 300 });
  });

  it(`${AMOUNTS.toLocaleString('en')} £ amounts: all stored as payments, remedy_total consistent with them`, () => {
    const d = decisionOf('many-amounts.txt');
    const action = db.prepare(`SELECT amount FROM payments WHERE decision_id = ? AND section = 'agreed_action'
      AND role = 'agreed' AND part_of IS NULL ORDER BY start`).pluck().all(d.id) as number[];
    expect(action).toEqual([...many.amounts, 300]);
    // remedy_total: the sum of the top-level agreed sums of the action section (record.ts / remedy-total.ts).
    expect(d.remedy_total).toBe(Math.round((many.extra + 300) * 100) / 100);
    const stored = db.prepare(`SELECT round(sum(amount), 2) FROM payments WHERE decision_id = ? AND section = 'agreed_action'
      AND role = 'agreed' AND part_of IS NULL`).pluck().get(d.id);
    expect(stored).toBe(d.remedy_total);
    expect(db.prepare('SELECT count(*) FROM payments WHERE decision_id = ?').pluck().get(d.id)).toBeGreaterThanOrEqual(AMOUNTS + 1);
  });

  it('repeated headings: every copy is a section; missing headings: body text is not taken for the summary', () => {
    const rep = decisionOf('repeated-headings.txt');
    const kinds = (id: number) => db.prepare('SELECT kind FROM sections WHERE decision_id = ? ORDER BY ordinal').pluck().all(id) as string[];
    expect(kinds(rep.id).filter((k) => k === 'agreed_action')).toHaveLength(4);
    expect(kinds(rep.id).filter((k) => k === 'final_decision')).toHaveLength(2);
    const repAction = db.prepare(`SELECT round(sum(amount), 2) FROM payments WHERE decision_id = ? AND section = 'agreed_action'
      AND role = 'agreed' AND part_of IS NULL`).pluck().get(rep.id);
    expect(rep.remedy_total).toBe(repAction); // each action section's £300 counts (the section is printed twice)
    const miss = decisionOf('missing-headings.txt');
    expect(kinds(miss.id)).toEqual(['summary', 'other']);
    // No action section: the summary is authoritative, and it is only the "Summary:" line.
    expect(miss.remedy_total).toBe(300);
    expect(miss.summary).toMatch(/^Mrs X complained .* pay Mrs X £300 and review its procedures\.$/);
  });

  it('symbolic links: a loop and a dangling link are unreadable; a directory link back into the batch is not walked twice', () => {
    expect(doc('loop-a.txt')).toMatchObject({ status: 'failed', error_code: 'unreadable', error: 'loop-a.txt: too many levels of symbolic links' });
    expect(doc('loop-b.txt')).toMatchObject({ status: 'failed', error_code: 'unreadable', error: 'loop-b.txt: too many levels of symbolic links' });
    expect(doc('dangling.txt')).toMatchObject({ status: 'failed', error_code: 'unreadable', error: 'dangling.txt: no such file or directory' });
    expect([...docs.keys()].filter((p) => p.startsWith(join(input, 'again')))).toEqual([]);
    expect(db.prepare('SELECT count(*) - count(DISTINCT path) FROM documents').pluck().get()).toBe(0);
  });

  it('a FIFO named .txt is reported unopened (not a regular file); a directory named .txt is walked', () => {
    expect(doc('fifo.txt')).toMatchObject({ status: 'failed', error_code: 'unreadable', error: 'fifo.txt: not a regular file' });
    expect(doc('folder.txt/inside.txt').status).toBe('ok');
  });

  it('names with spaces, Unicode and line breaks are stored under their exact paths; a bad one gets a one-line error', () => {
    for (const name of ['names/with  spaces .txt', 'names/ünïcödé – décision №1 ✓.txt', 'names/new\nline.txt']) {
      expect(doc(name), name).toMatchObject({ status: 'ok', file: name.slice('names/'.length) });
    }
    const bad = doc('names/bad\nname.txt');
    expect(bad).toMatchObject({ status: 'failed', error_code: 'not_decision', file: 'bad\nname.txt' });
    expect(bad.error).toBe('bad\\nname.txt: not an Ombudsman decision: no title line with a case number and no summary');
    expect(run.stderr.split('\n')).toContain(bad.error);
    const show = runCli(['show', hostileCase(15), '--db', dbPath, '--format', 'json']);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toContain(JSON.stringify(join(input, 'names', 'new\nline.txt')).slice(1, -1));
  });

  it('re-running the batch changes nothing: unchanged files skipped, bad files tried again and failed the same way', () => {
    const before = db.prepare('SELECT path, status, error_code, error FROM documents ORDER BY path').all();
    const again = runCli(['ingest', input, '--db', dbPath, '--concurrency', '2']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`ingested 0, skipped ${good.size} (unchanged), duplicate 0, failed ${bad.size}`);
    expect(db.prepare('SELECT path, status, error_code, error FROM documents ORDER BY path').all()).toEqual(before);
    expect(readFileSync(dbPath).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  }, 300_000);
});

describe.skipIf(!BUILT)('a duplicate whose file name holds a line break', () => {
  let dupDb = '';
  it('a duplicate whose file name holds a line break: the CLI prints its message on one line', () => {
    const dir = tempDir('ombuds-hardening-dupname-');
    const text = withCaseNumber(corpusDecision('23-015-499.txt'), hostileCase(201));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b\ncopy.txt'), text);
    dupDb = join(dir, 'ombuds.db');
    const r = runCli(['ingest', dir, '--db', dupDb, '--concurrency', '0']);
    expect(r.stderr).toContain('ingested 1, skipped 0 (unchanged), duplicate 1, failed 0');
    expect(r.stderr.split('\n')).toContain(`b\\ncopy.txt: case ${hostileCase(201)} is already stored from ${join(dir, 'a.txt')}`);
  }, 60_000);

  // The stored message escapes the name too (printableName), as the failure messages do.
  it('... and records it in documents.error on one line', () => {
    const store = new Database(dupDb, { readonly: true });
    try {
      const error = store.prepare("SELECT error FROM documents WHERE status = 'duplicate'").pluck().get() as string;
      expect(error).toMatch(/^b(\n|\\n)copy\.txt: case /);
      expect(error).not.toContain('\n');
    } finally {
      store.close();
    }
  });

  // One sentence listing every amount: windows are computed once per amount and bounded
  // (payment-window.ts REACH), so this stays linear (about a second here; it took a minute
  // when every refiner rescanned the whole sentence per amount).
  it(`${AMOUNTS.toLocaleString('en')} £ amounts in ONE sentence all extract, each with its own span`, () => {
    const amounts = Array.from({ length: AMOUNTS }, (_, i) => `£${i + 1}`).join(', ');
    const text = withCaseNumber(fixtureDecision(), hostileCase(202))
      .replace('    • pay Mrs X £300 to acknowledge', `    • pay Mrs X ${amounts} and £300 to acknowledge`);
    const doc = parseText(text);
    const x = extractDocument(doc);
    const listed = x.payments.filter((p) => p.section === 'agreed_action');
    expect(listed.length).toBeGreaterThanOrEqual(AMOUNTS);
    for (const p of listed) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(new Set(listed.map((p) => p.start)).size).toBe(listed.length);
  }, 60_000);
});
