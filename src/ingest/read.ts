/**
 * A file on disk (or its bytes) -> RawDocument. The reader is chosen by content first
 * (%PDF- magic, markup near the start), so an .html file holding plain text reads as text and a
 * .txt file holding a saved page reads as HTML.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError, type Format, type RawDocument } from '../types.js';
import { decodeText, type Decoded } from './decode.js';
import { formatBytes, osReason } from './errors.js';
import { htmlToText } from './html.js';
import { pdfToText } from './pdf.js';

export interface ReadOptions {
  /** Files larger than this are refused unread (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const PDF_MAGIC = '%PDF-';
/** Readers accept a PDF header anywhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;
/** Characters of decoded text looked at when sniffing markup. */
const SNIFF_CHARS = 4096;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype|html))/i;
const HTML_TAG = /<\/?(?:html|head|body|p|div|h[1-6]|ol|ul|li|table|tr|td|article|main|section|span|a|br|meta|title|script|style|strong|em|b|i)(?:\s[^<>]*)?\/?>/gi;
const HTML_CLOSING_TAG = /<\/[a-z][a-z0-9]*\s*>/i;
/** Markup tags in the sniffed text needed to call content without a doctype HTML. */
const HTML_MIN_TAGS = 3;
/** Characters of a path that make tinyglobby treat it as a pattern. */
const GLOB_CHARS = /[*?[\]{}]/;

/** %PDF- at the start (after white space), or anywhere in the first 1024 bytes of a .pdf file. */
function isPdf(bytes: Uint8Array, file: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW));
  const at = head.indexOf(PDF_MAGIC);
  if (at < 0) return false;
  return head.slice(0, at).trim() === '' || extname(file).toLowerCase() === '.pdf';
}

/** True when decoded text is markup: a doctype/<html> start, or several tags with a closing tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return true;
  return (head.match(HTML_TAG)?.length ?? 0) >= HTML_MIN_TAGS && HTML_CLOSING_TAG.test(head);
}

/** Same as readDecisionFile, for bytes already in memory (workers, tests). */
export async function readDecisionBytes(bytes: Uint8Array, path: string): Promise<RawDocument> {
  const file = basename(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { path, file, bytes: bytes.length, sha256 };
  if (isPdf(bytes, file)) return { ...base, format: 'pdf', text: await pdfToText(bytes, file), encoding: 'pdf' };
  let decoded: Decoded;
  try {
    decoded = decodeText(bytes, file);
  } catch (err) {
    if (err instanceof InputError && err.code === 'binary' && extname(file).toLowerCase() === '.pdf') {
      throw new InputError('pdf_corrupt', file, 'corrupt PDF: no %PDF- header');
    }
    throw err;
  }
  let format: Format = 'txt';
  let { text } = decoded;
  if (looksLikeHtml(text)) {
    format = 'html';
    text = htmlToText(text);
    if (!text.trim()) throw new InputError('empty', file, 'no text in HTML page');
  }
  return { ...base, format, text, encoding: decoded.encoding };
}

function unreadable(path: string, file: string, err: unknown): InputError {
  let reason = osReason(err);
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT' && GLOB_CHARS.test(path)) reason += ' (no files match this pattern)';
  return new InputError('unreadable', file, reason);
}

function directoryReason(path: string): string {
  try {
    accessSync(path, constants.R_OK | constants.X_OK);
    return 'is a directory';
  } catch (err) {
    return osReason(err);
  }
}

/**
 * Read one decision file (.txt, .html or .pdf by content). Throws InputError on bad input.
 * The file is stat'ed and read with synchronous calls: decision files are small and on local
 * disks this is ~15x faster than fs.promises (whose thread-pool round trips dominate), which
 * matters for 50,000-file runs; the parsing that follows is synchronous anyway.
 */
export async function readDecisionFile(path: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const file = basename(path) || path;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let info: Stats;
  try {
    info = statSync(path);
  } catch (err) {
    throw unreadable(path, file, err);
  }
  if (info.isDirectory()) throw new InputError('unreadable', file, directoryReason(path));
  if (!info.isFile()) throw new InputError('unreadable', file, 'not a regular file');
  const tooLarge = (size: number): InputError =>
    new InputError('too_large', file, `file too large (${formatBytes(size)} > ${formatBytes(maxBytes)} cap)`);
  if (info.size > maxBytes) throw tooLarge(info.size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw unreadable(path, file, err);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length);
  return readDecisionBytes(bytes, path);
}
