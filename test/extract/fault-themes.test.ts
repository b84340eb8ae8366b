import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { FAULT_THEME_HELDOUT, FAULT_THEME_SENTENCES, type LabelledFaultSentence } from '../../src/extract/data/fault-theme-sentences.js';
import { extractFaultThemes, themesOf } from '../../src/extract/fault-themes.js';
import { extractFindings } from '../../src/extract/findings.js';
import { parseText } from '../../src/parse/index.js';
import type { FaultTheme } from '../../src/types.js';
import { ROOT } from '../helpers/corpus.js';

function themes(summary: string, analysis: string[] = []) {
  const body = analysis.length ? ['', 'Analysis', '', ...analysis.map((a, i) => `  ${i + 1}. ${a}`)] : [];
  const doc = parseText([`Summary: ${summary}`, ...body].join('\n'), 'themes.txt');
  const ctx = createContext(doc);
  const found = extractFaultThemes(ctx, extractFindings(ctx).value.fault);
  for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

/** Share of labelled sentences whose main theme the rules give, and label precision. */
function measure(set: readonly LabelledFaultSentence[]) {
  let main = 0; let hit = 0; let given = 0;
  for (const s of set) {
    const got = themesOf(s.text);
    if (got.includes(s.themes[0]!)) main++;
    hit += got.filter((t) => s.themes.includes(t)).length;
    given += got.length;
  }
  return { mainTheme: main / set.length, precision: hit / given };
}

describe('fault themes of a decision', () => {
  it.each<[string, string[], FaultTheme[]]>([
    ['We found fault. The Council delayed dealing with the matter and let it drift.', [], ['delay']],
    ['The Council was at fault for its lack of communication with Mr X.', [], ['poor_communication']],
    ['Mrs X complained about her support.', ['The panel record does not give a reason for the refusal. This is poor record keeping and is fault.'], ['record_keeping']],
    ['We found fault with the Council’s early referral of the complaint to the Ombudsman.', [], ['complaint_handling']],
    ['The Council was at fault for failing to review Mr Y’s care and support plan.', [], ['assessment_failure']],
    ['Mrs X complained about enforcement.', ['The enforcement agents did not follow the regulations when they visited. This was fault.'], ['law_or_guidance']],
    ['Mrs X complained about her complaint.', ['The Council told her it agreed with the recommendations but has not completed them. This is fault.'], ['failed_to_implement']],
    ['The Council was at fault for wrongly charging Mrs X for her care.', [], ['other']],
  ])('%s', (summary, analysis, expected) => {
    expect([...new Set(themes(summary, analysis).map((m) => m.value.theme))]).toEqual(expected);
  });

  it('reads "This was fault." with the sentence it points back to, and spans both', () => {
    const [m] = themes('Mrs X complained.', ['The Council took eight months to decide the grant. This was fault.']);
    expect(m!.value.theme).toBe('delay');
    expect(m!.text).toBe('The Council took eight months to decide the grant. This was fault.');
  });

  it('gives no theme when no fault is found, or when a sentence only repeats the verdict', () => {
    expect(themes('Mrs X complained the Council delayed. We have not found the Council to be at fault.')).toEqual([]);
    expect(themes('We will not investigate this complaint about delay in rehousing Mrs X.')).toEqual([]);
    expect(themes('We uphold the complaint.', ['I find fault causing injustice.'])).toEqual([]);
  });

  it('ignores the negated part of a mixed finding', () => {
    const found = themes('The Council was not at fault for its assessment of Mr X, but it was at fault for delaying the review.');
    expect(found.map((m) => m.value.theme)).toEqual(['delay']);
  });
});

describe('the rules against hand-labelled sentences', () => {
  it('find the main theme of the labelled sentences and rarely add a wrong one', () => {
    const m = measure(FAULT_THEME_SENTENCES);
    expect(m.mainTheme).toBeGreaterThanOrEqual(0.9);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('hold up on the held-out set', () => {
    const m = measure(FAULT_THEME_HELDOUT);
    expect(m.mainTheme).toBeGreaterThanOrEqual(0.85);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('do at least as well as naive Bayes trained on the labelled sentences (why rules were chosen)', () => {
    const require = createRequire(import.meta.url);
    const { BayesClassifier } = require('natural/lib/natural/classifiers/index.js') as {
      BayesClassifier: new () => { addDocument(t: string, l: string): void; train(): void; classify(t: string): string };
    };
    const bayes = new BayesClassifier();
    for (const s of FAULT_THEME_SENTENCES) bayes.addDocument(s.text, s.themes[0]!);
    bayes.train();
    const top1 = (pick: (t: string) => string | undefined) => FAULT_THEME_HELDOUT.filter((s) => pick(s.text) === s.themes[0]).length;
    expect(top1((t) => themesOf(t)[0])).toBeGreaterThanOrEqual(top1((t) => bayes.classify(t)));
  });
});

describe('stdout stays clean (JSON is piped)', () => {
  it('importing the fault-theme module writes nothing to stdout', async () => {
    vi.resetModules();
    const write = vi.spyOn(process.stdout, 'write');
    await import('../../src/extract/fault-themes.js');
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });

  it('the natural submodules (never the package root) load without printing', () => {
    const script = "require('natural/lib/natural/classifiers/index.js'); require('natural/lib/natural/tokenizers/index.js');";
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
