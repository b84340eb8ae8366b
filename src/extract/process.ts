/**
 * One file through the pipeline: read (ingest) -> parse -> extract. Used by the CLI verbs, the
 * eval harness and the ingest workers, so a file is processed the same way everywhere.
 */
import { readAndParse } from '../parse/file.js';
import type { Extraction, ParsedDocument, RawDocument } from '../types.js';
import { extractDocument } from './index.js';

export interface Processed {
  raw: RawDocument;
  doc: ParsedDocument;
  extraction: Extraction;
}

export async function processFile(path: string, opts: { maxBytes?: number } = {}): Promise<Processed> {
  const { raw, doc } = await readAndParse(path, opts);
  return { raw, doc, extraction: extractDocument(doc) };
}

export { readAndParse, toFailure, type Failure } from '../parse/file.js';
