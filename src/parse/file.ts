/** A file on disk through ingest and parse: path -> RawDocument -> ParsedDocument. */
import { readDecisionFile } from '../ingest/index.js';
import { InputError, type ParsedDocument, type RawDocument } from '../types.js';
import { parseDocument } from './index.js';

export async function readAndParse(path: string, opts: { maxBytes?: number } = {}): Promise<{ raw: RawDocument; doc: ParsedDocument }> {
  const raw = await readDecisionFile(path, opts);
  return { raw, doc: parseDocument(raw) };
}

export interface Failure {
  path: string;
  code: string;
  /** One line: "<file>: <reason>". */
  message: string;
}

/** Line breaks and other control characters, which a file name may hold; written as escapes. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A file name or path as one printable line: a line break in it becomes backslash-n. */
export function printableName(name: string): string {
  return name.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Turn anything thrown while processing a file into a one-line failure naming the file. A name
 * with a line break in it is escaped, so the message stays one line and keeps its reason.
 */
export function toFailure(path: string, err: unknown): Failure {
  if (err instanceof InputError) {
    return { path, code: err.code, message: `${printableName(err.file)}: ${err.reason.split('\n')[0]}` };
  }
  const reason = err instanceof Error ? err.message : String(err);
  return { path, code: 'internal', message: `${printableName(path)}: internal error: ${reason.split('\n')[0]}` };
}
