/**
 * Security gaps not covered elsewhere:
 * - `ombuds query` is read-only at the database level. test/analyse/query.test.ts covers the
 *   common writes (DROP, INSERT, UPDATE, ATTACH of a new file, VACUUM INTO a new file,
 *   PRAGMA writable_schema, load_extension ...). Here: ATTACH / VACUUM INTO of an EXISTING file
 *   (which must be left byte for byte), writes hidden behind comments, REPLACE, SAVEPOINT,
 *   ANALYZE, FTS5 commands, file functions, PRAGMA assignments that return rows (they run on the
 *   throw-away read-only connection but change nothing), and a checkpoint attempt while another
 *   process holds un-checkpointed WAL frames.
 * - No shell is ever given a string: src/ starts no process at all, and imports no code by a
 *   computed name.
 * - Where output files go: only the report, pipeline outputs and the database are written, under
 *   paths the user chose; file names inside them are fixed identifiers (document text never
 *   reaches a path — shown end to end with hostile decisions in test/report/hostile.test.ts).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError, runQuery } from '../../src/analyse/query.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { FIXTURE_DIR, removeTempDirs, tempDir } from '../helpers/fixture-db.js';

afterAll(removeTempDirs);

const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'index.js'));

/** sha256 of a file's bytes; a missing file counts as empty (SQLite may create or drop an empty -wal). */
const sha = (path: string) => createHash('sha256').update(existsSync(path) ? readFileSync(path) : '').digest('hex');

/** Every .ts file under src/, relative to the project root. */
function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(ROOT, join(dir, f)))
    .sort();
}

/** Source text without comments (so a comment mentioning exec( is not a call). */
function code(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('no shell, no process, no code loaded by a computed name', () => {
  const files = sources();
  const bin = readdirSync(join(ROOT, 'bin')).map((f) => join('bin', f));

  it('no shell anywhere; the only process started is node itself, by the bench tool, with an argument array', () => {
    expect(files.length).toBeGreaterThan(40);
    const starters: string[] = [];
    for (const file of [...files, ...bin]) {
      const text = code(file);
      expect(text, file).not.toMatch(/\bshell\s*:/);
      expect(text, file).not.toMatch(/(?<![.\w$])(exec|execSync|execFile|execFileSync|spawnSync|fork)\s*\(/);
      expect(text, file).not.toMatch(/(?<![.\w$])eval\s*\(|\bnew\s+Function\s*\(/);
      if (/['"](node:)?child_process['"]/.test(text)) starters.push(file);
    }
    // `npm run bench` measures `node bin/ombuds.js ...` runs; no CLI verb starts a process.
    expect(starters).toEqual(['src/bench/measure.ts']);
    expect(code('src/bench/measure.ts')).toMatch(/import \{ spawn \} from 'node:child_process'/);
    const calls = [...code('src/bench/bench.ts').matchAll(/runMeasured\(([^,]+),/g)].map((m) => m[1]!.trim());
    expect(calls.length).toBeGreaterThan(0);
    for (const first of calls) expect(first).toBe('process.execPath');
  });

  it('every dynamic import() names a fixed module; workers run one fixed script', () => {
    for (const file of files) {
      const text = code(file);
      for (const m of text.matchAll(/(?<![.\w$])import\s*\(\s*([^)]*)\)/g)) expect(m[1], `${file}: import(${m[1]})`).toMatch(/^'[^']+'$/);
      for (const m of text.matchAll(/new\s+Worker\s*\(\s*([^,)]*)/g)) expect(m[1], file).toBe('WORKER_URL');
    }
  });

  it('files are written only by the report, the pipeline outputs and the store (and the bench tool), under paths the user gave', () => {
    const writers = files.filter((f) => /\b(writeFileSync|writeFile|createWriteStream|appendFileSync|appendFile|mkdirSync|renameSync|rmSync|unlinkSync)\s*\(/.test(code(f)));
    // bench/ is `npm run bench` (a synthetic corpus in a temp dir, reports/bench.md), not a CLI verb.
    expect(writers).toEqual(['src/bench/bench.ts', 'src/bench/synth.ts', 'src/pipeline/run.ts', 'src/report/index.ts', 'src/store/db.ts']);
    // In the report, every file name inside the output folders is a fixed table or chart id.
    const report = code('src/report/index.ts');
    expect([...report.matchAll(/write\(\s*join\(([^;]*)\)\s*,/g)].map((m) => m[1]!.replace(/\s+/g, ' '))).toEqual([
      'dirname(markdown), svgDir, `${f.id}.svg`',
      'opts.csvDir, `${t.id}.csv`',
    ]);
    for (const file of ['src/report/tables.ts', 'src/report/figures.ts']) {
      const ids = [...code(file).matchAll(/(?<![\w.])id:\s*([^,}\n;]+)/g)].map((m) => m[1]!.trim()).filter((id) => id !== 'string');
      expect(ids.length, file).toBeGreaterThan(3);
      for (const id of ids) expect(id, `${file}: id ${id}`).toMatch(/^'[a-z][a-z0-9-]*'$/);
    }
  });
});

describe.skipIf(!BUILT)('ombuds query: what test/analyse/query.test.ts does not cover', () => {
  let dir: string;
  let db: string;
  let other: string;
  let before: Record<string, string>;
  const files = () => [db, `${db}-wal`, other];

  beforeAll(() => {
    dir = tempDir('ombuds-hardening-query-');
    db = join(dir, 'ombuds.db');
    const r = runCli(['ingest', FIXTURE_DIR, '--db', db, '--concurrency', '0']);
    if (r.status !== 0) throw new Error(`fixture ingest failed: ${r.stderr}`);
    // An existing database that a query might try to attach, overwrite or vacuum into.
    other = join(dir, 'other.db');
    copyFileSync(db, other);
    before = Object.fromEntries(files().map((f) => [f, sha(f)]));
  }, 120_000);

  // `--` ends the options, so SQL that starts with a "--" comment is not taken for an option.
  const query = (sql: string) => runCli(['query', '--db', db, '--format', 'json', '--', sql]);

  it.each([
    ['ATTACH an existing database', () => `ATTACH DATABASE '${other}' AS x`],
    ['ATTACH it read-write by URI', () => `ATTACH DATABASE 'file:${other}?mode=rw' AS x`],
    ['VACUUM INTO an existing file', () => `VACUUM INTO '${other}'`],
    ['VACUUM INTO by URI', () => `VACUUM INTO 'file:${join(dir, 'copy.db')}'`],
    ['DELETE behind a block comment', () => '/* just a select */ DELETE FROM decisions'],
    ['DROP behind a line comment', () => '-- SELECT\nDROP TABLE documents'],
    ['REPLACE INTO', () => "REPLACE INTO organisations (key, name, type, known) VALUES ('enfield', 'X', 'other', 0)"],
    ['INSERT OR IGNORE', () => "INSERT OR IGNORE INTO organisation_names (key, name) VALUES ('x', 'y')"],
    ['UPDATE ... RETURNING', () => 'UPDATE decisions SET remedy_total = 0 RETURNING id'],
    ['ANALYZE (writes sqlite_stat1)', () => 'ANALYZE'],
    ['SAVEPOINT', () => 'SAVEPOINT a'],
    ['FTS5 rebuild command', () => "INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')"],
    ['FTS5 delete-all command', () => "INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('delete-all')"],
    ['PRAGMA schema_version (corrupts a schema when set)', () => 'PRAGMA schema_version = 1'],
    ['PRAGMA incremental_vacuum', () => 'PRAGMA incremental_vacuum'],
    ['PRAGMA foreign_keys = OFF', () => 'PRAGMA foreign_keys = OFF'],
    ['PRAGMA trusted_schema = ON', () => 'PRAGMA trusted_schema = ON'],
    ['writefile()', () => `SELECT writefile('${join(dir, 'written.txt')}', 'x')`],
    ['readfile()', () => "SELECT readfile('/etc/passwd')"],
    ['edit()', () => "SELECT edit('x', 'vi')"],
  ] as [string, () => string][])('%s is refused', (_name, sql) => {
    // runQuery is all `ombuds query` does after parsing its arguments (one CLI run below).
    expect(() => runQuery(db, sql())).toThrow(QueryError);
    expect(() => runQuery(db, sql())).toThrow(/^(refused|SQL error)/);
  });

  it('through the CLI: exit 2, one line on stderr, nothing on stdout', () => {
    for (const sql of [`ATTACH DATABASE '${other}' AS x`, '-- SELECT\nDROP TABLE documents', `VACUUM INTO '${other}'`]) {
      const r = query(sql);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^ombuds: (refused|SQL error)/);
    }
  });

  it.each([
    'PRAGMA journal_mode = WAL', 'PRAGMA journal_size_limit = 0', 'PRAGMA wal_autocheckpoint = 1', 'PRAGMA max_page_count = 1',
    'PRAGMA locking_mode = EXCLUSIVE', 'PRAGMA mmap_size = 1000000', 'PRAGMA optimize', 'PRAGMA wal_checkpoint(TRUNCATE)',
  ])('%s returns rows on the throw-away read-only connection and changes nothing', (sql) => {
    try {
      runQuery(db, sql);
    } catch (e) {
      expect(e).toBeInstanceOf(QueryError);
    }
    expect(Object.fromEntries(files().map((f) => [f, sha(f)]))).toEqual(before);
  });

  it('a checkpoint request while another process holds un-checkpointed WAL frames moves nothing', () => {
    const writer = new Database(db);
    try {
      writer.pragma('wal_autocheckpoint = 0');
      writer.prepare("UPDATE organisations SET name = name || '!' WHERE key = 'enfield'").run();
      const walBefore = sha(`${db}-wal`);
      const mainBefore = sha(db);
      expect(statSync(`${db}-wal`).size).toBeGreaterThan(0);
      const r = query('PRAGMA wal_checkpoint(TRUNCATE)');
      expect([0, 2]).toContain(r.status);
      if (r.status === 0) expect(JSON.parse(r.stdout)).toEqual([{ busy: expect.any(Number), log: expect.any(Number), checkpointed: expect.any(Number) }]);
      expect(sha(`${db}-wal`)).toBe(walBefore);
      expect(sha(db)).toBe(mainBefore);
    } finally {
      writer.close();
    }
    before = Object.fromEntries(files().map((f) => [f, sha(f)]));
  });

  it('the databases are intact, and no file was created by any query', () => {
    expect(Object.fromEntries(files().map((f) => [f, sha(f)]))).toEqual(before);
    expect(readdirSync(dir).filter((f) => !f.startsWith('ombuds.db') && f !== 'other.db')).toEqual([]);
    for (const path of [db, other]) {
      const conn = new Database(path, { readonly: true });
      try {
        expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(conn.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(10);
      } finally {
        conn.close();
      }
    }
  });
});
