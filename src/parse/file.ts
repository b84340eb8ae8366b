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

/** Turn anything thrown while processing a file into a one-line failure naming the file. */
export function toFailure(path: string, err: unknown): Failure {
  if (err instanceof InputError) return { path, code: err.code, message: err.message };
  const reason = err instanceof Error ? err.message : String(err);
  return { path, code: 'internal', message: `${path}: internal error: ${reason.split('\n')[0]}` };
}
