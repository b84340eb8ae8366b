import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeHtml, readDecisionBytes, readDecisionFile } from '../../src/ingest/read.js';
import { InputError } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const decisionBytes = readFileSync(join(ROOT, 'corpus', '23-015-499.txt'));
const decision = decisionBytes.toString('utf8');
const page = readFileSync(join(ROOT, 'test', 'fixtures', 'html', '23-015-499.html'), 'utf8');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ombuds-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

async function failure(path: string, opts?: { maxBytes?: number }): Promise<InputError> {
  const err = await readDecisionFile(path, opts).then(() => null, (e: unknown) => e);
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

describe('a good file', () => {
  it('fills every RawDocument field', async () => {
    const path = await put('23-015-499.txt', decisionBytes);
    const raw = await readDecisionFile(path);
    expect(raw).toEqual({
      path,
      file: '23-015-499.txt',
      format: 'txt',
      text: decision,
      encoding: 'utf-8',
      bytes: decisionBytes.length,
      sha256: createHash('sha256').update(decisionBytes).digest('hex'),
    });
  });

  it('readDecisionBytes gives the same document without the disk', async () => {
    const path = join(dir, '23-015-499.txt');
    expect(await readDecisionBytes(decisionBytes, path)).toEqual(await readDecisionFile(await put('23-015-499.txt', decisionBytes)));
  });
});

describe('the corpus', () => {
  it('every corpus decision reads as plain UTF-8 text, unchanged', async () => {
    const dirPath = join(ROOT, 'corpus');
    const files = readdirSync(dirPath).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const file of files) {
      const raw = await readDecisionFile(join(dirPath, file));
      expect([raw.file, raw.format, raw.encoding]).toEqual([file, 'txt', 'utf-8']);
      expect(raw.text).toBe(readFileSync(join(dirPath, file), 'utf8'));
    }
  });
});

describe('the reader is chosen by content, not only by extension', () => {
  it('an .html page reads as HTML', async () => {
    const raw = await readDecisionFile(await put('page.html', page));
    expect(raw.format).toBe('html');
    expect(raw.text.startsWith('Hampshire County Council (23 015 499)\n\nCategory : ')).toBe(true);
    expect(raw.text).not.toContain('<');
  });

  it('a saved page named .txt reads as HTML', async () => {
    const raw = await readDecisionFile(await put('page-saved-as.txt', page));
    expect(raw.format).toBe('html');
    expect(raw.text).toBe(decision.slice(0, decision.indexOf('\n\nPrint this page')));
  });

  it('plain text named .html reads as text, line breaks kept', async () => {
    const raw = await readDecisionFile(await put('really-text.html', decisionBytes));
    expect(raw.format).toBe('txt');
    expect(raw.text).toBe(decision);
  });

  it('a fragment without doctype is sniffed as markup; prose mentioning "<5" is not', () => {
    expect(looksLikeHtml('<h1>Anytown Council (23 001 002)</h1>\n<p>Category : Housing</p><p>Decision : Upheld</p>')).toBe(true);
    expect(looksLikeHtml('Anytown Council (23 001 002)\n\nThe Council took <5 days, and paid £100 > the fee.')).toBe(false);
  });
});

describe('bad inputs, each with its own error', () => {
  it('empty file', async () => {
    const err = await failure(await put('empty.txt', ''));
    expect([err.code, err.message]).toEqual(['empty', 'empty.txt: empty file']);
  });

  it('whitespace only', async () => {
    const err = await failure(await put('blank.html', '\n\n   \t\r\n'));
    expect([err.code, err.reason]).toEqual(['empty', 'whitespace only']);
  });

  it('an HTML page with no decision text', async () => {
    const err = await failure(await put('chrome.html', '<!doctype html><html><head><title>x</title></head><body><nav>Home</nav><script>x()</script></body></html>'));
    expect([err.code, err.reason]).toEqual(['empty', 'no text in HTML page']);
  });

  it('binary noise with NUL bytes', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    const err = await failure(await put('noise.txt', noise));
    expect([err.code, err.reason]).toEqual(['binary', 'binary file (not text, HTML or PDF)']);
  });

  it('an ELF executable', async () => {
    const elf = Buffer.concat([Buffer.from('\u007fELF\u0002\u0001\u0001', 'latin1'), Buffer.alloc(100, 0)]);
    const err = await failure(await put('decision.txt.exe', elf));
    expect(err.code).toBe('binary');
    expect(err.message).toBe('decision.txt.exe: binary file (ELF executable, not text, HTML or PDF)');
  });

  it('too large: refused from its size, before reading', async () => {
    const path = await put('big.txt', decisionBytes);
    const err = await failure(path, { maxBytes: 1024 });
    expect(err.code).toBe('too_large');
    expect(err.reason).toBe(`file too large (${(decisionBytes.length / 1024).toFixed(1)} KB > 1 KB cap)`);
  });

  it('the default cap is 20 MB, and an 8 GB (sparse) file is refused unread', async () => {
    const path = await put('huge.txt', '');
    await truncate(path, Math.round(25.3 * 1024 * 1024));
    expect((await failure(path)).reason).toBe('file too large (25.3 MB > 20 MB cap)');
    // Reading 8 GB would fail (Node cannot buffer it) with another error: only stat-first gives too_large.
    await truncate(path, 8 * 1024 ** 3);
    const err = await failure(path);
    expect([err.code, err.reason]).toEqual(['too_large', 'file too large (8 GB > 20 MB cap)']);
  });

  it('a directory', async () => {
    await mkdir(join(dir, 'a folder'), { recursive: true });
    const err = await failure(join(dir, 'a folder'));
    expect([err.code, err.message]).toEqual(['unreadable', 'a folder: is a directory']);
  });

  it('a path that does not exist', async () => {
    const err = await failure(join(dir, 'missing 24-001-001.txt'));
    expect([err.code, err.message]).toEqual(['unreadable', 'missing 24-001-001.txt: no such file or directory']);
  });

  it('a glob that matched nothing says so', async () => {
    const err = await failure(join(dir, 'nothing-*.pdf'));
    expect(err.reason).toBe('no such file or directory (no files match this pattern)');
  });
});
