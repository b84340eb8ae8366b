import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfToText } from '../../src/ingest/pdf.js';
import { readDecisionBytes, readDecisionFile } from '../../src/ingest/read.js';
import { InputError } from '../../src/types.js';
import { decisionPdf, encryptedPdf, imageOnlyPdf } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const corpus = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const RUNNING_HEADER = 'Final decision – LGSCO reference 23 015 499';
/** 23 015 499 up to the page chrome that follows the decision. */
const numbered = corpus('23-015-499.txt').slice(0, corpus('23-015-499.txt').indexOf('\n\nPrint this page'));
const bulleted = corpus('24-012-183.txt');

/** The same lines without list markers, indentation or blank lines. */
function contentLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => l.trim().replace(/^(?:- |• |\d+\. )/, ''));
}

async function rejected(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

describe('a typeset decision comes back one line per paragraph', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await decisionPdf(numbered, { header: RUNNING_HEADER });
  });

  it('the PDF really wraps lines and spans pages (as pdf-parse sees it)', async () => {
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const raw = await parser.getText();
    await parser.destroy();
    expect(raw.total).toBeGreaterThanOrEqual(4);
    expect(raw.text).toContain('Page 2 of');
    expect(raw.text).toMatch(/Summary: We found fault with the Council’s early referral to the Local Government and\s*\n/);
  });

  it('numbered layout: identical to the corpus text (wrapped lines joined, header/footer gone)', async () => {
    const text = await pdfToText(pdf, '23-015-499.pdf');
    expect(text).toBe(numbered);
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(text).not.toContain(RUNNING_HEADER);
  });

  it('keeps £, curly quotes and bullets', async () => {
    const text = await pdfToText(pdf, '23-015-499.pdf');
    expect(text).toContain('    • Pay Miss X £100 for the distress caused by the Council’s fault.');
    expect(text).toContain('She said: “you are telling me that a stage three would have little value, therefore I will go to the Ombudsman”.');
  });

  it('bullet layout without any paragraph spacing and with bare page numbers', async () => {
    const bytes = await decisionPdf(bulleted, { paragraphGap: 0, footer: 'number', header: RUNNING_HEADER });
    const text = await pdfToText(bytes, '24-012-183.pdf');
    expect(contentLines(text)).toEqual(contentLines(bulleted));
    expect(text.split('\n').slice(0, 5)).toEqual(['Cornwall Council (24 012 183)', '', "The Ombudsman's final decision:", '', expect.stringMatching(/^Summary: Mr B .* service improvements\.$/)]);
    expect(text).toContain('\n  - I find fault causing injustice. The Council has agreed actions to remedy injustice.\n');
  });

  // In plain Node (not under vitest, whose module runner keeps them), pdfjs's legacy build swaps
  // slower core-js polyfills in for these while it loads; reading a PDF must put the natives back.
  it.skipIf(!existsSync(join(ROOT, 'dist', 'ingest', 'pdf.js')))('leaves Array.prototype.push and JSON.parse native in plain Node', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ombuds-pdf-'));
    try {
      await writeFile(join(dir, 'decision.pdf'), pdf);
      // (core-js also makes its polyfills print as native code: compare identities.)
      const script = `const natives = [Array.prototype.push, JSON.parse];
        const { pdfToText } = await import(${JSON.stringify(join(ROOT, 'dist', 'ingest', 'pdf.js'))});
        await pdfToText((await import('node:fs')).readFileSync(${JSON.stringify(join(dir, 'decision.pdf'))}), 'decision.pdf');
        console.log(JSON.stringify([Array.prototype.push === natives[0], JSON.parse === natives[1], typeof globalThis.pdfjsWorker]));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual([true, true, 'object']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('readDecisionFile reads a .pdf by its content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ombuds-pdf-'));
    try {
      await writeFile(join(dir, 'decision.txt'), pdf);
      const raw = await readDecisionFile(join(dir, 'decision.txt'));
      expect([raw.format, raw.encoding, raw.bytes, raw.file]).toEqual(['pdf', 'pdf', pdf.length, 'decision.txt']);
      expect(raw.text).toBe(numbered);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('PDFs that cannot be read', () => {
  it('no text layer (only a drawn rectangle)', async () => {
    const err = await rejected(pdfToText(await imageOnlyPdf(2), 'scan.pdf'));
    expect([err.code, err.reason, err.message]).toEqual(['pdf_no_text', 'no text layer (scanned image?)', 'scan.pdf: no text layer (scanned image?)']);
  });

  it('truncated download', async () => {
    const whole = await decisionPdf(numbered);
    const err = await rejected(pdfToText(whole.slice(0, Math.floor(whole.length / 2)), 'cut.pdf'));
    expect([err.code, err.reason]).toEqual(['pdf_corrupt', 'corrupt PDF: truncated (no %%EOF marker)']);
  });

  it('garbage after a PDF header', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog \nthis is not a pdf body\n%%EOF\n');
    const err = await rejected(pdfToText(junk, 'junk.pdf'));
    expect(err.code).toBe('pdf_corrupt');
    expect(err.reason).toMatch(/^corrupt PDF: \S/);
    expect(err.reason).not.toContain('\n');
  });

  it('password protected', async () => {
    const err = await rejected(readDecisionBytes(encryptedPdf(), 'locked.pdf'));
    expect([err.code, err.reason]).toEqual(['pdf_encrypted', 'encrypted PDF']);
  });

  it('a .pdf that is neither PDF nor text', async () => {
    const err = await rejected(readDecisionBytes(new Uint8Array([0x13, 0, 0, 7, 0xff, 0, 1, 2]), 'broken.pdf'));
    expect([err.code, err.reason]).toEqual(['pdf_corrupt', 'corrupt PDF: no %PDF- header']);
  });

  it('prints nothing to stdout, whatever happens', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    const log = vi.spyOn(console, 'log');
    try {
      await pdfToText(await decisionPdf(bulleted), 'ok.pdf');
      for (const bytes of [await imageOnlyPdf(), encryptedPdf(), new TextEncoder().encode('%PDF-1.4\nxx\n%%EOF')]) {
        await pdfToText(bytes, 'bad.pdf').catch(() => undefined);
      }
      expect(write).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
      log.mockRestore();
    }
  });
});

afterAll(() => {
  vi.restoreAllMocks();
});
