/**
 * Property-based fuzzing of parse + extract (`parseText` then `extractDocument`), over
 * - random text (arbitrary strings, and decision-like token soup: headings, "Summary:", markers,
 *   amounts, odd Unicode, control characters, lone surrogates, CR/LF mixtures),
 * - the real decisions in corpus/ (and the full decisions of test/fixtures/analysis) after random
 *   edits (deletions, duplications, swaps, character noise, line swaps, truncation),
 * - real decisions with random £ amounts put in (bare, in sentences, as new action items).
 *
 * Properties, for every input:
 * 1. parsing throws nothing but an InputError ('empty' / 'not_decision'), with a one-line message;
 *    extraction of a parsed document throws nothing at all;
 * 2. every span is a half-open range inside the text — sections, subsections, headings,
 *    paragraphs and their nested items, header fields, every mention of every kind (and a date's
 *    sentence) — and `text.slice(start, end)` is what the span claims (heading text, header
 *    value, `mention.text`); sections are in order and do not overlap; paragraphs sit inside
 *    their section; a payment's section is the section its span is in;
 * 3. `remedyTotal` is the sum of the top-level agreed payments of the authoritative section, as
 *    defined in src/extract/refiners/remedy-total.ts (used by record.ts): the agreed action
 *    section when there is one with any text in it (plus offers accepted elsewhere, or the
 *    analysis' sums when the action section points back to them), else the summary (also for a
 *    page cut off right after the action heading); null with neither.
 *
 * `npm test` runs a modest, fixed-seed number of cases; `npm run fuzz` sets FUZZ_RUNS (e.g.
 * 20000) for a long run. FUZZ_SEED picks another seed; a failure prints the seed and the path
 * to replay it, and the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseText } from '../../src/parse/index.js';
import { isoDate } from '../../src/parse/header.js';
import { placeOf, sentences } from '../../src/parse/sentences.js';
import { InputError, type Extraction, type Mention, type Paragraph, type ParsedDocument, type Span } from '../../src/types.js';
import { allDecisionTexts, decisionWithAmounts, decisionishText, mutatedDecision } from '../helpers/hostile.js';

const LONG_RUNS = Number(process.env.FUZZ_RUNS) || 0;
const SEED = Number(process.env.FUZZ_SEED) || 20_260_522;
/** Runs for one property: FUZZ_RUNS when set, else the modest default. */
const runs = (n: number) => LONG_RUNS || n;
/** Generous per-test limits for a slow shared machine; none for a long run. */
const TIMEOUT = LONG_RUNS ? 7 * 24 * 3_600_000 : 120_000;
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs(numRuns) });

const SECTION_KINDS = new Set(['summary', 'complaint', 'scope', 'role_and_powers', 'how_considered', 'findings', 'analysis', 'agreed_action', 'final_decision', 'other']);
const PLACES = new Set([...SECTION_KINDS, 'header', 'title']);

/** Throw (with what and where) unless `span` is a half-open range inside `text`. */
function inBounds(text: string, span: Span, what: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new Error(`${what}: span [${start}, ${end}) is not inside the text (length ${text.length})`);
  }
}

function within(inner: Span, outer: Span, what: string): void {
  if (inner.start < outer.start || inner.end > outer.end) throw new Error(`${what}: [${inner.start}, ${inner.end}) is outside [${outer.start}, ${outer.end})`);
}

function same(actual: string, expected: string, what: string): void {
  if (actual !== expected) throw new Error(`${what}: text.slice(start, end) is ${JSON.stringify(actual)}, the span says ${JSON.stringify(expected)}`);
}

function checkParagraphs(doc: ParsedDocument, paragraphs: Paragraph[], container: Span, what: string): void {
  for (const [i, p] of paragraphs.entries()) {
    inBounds(doc.text, p, `${what} paragraph ${i}`);
    within(p, container, `${what} paragraph ${i}`);
    checkParagraphs(doc, p.items, container, `${what} paragraph ${i} item`);
  }
}

/** Property 2 for the parsed document: sections, headings, paragraphs, header fields. */
function checkDocument(doc: ParsedDocument): void {
  const { text, header } = doc;
  let previousEnd = 0;
  for (const [i, s] of doc.sections.entries()) {
    const what = `section ${i} (${s.kind})`;
    if (!SECTION_KINDS.has(s.kind)) throw new Error(`${what}: unknown kind`);
    inBounds(text, s, what);
    if (s.start < previousEnd) throw new Error(`${what} starts at ${s.start}, before the previous section ends (${previousEnd})`);
    previousEnd = s.end;
    if (s.heading) {
      inBounds(text, s.heading, `${what} heading`);
      within(s.heading, s, `${what} heading`);
      same(text.slice(s.heading.start, s.heading.end), s.heading.text, `${what} heading`);
    }
    checkParagraphs(doc, s.paragraphs, s, what);
    for (const [j, sub] of s.subsections.entries()) {
      inBounds(text, sub, `${what} subsection ${j}`);
      within(sub, s, `${what} subsection ${j}`);
      inBounds(text, sub.heading, `${what} subsection ${j} heading`);
      same(text.slice(sub.heading.start, sub.heading.end), sub.heading.text, `${what} subsection ${j} heading`);
      checkParagraphs(doc, sub.paragraphs, sub, `${what} subsection ${j}`);
    }
  }
  for (const key of ['title', 'caseNumber', 'category', 'outcome', 'decisionDate', 'summary'] as const) {
    const field = header[key];
    if (!field) continue;
    inBounds(text, field, `header.${key}`);
    const printed = text.slice(field.start, field.end);
    if (key === 'decisionDate') same(isoDate(printed) ?? `(not a date: ${printed})`, field.value, 'header.decisionDate (as ISO)');
    else same(printed, field.value, `header.${key}`);
  }
  for (const [i, org] of header.organisations.entries()) {
    inBounds(text, org, `header.organisations[${i}]`);
    same(text.slice(org.start, org.end), org.value, `header.organisations[${i}]`);
  }
}

const MENTION_LISTS = ['organisations', 'caseNumbers', 'people', 'dates', 'deadlines', 'payments', 'remedies', 'findings', 'faultThemes', 'legislation'] as const;

/** Property 2 for the extraction: every mention of every kind; payment ids and links. */
function checkMentions(doc: ParsedDocument, x: Extraction): void {
  for (const list of MENTION_LISTS) {
    for (const [i, m] of (x[list] as Mention[]).entries()) {
      const what = `${list}[${i}] (${m.rule})`;
      inBounds(doc.text, m, what);
      same(doc.text.slice(m.start, m.end), m.text, what);
      if (!PLACES.has(m.section)) throw new Error(`${what}: unknown section ${m.section}`);
    }
  }
  for (const [i, d] of x.dates.entries()) inBounds(doc.text, d.value.sentence, `dates[${i}].sentence`);
  for (const [i, p] of x.payments.entries()) {
    const what = `payments[${i}] ${p.text} (${p.rule})`;
    if (p.value.id !== i) throw new Error(`${what}: id ${p.value.id}`);
    if (!Number.isFinite(p.value.amount) || p.value.amount < 0) throw new Error(`${what}: amount ${p.value.amount}`);
    const parent = p.value.partOf;
    if (parent !== null && (parent === i || !x.payments[parent])) throw new Error(`${what}: partOf ${parent}`);
    if (p.section !== placeOf(doc, p.start)) throw new Error(`${what}: section ${p.section}, but its span is in ${placeOf(doc, p.start)}`);
  }
}

/** The definition of remedy_total (src/extract/refiners/remedy-total.ts), written out again. */
const ACCEPTED_OFFER = />(?:role:accepted_offer|offer_accepted|offer_accepted_later)\b/;
const POINTS_BACK = /\b(?:above|earlier|previous(?:ly)?|(?:in|at)\s+paragraphs?\s+\d+|recommendations?\s+(?:I|we)\s+(?:have\s+)?made)\b/i;
const round2 = (n: number) => Math.round(n * 100) / 100;

function expectedRemedyTotal(doc: ParsedDocument, x: Extraction): number | null {
  const agreed = x.payments.filter((p) => p.value.role === 'agreed' && p.value.partOf === null);
  const sum = (amounts: number[]) => round2(amounts.reduce((a, b) => a + b, 0));
  const actionSentences = sentences(doc).filter((s) => s.section === 'agreed_action');
  if (actionSentences.length > 0) {
    const amounts = agreed.filter((p) => p.section === 'agreed_action').map((p) => p.value.amount);
    const counted = new Set(amounts);
    for (const p of agreed) {
      if (p.section === 'agreed_action' || !ACCEPTED_OFFER.test(p.rule) || counted.has(p.value.amount)) continue;
      counted.add(p.value.amount);
      amounts.push(p.value.amount);
    }
    if (amounts.length === 0) {
      if (actionSentences.some((s) => POINTS_BACK.test(doc.text.slice(s.start, s.end)))) {
        amounts.push(...agreed.filter((p) => p.section === 'analysis').map((p) => p.value.amount));
      }
    }
    return sum(amounts);
  }
  if (!doc.sections.some((s) => s.kind === 'summary') && doc.header.summary === null) return null;
  return sum(agreed.filter((p) => p.section === 'summary').map((p) => p.value.amount));
}

/** All three properties for one input. */
function check(text: string): void {
  let doc: ParsedDocument;
  try {
    doc = parseText(text, 'fuzz.txt');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(['empty', 'not_decision']).toContain(e.code);
    expect(e.message).not.toContain('\n');
    return;
  }
  checkDocument(doc);
  const x = extractDocument(doc);
  checkMentions(doc, x);
  const total = x.remedyTotal;
  if (total !== null && (!Number.isFinite(total) || total < 0)) throw new Error(`remedyTotal ${total}`);
  const expected = expectedRemedyTotal(doc, x);
  if (total !== expected) throw new Error(`remedyTotal ${total}, but the authoritative section's top-level agreed payments add up to ${expected}`);
}

describe('fuzz: parse + extract never break their contracts', () => {
  it('the real decisions themselves (the seeds of the mutations)', () => {
    for (const text of allDecisionTexts()) check(text);
  }, TIMEOUT);

  it('arbitrary strings (any UTF-16, control characters, lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), params(1000));
  }, TIMEOUT);

  it('decision-like token soup', () => {
    fc.assert(fc.property(decisionishText, check), params(1000));
  }, TIMEOUT);

  it('real decisions after random deletions, duplications, swaps, noise and truncation', () => {
    fc.assert(fc.property(mutatedDecision(), check), params(600));
  }, TIMEOUT);

  it('real decisions with random £ amounts put in', () => {
    fc.assert(fc.property(decisionWithAmounts(), check), params(400));
  }, TIMEOUT);
});
