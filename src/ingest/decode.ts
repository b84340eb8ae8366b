/**
 * Bytes -> text: detect the encoding (BOMs, BOM-less UTF-16, UTF-8, Windows-1252 fallback for
 * the whole file or for the stray bytes of a mostly-UTF-8 one),
 * refuse binary content, normalise line ends to `\n`.
 */
import { InputError } from '../types.js';

export interface Decoded {
  text: string;
  /**
   * 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252', or 'utf-8+windows-1252'
   * ('utf-8-bom+windows-1252') for UTF-8 with stray bytes read as Windows-1252.
   */
  encoding: string;
}

const BINARY_REASON = 'binary file (not text, HTML or PDF)';

/** Leading bytes of common non-text formats, with a word for the error message. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
  ['Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['Mach-O executable', [0xfe, 0xed, 0xfa, 0xcf]],
  ['Java class file', [0xca, 0xfe, 0xba, 0xbe]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['zip archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['old Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** Control characters that never occur in real text (tab, LF, FF, CR are fine). */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** Share of control characters (in the first CONTROL_SAMPLE chars) that marks text as binary. */
const CONTROL_SHARE = 0.02;
const CONTROL_SAMPLE = 65_536;
/** Bytes looked at to recognise BOM-less UTF-16 by its zero high bytes. */
const UTF16_SAMPLE = 4096;
const UTF16_ZERO_SHARE = 0.7;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/**
 * Windows-1252 bytes 0x80-0x9F. Node 20's TextDecoder('windows-1252') decodes them as Latin-1
 * C1 controls, so they are mapped here (the five unassigned bytes stay as they are).
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RANGE = /[\u0080-\u009f]/g;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The format named by a binary magic number at the start of `bytes`, or null. */
export function binaryMagic(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) return kind;
  return null;
}

/** 'utf-16le' / 'utf-16be' when most high bytes of a BOM-less sample are zero, else null. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros / pairs < 1 - UTF16_ZERO_SHARE) return 'utf-16le';
  if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros / pairs < 1 - UTF16_ZERO_SHARE) return 'utf-16be';
  return null;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

function cp1252(bytes: Uint8Array): string {
  return decodeWith('windows-1252', bytes).replace(C1_RANGE, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Length of the valid UTF-8 multi-byte sequence starting at `i`, or 0 (RFC 3629: no overlongs, no surrogates). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Bytes that are not all valid UTF-8. A file that is mostly UTF-8 with a few stray bytes (a
 * Windows-1252 "£" pasted into a UTF-8 file, a cut sequence) keeps its UTF-8 text and reads each
 * stray byte as Windows-1252, so neither kind of "£" is lost; otherwise the whole file is
 * Windows-1252 (a legacy file, where UTF-8-looking pairs are rare accidents).
 */
function decodeLegacy(bytes: Uint8Array, utf8Name: string): Decoded {
  let sequences = 0;
  const stray: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      sequences++;
      i += n - 1;
    } else stray.push(i);
  }
  if (sequences <= stray.length) return { text: cp1252(bytes), encoding: 'windows-1252' };
  let text = '';
  let from = 0;
  for (const at of stray) {
    text += decodeWith('utf-8', bytes.subarray(from, at)) + cp1252(bytes.subarray(at, at + 1));
    from = at + 1;
  }
  text += decodeWith('utf-8', bytes.subarray(from));
  return { text, encoding: `${utf8Name}+windows-1252` };
}

function decodeUtf8OrLegacy(bytes: Uint8Array, utf8Name: string): Decoded {
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: utf8Name };
  } catch {
    return decodeLegacy(bytes, utf8Name);
  }
}

function detect(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8OrLegacy(bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const magic = binaryMagic(bytes);
  if (magic) throw new InputError('binary', file, `binary file (${magic}, not text, HTML or PDF)`);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  if (bytes.includes(0)) throw new InputError('binary', file, BINARY_REASON);
  return decodeUtf8OrLegacy(bytes, 'utf-8');
}

function controlShare(text: string): number {
  const sample = text.length > CONTROL_SAMPLE ? text.slice(0, CONTROL_SAMPLE) : text;
  if (!sample.length) return 0;
  return (sample.match(CONTROL_CHARS)?.length ?? 0) / sample.length;
}

/**
 * Decode a text or HTML file. Throws InputError 'empty' (empty file / whitespace only) or
 * 'binary' (magic number, NUL bytes outside UTF-16, or too many control characters).
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError('empty', file, 'empty file');
  const decoded = detect(bytes, file);
  if (decoded.text.length === 0) throw new InputError('empty', file, 'empty file');
  if (decoded.text.includes('\u0000') || controlShare(decoded.text) > CONTROL_SHARE) {
    throw new InputError('binary', file, BINARY_REASON);
  }
  const text = decoded.text.replace(LINE_BREAKS, '\n');
  if (text.trim() === '') throw new InputError('empty', file, 'whitespace only');
  return { text, encoding: decoded.encoding };
}
