import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { readDecisionFile } from '../../src/ingest/read.js';
import { InputError } from '../../src/types.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const decision = readFileSync(join(CORPUS, '23-015-499.txt'), 'utf8');

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const ENCODINGS: Array<[string, string, Uint8Array]> = [
  ['utf-8', 'utf-8', Buffer.from(decision, 'utf8')],
  ['utf-8 with BOM', 'utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decision, 'utf8')])],
  ['utf-16le with BOM', 'utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(decision, 'utf16le')])],
  ['utf-16be with BOM', 'utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(decision)])],
  ['utf-16le without BOM', 'utf-16le', Buffer.from(decision, 'utf16le')],
  ['windows-1252', 'windows-1252', iconv.encode(decision, 'win1252')],
];

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('every encoding of a real decision reads back to the same text', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ombuds-decode-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the sample really has the characters at risk', () => {
    for (const ch of ['£', '’', '“', '”', '•']) expect(decision).toContain(ch);
    expect(iconv.decode(iconv.encode(decision, 'win1252'), 'win1252')).toBe(decision);
  });

  for (const [label, encoding, bytes] of ENCODINGS) {
    it(`${label}`, async () => {
      const path = join(dir, `23-015-499.${encoding}.${label.length}.txt`);
      await writeFile(path, bytes);
      const raw = await readDecisionFile(path);
      expect(raw.encoding).toBe(encoding);
      expect(raw.format).toBe('txt');
      expect(raw.text).toBe(decision);
      expect(raw.text).toContain('Pay Miss X £100 for the distress');
      expect(raw.text).toContain('She said: “you are telling me that a stage three would have little value');
      expect(raw.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(raw.bytes).toBe(bytes.length);
    });
  }

  it('an en dash survives Windows-1252 and UTF-16', () => {
    const text = 'Decision date : 3 May 2024 – £62.50 paid';
    expect(decodeText(iconv.encode(text, 'win1252'), 'a.txt').text).toBe(text);
    expect(decodeText(utf16be(text), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('line ends', () => {
  it('CRLF and CR become LF', () => {
    const crlf = decision.replace(/\n/g, '\r\n');
    expect(decodeText(Buffer.from(crlf), 'a.txt').text).toBe(decision);
    expect(decodeText(Buffer.from('Summary:\rWe found fault.\r\n'), 'a.txt').text).toBe('Summary:\nWe found fault.\n');
  });
});

describe('bad bytes', () => {
  it('empty file', () => {
    const err = thrown(() => decodeText(new Uint8Array(0), 'empty.txt'));
    expect([err.code, err.reason, err.message]).toEqual(['empty', 'empty file', 'empty.txt: empty file']);
  });

  it('a BOM and nothing else is empty', () => {
    expect(thrown(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt')).reason).toBe('empty file');
  });

  it('only white space (spaces, tabs, blank lines, a no-break space)', () => {
    const err = thrown(() => decodeText(Buffer.from(' \t\r\n\n\u00a0\n  '), 'blank.txt'));
    expect([err.code, err.reason]).toEqual(['empty', 'whitespace only']);
  });

  it('random bytes with NULs are binary', () => {
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const err = thrown(() => decodeText(bytes, 'noise.txt'));
    expect([err.code, err.reason]).toEqual(['binary', 'binary file (not text, HTML or PDF)']);
  });

  it('an ELF executable is binary and named', () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
    const err = thrown(() => decodeText(elf, 'a.out'));
    expect(err.code).toBe('binary');
    expect(err.reason).toBe('binary file (ELF executable, not text, HTML or PDF)');
  });

  it('a zip archive (or .docx) and a PNG are binary', () => {
    expect(thrown(() => decodeText(Buffer.from('PK\u0003\u0004rest of a docx', 'latin1'), 'a.docx')).reason).toMatch(/zip archive/);
    expect(thrown(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a.png')).reason).toMatch(/PNG image/);
  });

  it('control characters without NULs are binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41)));
    expect(thrown(() => decodeText(bytes, 'ctl.txt')).code).toBe('binary');
  });

  it('a stray form feed in real text is still text', () => {
    expect(decodeText(Buffer.from(`${decision}\f`), 'a.txt').text.length).toBe(decision.length + 1);
  });
});
