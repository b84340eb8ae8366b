import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, listPaths } from '../../src/ingest/paths.js';
import { readDecisionFile } from '../../src/ingest/read.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ombuds-paths-'));
  await mkdir(at('sub dir', 'nested'), { recursive: true });
  await mkdir(at('.git'));
  await mkdir(at('subloop'));
  const files = ['a.txt', 'B.HTML', 'c.pdf', 'notes.md', '.hidden.txt', '.git/x.txt', 'sub dir/ünïcode décision.txt',
    'sub dir/name with\nnewline.txt', 'sub dir/nested/deep.htm', 'sub dir/nested/old.TEXT', 'subloop/x.TXT', 'subloop/image.png'];
  for (const file of files) await writeFile(at(file), `Anytown Council (23 001 002)\n${file}\n`);
  await symlink(root, at('loop'));
  await symlink('..', at('subloop', 'self'));
  await symlink(at('a.txt'), at('link-to-a.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('directories', () => {
  it('are walked recursively in a stable order, decision extensions only, dot-entries skipped, loops cut', async () => {
    expect(await listPaths([root])).toEqual([
      at('B.HTML'), at('a.txt'), at('c.pdf'), at('link-to-a.txt'),
      at('sub dir', 'name with\nnewline.txt'), at('sub dir', 'nested', 'deep.htm'), at('sub dir', 'nested', 'old.TEXT'),
      at('sub dir', 'ünïcode décision.txt'),
      at('subloop', 'x.TXT'),
    ]);
  });

  it('streams: the first path arrives before the walk is done', async () => {
    const iterator = expandPaths([root])[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBe(at('B.HTML'));
    await iterator.return?.(undefined);
  });

  it('a walk into a symlink loop terminates and yields each file once', async () => {
    const paths = await listPaths([at('loop'), at('subloop'), root]);
    expect(paths.filter((p) => p.endsWith('x.TXT'))).toHaveLength(1);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('the paths found can be read, whatever their names', async () => {
    for (const path of await listPaths([at('sub dir')])) {
      const raw = await readDecisionFile(path);
      expect(raw.text).toContain(path.slice(at('sub dir').length + 1));
    }
  });

  it('handle many files in order', async () => {
    const many = at('many');
    await mkdir(many);
    const names = Array.from({ length: 1500 }, (_, i) => `24-${String(i).padStart(3, '0')}-${i % 7}.txt`);
    await Promise.all(names.map((n) => writeFile(join(many, n), 'x')));
    const paths = await listPaths([many]);
    expect(paths).toEqual([...names].sort().map((n) => join(many, n)));
    await rm(many, { recursive: true });
  });
});

describe('files and globs', () => {
  it('a file is yielded as given, whatever its extension', async () => {
    expect(await listPaths([at('notes.md'), at('subloop', 'image.png')])).toEqual([at('notes.md'), at('subloop', 'image.png')]);
  });

  it('a glob is expanded and sorted (names with spaces and Unicode included)', async () => {
    expect(await listPaths([join(root, 'sub dir', '*.txt')])).toEqual([at('sub dir', 'name with\nnewline.txt'), at('sub dir', 'ünïcode décision.txt')]);
    expect(await listPaths([join(root, '**', '*.htm')])).toEqual([at('sub dir', 'nested', 'deep.htm')]);
  });

  it('a glob skips dot-directories', async () => {
    const paths = await listPaths([join(root, '**', 'x.*')]);
    expect(paths).toContain(at('subloop', 'x.TXT'));
    expect(paths).not.toContain(at('.git', 'x.txt'));
  });

  it('the same file named twice is yielded once', async () => {
    expect(await listPaths([at('a.txt'), root, join(root, '*.txt')])).toEqual(await listPaths([at('a.txt'), root]));
  });

  it('missing paths and empty globs are passed on for the reader to report', async () => {
    const missing = at('no such.txt');
    const empty = join(root, 'nothing', '*.pdf');
    expect(await listPaths([missing, empty])).toEqual([missing, empty]);
    await expect(readDecisionFile(missing)).rejects.toThrow('no such.txt: no such file or directory');
  });
});
