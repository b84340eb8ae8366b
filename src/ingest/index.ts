/** Ingest layer: files on disk -> RawDocument (decoded, line-based text). */
export { decodeText, binaryMagic, type Decoded } from './decode.js';
export { htmlToText } from './html.js';
export { pdfToText } from './pdf.js';
export { layoutPdfText, type PdfTextItem } from './pdf-layout.js';
export { expandPaths, listPaths, isDecisionFileName, DECISION_EXTENSIONS } from './paths.js';
export { readDecisionFile, readDecisionBytes, looksLikeHtml, DEFAULT_MAX_BYTES, type ReadOptions } from './read.js';
