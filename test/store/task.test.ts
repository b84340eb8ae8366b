import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREFETCH_MAX_BYTES, prefetch, processTask } from '../../src/store/task.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

describe('prefetch: files read ahead of the workers', () => {
  const dir = tempDir();
  const decision = join(dir, 'decision.txt');
  writeFileSync(decision, readFileSync(join(CORPUS_DIR, '23-015-499.txt')));

  it('reads a regular file with the size and mtime of the stat taken before the read', async () => {
    const got = await prefetch(decision);
    const info = statSync(decision);
    expect(got).toMatchObject({ bytes: info.size, mtimeMs: info.mtimeMs });
    expect(Buffer.from(got!.data).equals(readFileSync(decision))).toBe(true);
  });

  it('leaves everything unusual to processTask, which says why: a folder, a FIFO (never opened), a missing file, over the cap', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), PREFETCH_MAX_BYTES + 1);
    for (const name of ['folder.txt', 'fifo.txt', 'missing.txt', 'big.txt']) expect(await prefetch(join(dir, name))).toBeUndefined();
    expect(await prefetch(decision, 100)).toBeUndefined(); // --max-bytes below the file's size
  });

  it('a task with its file prefetched gives the same result as one that reads the file itself', async () => {
    const task = { path: decision, knownSha256: null };
    const read = await processTask(task);
    const prefetched = await processTask({ ...task, file: await prefetch(decision) });
    expect(read.kind).toBe('ok');
    expect(prefetched).toEqual(read);
  });
});
