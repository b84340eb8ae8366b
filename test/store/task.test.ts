import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processTask } from '../../src/store/task.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

describe('processTask: the worker reads each file itself, once', () => {
  const dir = tempDir();
  const decision = join(dir, 'decision.txt');
  const bytes = readFileSync(join(CORPUS_DIR, '23-015-499.txt'));
  writeFileSync(decision, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('records the size and mtime of the stat taken before the read, and the sha256 of the bytes read', async () => {
    const got = await processTask({ path: decision, knownSha256: null });
    const info = statSync(decision);
    expect(got.kind).toBe('ok');
    expect(got.kind === 'ok' && got.document).toMatchObject({ bytes: info.size, mtime_ms: info.mtimeMs, sha256 });
  });

  it('recognises unchanged bytes by their sha256 without parsing them', async () => {
    expect(await processTask({ path: decision, knownSha256: sha256 })).toMatchObject({ kind: 'unchanged', file: { sha256 } });
  });

  it('says why it cannot read a folder, a FIFO (never opened), a missing file or one over the cap', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), 2048);
    const failed = async (name: string, maxBytes?: number) => {
      const r = await processTask({ path: join(dir, name), knownSha256: 'x', maxBytes });
      return r.kind === 'failed' ? [r.code, r.message] : [r.kind];
    };
    expect(await failed('folder.txt')).toEqual(['unreadable', 'folder.txt: is a directory']);
    expect(await failed('fifo.txt')).toEqual(['unreadable', 'fifo.txt: not a regular file']);
    expect((await failed('missing.txt'))[0]).toBe('unreadable');
    expect((await failed('big.txt', 1024))[0]).toBe('too_large');
    expect((await failed('decision.txt', 100))[0]).toBe('too_large');
  });
});
