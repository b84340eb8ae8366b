/** PDF rendering of a synthetic decision (pdf-lib, a dev dependency: the benchmark runs in a dev checkout). */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const PAGE = { width: 595, height: 842, margin: 56, size: 10, leading: 13 };

export async function textToPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const safe = (s: string) => s.replace(/[^\x20-\x7e£’‘“”–—•]/g, ' ');
  for (const paragraph of text.split('\n')) {
    const words = safe(paragraph).split(/\s+/).filter(Boolean);
    let line = '';
    const flush = () => {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: PAGE.size, font });
      y -= PAGE.leading;
      line = '';
    };
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, PAGE.size) > maxWidth && line) {
        flush();
        line = word;
      } else line = next;
    }
    if (line) flush();
    y -= PAGE.leading / 2;
  }
  return pdf.save();
}
