/**
 * Test helper: typeset decision text into a real PDF with pdf-lib, the way a word processor would:
 * Helvetica (WinAnsi, so £ ’ “ ” – • survive), paragraphs wrapped at the page width and across
 * pages, hanging-indent list items, bold headings, a "Page N of M" footer and an optional running
 * header. Also builds PDFs without a text layer.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export interface PdfOptions {
  /** Running header printed at the top of every page. */
  header?: string;
  /** Footer on every page: "Page N of M" (default), a bare page number, or none. */
  footer?: 'page-of' | 'number' | false;
  fontSize?: number;
  /** Page size in points (default A4). */
  size?: [number, number];
  /** Extra space after each paragraph in points (default 8; 0 = no paragraph spacing). */
  paragraphGap?: number;
}

const MARGIN = 72;
const INDENT = 18;
const LIST_ITEM = /^(\s*)(\d+\.|•|-)\s+(.*)$/;
const SENTENCE_END = /[.:;?!)”’"]$/;

interface Op {
  x: number;
  y: number;
  text: string;
  bold: boolean;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Typeset `text` (corpus .txt layout) as a multi-page PDF. */
export async function decisionPdf(text: string, opts: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const size = opts.fontSize ?? 11;
  const [pageWidth, pageHeight] = opts.size ?? [595.28, 841.89];
  const leading = size * 1.3;
  const pages: Op[][] = [[]];
  let y = pageHeight - MARGIN;
  /** Draw one line at the current position; `advance` false keeps y (a list marker). */
  const emit = (op: Omit<Op, 'y'>, advance = true): void => {
    if (y < MARGIN) {
      pages.push([]);
      y = pageHeight - MARGIN;
    }
    pages[pages.length - 1]!.push({ ...op, y });
    if (advance) y -= leading;
  };

  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    const item = LIST_ITEM.exec(raw);
    if (item) {
      const level = Math.max(1, Math.floor(item[1]!.length / 2));
      const markerX = MARGIN + (level - 1) * INDENT;
      wrap(item[3]!, regular, size, pageWidth - MARGIN - markerX - INDENT).forEach((line, i) => {
        if (i === 0) emit({ x: markerX, text: item[2]!, bold: false }, false);
        emit({ x: markerX + INDENT, text: line, bold: false });
      });
    } else {
      const heading = raw.length < 60 && !raw.includes(':') && !SENTENCE_END.test(raw.trim());
      for (const line of wrap(raw, heading ? bold : regular, size, pageWidth - 2 * MARGIN)) {
        emit({ x: MARGIN, text: line, bold: heading });
      }
    }
    y -= opts.paragraphGap ?? 8;
  }

  pages.forEach((ops, i) => {
    const page = pdf.addPage([pageWidth, pageHeight]);
    for (const op of ops) page.drawText(op.text, { x: op.x, y: op.y, size, font: op.bold ? bold : regular });
    if (opts.header) page.drawText(opts.header, { x: MARGIN, y: pageHeight - 40, size: 9, font: regular });
    if (opts.footer !== false) {
      const label = opts.footer === 'number' ? String(i + 1) : `Page ${i + 1} of ${pages.length}`;
      const x = (pageWidth - regular.widthOfTextAtSize(label, 9)) / 2;
      page.drawText(label, { x, y: 36, size: 9, font: regular });
    }
  });
  return pdf.save();
}

/** A "scanned" PDF: pages with drawn shapes and no text at all. */
export async function imageOnlyPdf(pageCount = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawRectangle({ x: 72, y: 400, width: 300, height: 200, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}

/**
 * A minimal hand-built PDF with a Standard security handler whose user password is not empty
 * (random /O and /U), so a reader must ask for a password. pdf-lib cannot encrypt.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number): string => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
