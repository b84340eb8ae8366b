/**
 * PDF -> decision text, read with pdf-parse: it loads the document and extracts each page's text
 * as lines; pdf-layout rejoins wrapped lines and drops running headers/footers. Nothing is printed
 * to stdout: pdf-parse runs with verbosity "errors" and anything logged while it loads goes to
 * stderr.
 */
import { InputError } from '../types.js';
import { layoutPdfText } from './pdf-layout.js';

type PdfParseModule = typeof import('pdf-parse');

/** A complete PDF ends with %%EOF within its last 1024 bytes (ISO 32000 / Acrobat tolerance). */
const EOF_WINDOW = 1024;
const EOF_MARKER = '%%EOF';
const NO_TEXT_REASON = 'no text layer (scanned image?)';
const ENCRYPTED_REASON = 'encrypted PDF';
const CAUSE_MAX = 80;
/** getText options: a line break wherever the baseline moves, items on a line joined by a space. */
const TEXT_OPTIONS = { lineEnforce: true, cellSeparator: ' ', pageJoiner: '' } as const;

let pdfParseModule: Promise<PdfParseModule> | null = null;

/**
 * Built-ins that pdfjs's legacy build replaces with slower JavaScript (core-js polyfills, installed
 * when its worker module first loads, during the first PDF): Array.prototype.push then ran as
 * a JavaScript polyfill in every extractor (a call TurboFan cannot inline; read, parse and
 * extract were ~10% slower for the rest of the run). The natives do the same for pdfjs (the
 * polyfills only fix edge cases such as a non-writable array length), so they are put back
 * after each PDF; its additions (Promise.try, Uint8Array.toHex ...) stay.
 */
const NATIVE_BUILTINS = ([[Array.prototype, 'push'], [JSON, 'parse']] as const).map(([owner, key]) =>
  ({ owner: owner as object, key, descriptor: Object.getOwnPropertyDescriptor(owner, key)! }));

function restoreBuiltins(): void {
  for (const { owner, key, descriptor } of NATIVE_BUILTINS) {
    if (Reflect.get(owner, key) !== descriptor.value) Object.defineProperty(owner, key, descriptor);
  }
}

/** Load pdf-parse (and pdfjs under it) once, sending anything logged while loading to stderr. */
function loadPdfParse(): Promise<PdfParseModule> {
  pdfParseModule ??= (async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    try {
      return await import('pdf-parse');
    } finally {
      console.log = log;
    }
  })();
  return pdfParseModule;
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)));
  return tail.includes(EOF_MARKER);
}

/** First line of an error message, shortened, for "corrupt PDF: <cause>". */
function shortCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let cause = (message.split('\n')[0] ?? '').trim().replace(/\.$/, '') || 'unreadable structure';
  if (/^[A-Z][a-z]/.test(cause)) cause = cause[0]!.toLowerCase() + cause.slice(1);
  return cause.length > CAUSE_MAX ? `${cause.slice(0, CAUSE_MAX - 1)}…` : cause;
}

function toInputError(error: unknown, file: string, { PasswordException }: PdfParseModule): InputError {
  if (error instanceof InputError) return error;
  // Errors while loading come as pdf-parse's classes; later ones keep pdfjs's class names.
  if (error instanceof PasswordException || (error instanceof Error && error.name === 'PasswordException')) {
    return new InputError('pdf_encrypted', file, ENCRYPTED_REASON);
  }
  return new InputError('pdf_corrupt', file, `corrupt PDF: ${shortCause(error)}`);
}

/** Extract one line per paragraph / heading / list item from a PDF's text layer. */
export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  if (!hasEofMarker(bytes)) throw new InputError('pdf_corrupt', file, 'corrupt PDF: truncated (no %%EOF marker)');
  const pdfParse = await loadPdfParse();
  const parser = new pdfParse.PDFParse({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: pdfParse.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const { pages } = await parser.getText({ ...TEXT_OPTIONS });
    const text = layoutPdfText(pages.map((page) => page.text));
    if (!text.trim()) throw new InputError('pdf_no_text', file, NO_TEXT_REASON);
    return text;
  } catch (error) {
    throw toInputError(error, file, pdfParse);
  } finally {
    await parser.destroy();
    restoreBuiltins();
  }
}
