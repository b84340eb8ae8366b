/**
 * Files and folders the user may not read (chmod 000), through `ombuds ingest`. Permission
 * checks do not apply to root, and the tests may run as root: then the CLI is run as the
 * unprivileged user "nobody" (uid 65534) when that is possible, and the test is skipped with
 * the reason otherwise. (Unreadable-as-root stand-ins — a FIFO, a dangling link, a link loop —
 * are in inputs.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from '../helpers/fixture-db.js';
import { corpusDecision, hostileCase, withCaseNumber } from '../helpers/hostile.js';

afterAll(removeTempDirs);

const NOBODY = 65534;
const BIN = join(ROOT, 'bin', 'ombuds.js');
const isRoot = process.getuid?.() === 0;

/** Who runs the CLI: ourselves when not root; else "nobody", if it can run node and read the project. */
function runner(): { uid?: number; skip: string | null } {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) return { skip: 'dist/ is not built (run npm run build)' };
  if (process.platform === 'win32') return { skip: 'no POSIX permissions on Windows' };
  if (!isRoot) return { skip: null };
  const probe = spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { skip: `running as root, and cannot run the CLI as uid ${NOBODY} to make chmod 000 bite (${probe.error?.message ?? probe.stderr.split('\n')[0]})` };
  }
  return { uid: NOBODY, skip: null };
}

const who = runner();
if (who.skip) console.warn(`permissions.test.ts skipped: ${who.skip}`);

function ingestAs(args: string[], cwd: string) {
  const ids = who.uid === undefined ? {} : { uid: who.uid, gid: who.uid };
  const r = spawnSync(process.execPath, [BIN, 'ingest', ...args], { cwd, encoding: 'utf8', ...ids });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(who.skip !== null)('files and folders that cannot be read (chmod 000)', () => {
  it('each is recorded as unreadable ("permission denied"), the rest is stored, and a re-run after chmod picks it up', () => {
    const sandbox = tempDir('ombuds-hardening-perm-');
    chmodSync(sandbox, 0o755);
    const input = join(sandbox, 'in');
    mkdirSync(join(input, 'locked-dir'), { recursive: true });
    writeFileSync(join(input, 'readable.txt'), withCaseNumber(corpusDecision('23-015-499.txt'), hostileCase(101)));
    writeFileSync(join(input, 'locked.txt'), withCaseNumber(corpusDecision('24-012-183.txt'), hostileCase(102)));
    writeFileSync(join(input, 'locked-dir', 'inside.txt'), withCaseNumber(corpusDecision('19-000-635.txt'), hostileCase(103)));
    chmodSync(join(input, 'locked.txt'), 0o000);
    chmodSync(join(input, 'locked-dir'), 0o000);
    const dbDir = join(sandbox, 'db');
    mkdirSync(dbDir);
    if (who.uid !== undefined) chownSync(dbDir, who.uid, who.uid);
    const db = join(dbDir, 'ombuds.db');

    const first = ingestAs([input, '--db', db, '--concurrency', '2'], sandbox);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stderr).toContain('locked.txt: permission denied');
    expect(first.stderr).toContain('locked-dir: permission denied');
    expect(first.stderr).toContain('ingested 1, skipped 0 (unchanged), duplicate 0, failed 2 (unreadable 2)');
    const read = () => {
      const store = new Database(db, { readonly: true });
      try {
        return store.prepare('SELECT file, status, error_code, error FROM documents ORDER BY file').all();
      } finally {
        store.close();
      }
    };
    expect(read()).toEqual([
      { file: 'locked-dir', status: 'failed', error_code: 'unreadable', error: 'locked-dir: permission denied' },
      { file: 'locked.txt', status: 'failed', error_code: 'unreadable', error: 'locked.txt: permission denied' },
      { file: 'readable.txt', status: 'ok', error_code: null, error: null },
    ]);

    chmodSync(join(input, 'locked.txt'), 0o644);
    chmodSync(join(input, 'locked-dir'), 0o755);
    const second = ingestAs([input, '--db', db, '--concurrency', '2'], sandbox);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('ingested 2, skipped 1 (unchanged), duplicate 0, failed 0');
    // The folder's failure row stays (its path is no file), the files are stored.
    expect(read()).toEqual([
      { file: 'inside.txt', status: 'ok', error_code: null, error: null },
      { file: 'locked-dir', status: 'failed', error_code: 'unreadable', error: 'locked-dir: permission denied' },
      { file: 'locked.txt', status: 'ok', error_code: null, error: null },
      { file: 'readable.txt', status: 'ok', error_code: null, error: null },
    ]);
  }, 180_000);
});
