/**
 * The units a remedy is read from. In the action section: every paragraph and nested list item,
 * in order, each carrying the deadline of the intro that governs it — an intro ending with ":"
 * ("Within one month of the final decision, the Council will:") sets the deadline for the items
 * after it until the next intro. Without an action section: the summary's sentences, or, when they
 * name no remedy, a remedy intro with its list in the body (older report summaries).
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

/** Units of paragraph lists, in order; an intro ending with ":" passes its deadline to the items after it. */
function listUnits(ctx: ExtractContext, deadlines: DeadlineMention[], lists: Paragraph[][]): RemedyUnit[] {
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
  for (const list of lists) visit(list, false);
  return out;
}

export function actionUnits(ctx: ExtractContext, deadlines: DeadlineMention[]): RemedyUnit[] {
  const sections = ctx.doc.sections.filter((s) => s.kind === 'agreed_action');
  return listUnits(ctx, deadlines, sections.flatMap((s) => [s.paragraphs, ...s.subsections.map((sub) => sub.paragraphs)]));
}

/**
 * Older report summaries have no action section and a summary that names no remedy: the remedy is a paragraph of the
 * body that introduces a list ("To remedy the injustice caused, the council should:", "The
 * Ombudsman recommends the council should:"). That paragraph and its items are read as an action
 * section would be. The intro must open the paragraph, so "Mrs X wants the Council to:" is none.
 */
const REMEDY_INTRO = /^(?:To\s+(?:remedy|put\s+right)\b|(?:The\s+Ombudsman|Ombudsman|I|We)\s+(?:also\s+)?recommend\w*\b|The\s+(?:council|Council|[A-Z]\w+)\s+(?:has\s+)?(?:agreed|should|will)\b)[^]*:$/;

export function introListUnits(ctx: ExtractContext, deadlines: DeadlineMention[]): RemedyUnit[] {
  const intros = ctx.doc.sections
    .filter((s) => s.kind !== 'summary' && s.kind !== 'agreed_action')
    .flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((sub) => sub.paragraphs)])
    .filter((p) => p.items.length > 0 && REMEDY_INTRO.test(ctx.doc.text.slice(p.start, p.end).trim()));
  return listUnits(ctx, deadlines, intros.map((p) => [p]));
}

export function summaryUnits(ctx: ExtractContext): RemedyUnit[] {
  const sentences = ctx.sentences.filter((s) => s.section === 'summary');
  return sentences.map((s, i) => ({
    start: s.start, end: s.end, inherited: null, listed: false,
    previous: i > 0 ? ctx.doc.text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : null,
  }));
}
