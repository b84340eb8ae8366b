/**
 * Fault themes: what kind of fault a decision found (delay, poor communication, record keeping,
 * complaint handling, assessment, law or guidance, failure to implement agreed actions, other).
 * Read from the sentences that find or accept fault (summary, findings, analysis, final decision),
 * joined to the sentence before when they point back to it and say nothing themselves ("This was
 * fault."), by the rules in data/fault-theme-rules.ts.
 *
 * Rules, not natural's BayesClassifier. On the 40 held-out labelled sentences (written after the
 * rules were settled) the rules first scored main theme 0.725, label precision 0.78, F1 0.75,
 * against naive Bayes trained on the other 165 sentences: 0.725, 0.725, 0.69 (5-fold
 * cross-validation on the 165: Bayes 0.53). Bayes used only where the rules say 'other' lowered
 * precision. Rules also give several themes per sentence and say why.
 */
import { type ExtractContext, mention } from './context.js';
import { ORGANISATION_FAILED } from './data/finding-rules.js';
import { FAILURE_CUE, POINTS_BACK, THEME_RULES } from './data/fault-theme-rules.js';
import { sentenceReading } from './findings.js';
import type { FaultTheme, FaultThemeMention, SectionKind } from '../types.js';

const THEME_SOURCES: readonly SectionKind[] = ['summary', 'findings', 'analysis', 'final_decision'];

/** Themes of a fault text: every matching rule (minus those it makes redundant), else 'other' if a failure is described. */
export function themesOf(text: string): FaultTheme[] {
  const hits = THEME_RULES.filter((r) => r.match.test(text));
  const suppressed = new Set(hits.flatMap((r) => r.suppresses ?? []));
  const themes = hits.map((r) => r.value).filter((t) => !suppressed.has(t));
  if (themes.length > 0) return themes;
  return FAILURE_CUE.test(text) ? ['other'] : [];
}

/** `fault` is the settled finding (extractFindings): themes are only read when fault was found. */
export function extractFaultThemes(ctx: ExtractContext, fault: boolean | null): FaultThemeMention[] {
  if (fault !== true) return [];
  const { text } = ctx.doc;
  const sentences = ctx.sentences.filter((s) => THEME_SOURCES.includes(s.section));
  const out: FaultThemeMention[] = [];
  sentences.forEach((s, i) => {
    const raw = text.slice(s.start, s.end);
    const reading = sentenceReading(ctx, s); // read already by extractFindings
    const orgFailed = s.section === 'summary' && raw.search(ORGANISATION_FAILED.match) >= 0;
    if (reading.value.fault !== true && !orgFailed) return;
    let themes = themesOf(reading.masked);
    let start = s.start;
    const prev = sentences[i - 1];
    const thin = themes.length === 0 || (themes.length === 1 && themes[0] === 'other');
    if (thin && POINTS_BACK.test(raw) && prev && prev.sectionIndex === s.sectionIndex && prev.subsection === s.subsection) {
      themes = themesOf(`${sentenceReading(ctx, prev).masked} ${reading.masked}`);
      start = prev.start;
    }
    for (const theme of themes) {
      out.push(mention(ctx, 'fault_theme', { theme }, { start, end: s.end }, `theme:${theme}`, s.section));
    }
  });
  return out;
}
