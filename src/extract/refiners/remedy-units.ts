/**
 * The units a remedy is read from. In the action section: every paragraph and nested list item,
 * in order, each carrying the deadline of the intro that governs it — an intro ending with ":"
 * ("Within one month of the final decision, the Council will:") sets the deadline for the items
 * after it until the next intro. Without an action section: the summary's sentences.
 */
import type { ExtractContext } from '../context.js';
import type { DeadlineMention, Paragraph, Span } from '../../types.js';

export interface RemedyUnit extends Span {
  /** Deadline of the governing intro, when any. */
  inherited: DeadlineMention | null;
  /** True for a nested list item (it inherits its intro's directive). */
  listed: boolean;
  /** Text of the unit before this one in the same source (for "This included ..." follow-ups). */
  previous: string | null;
}

const within = (d: DeadlineMention, s: Span) => d.start >= s.start && d.end <= s.end;

export function actionUnits(ctx: ExtractContext, deadlines: DeadlineMention[]): RemedyUnit[] {
  const out: RemedyUnit[] = [];
  let current: DeadlineMention | null = null;
  const visit = (paras: Paragraph[], nested: boolean) => {
    for (const p of paras) {
      const text = ctx.doc.text.slice(p.start, p.end).trim();
      const intro = text.endsWith(':');
      out.push({ start: p.start, end: p.end, inherited: current, listed: nested, previous: out.length > 0 ? ctx.doc.text.slice(out[out.length - 1]!.start, out[out.length - 1]!.end) : null });
      if (intro) {
        const own = deadlines.filter((d) => within(d, p));
        current = own.length > 0 ? own[own.length - 1]! : null;
      }
      visit(p.items, true);
    }
  };
  for (const section of ctx.doc.sections.filter((s) => s.kind === 'agreed_action')) {
    visit(section.paragraphs, false);
    for (const sub of section.subsections) visit(sub.paragraphs, false);
  }
  return out;
}

export function summaryUnits(ctx: ExtractContext): RemedyUnit[] {
  const sentences = ctx.sentences.filter((s) => s.section === 'summary');
  return sentences.map((s, i) => ({
    start: s.start, end: s.end, inherited: null, listed: false,
    previous: i > 0 ? ctx.doc.text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : null,
  }));
}
