/**
 * Hostile and broken inputs for the hardening and fuzz tests: deterministic generators of bad
 * files (binary noise, ELF headers, badly encoded text, deep or scripted HTML, decisions with
 * thousands of amounts, repeated or missing headings) and fast-check arbitraries over the real
 * decisions in corpus/ (mutations, injected £ amounts) and over decision-like random text.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CORPUS_DIR, ROOT, corpusFiles } from './corpus.js';
import { random } from '../../src/bench/synth.js';

/** Same seed, same numbers (mulberry32, as the benchmark's synthetic corpus uses). */
export const prng = random;

/** A case number as printed in a title ("22 010 680", "16 010 636c"). */
export const CASE_NUMBER = /\b\d{2} \d{3} \d{3}[a-z]?\b/;

/** The text with its title case number (the first one printed) replaced. */
export function withCaseNumber(text: string, caseNumber: string): string {
  if (!CASE_NUMBER.test(text)) throw new Error('no case number to replace');
  return text.replace(CASE_NUMBER, caseNumber);
}

/** "97 000 001": case numbers no real decision (nor test/store's "99 ..." copies) has. */
export function hostileCase(i: number): string {
  return `97 ${String(Math.floor(i / 1000) % 1000).padStart(3, '0')} ${String(i % 1000).padStart(3, '0')}`;
}

/** A real decision from corpus/. */
export function corpusDecision(file = '23-015-499.txt'): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

/** The hand-written fixture with a known remedy (pay Mrs X £300; fixed agreed action list). */
export function fixtureDecision(file = '22-901-101.txt'): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'analysis', file), 'utf8');
}

/**
 * `n` distinct decisions in `dir`: corpus files in turn, the title case number of copy i being
 * hostileCase(from + i), named `<prefix>-<i>.txt`. Returns the paths.
 */
export function decisionCopies(dir: string, from: number, n: number, prefix = 'copy'): string[] {
  const texts = allCorpusTexts();
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${prefix}-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, withCaseNumber(texts[(from + i) % texts.length]!, hostileCase(from + i)));
    return path;
  });
}

export interface AsyncCliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `node bin/ombuds.js <args>` without blocking this process (for runs that overlap). */
export function runCliAsync(args: string[], opts: { cwd?: string } = {}): Promise<AsyncCliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'ombuds.js'), ...args], { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/* ------------------------------------------------------------------------------------------
 * Binary and badly encoded files
 * ---------------------------------------------------------------------------------------- */

/** An ELF executable header followed by machine-code-like noise. */
export function elfExecutable(size = 8192, seed = 7): Uint8Array {
  const bytes = randomBytes(size, seed);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], 0);
  return bytes;
}

/** Random bytes with a NUL every 64 bytes and no magic number or BOM at the start. */
export function binaryNoise(size = 8192, seed = 11): Uint8Array {
  const bytes = randomBytes(size, seed);
  for (let i = 0; i < size; i += 64) bytes[i + 5] = 0;
  bytes[0] = 0x42; // not a BOM, not a magic number
  bytes[1] = 0x17;
  return bytes;
}

function randomBytes(size: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length: size }, () => Math.floor(next() * 256));
}

/** Text as Windows-1252 bytes (£ is the single byte 0xA3, ’ is 0x92). */
export function windows1252(text: string): Uint8Array {
  return iconv.encode(text, 'win1252');
}

/**
 * UTF-8 text with invalid sequences put after the first few full stops: a lone continuation byte,
 * a lead byte without its continuation, an overlong "/", an encoded surrogate, a cut 3-byte
 * sequence, and a Windows-1252 "£" (0xA3) before the given amount.
 */
export function invalidUtf8(text: string, strayPound: string): Uint8Array {
  const bad = [[0x80], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82, 0x20], [0xff]];
  const parts: Uint8Array[] = [];
  let from = 0;
  let k = 0;
  for (let at = text.indexOf('. ', from); at >= 0 && k < bad.length; at = text.indexOf('. ', from)) {
    parts.push(Buffer.from(text.slice(from, at + 1), 'utf8'), Uint8Array.from(bad[k++]!));
    from = at + 1;
  }
  const rest = text.slice(from);
  const pound = rest.indexOf(strayPound);
  if (pound < 0) throw new Error(`${strayPound} not in the text after the stray bytes`);
  // The amount's "£" in Windows-1252 (one byte) instead of UTF-8 (two).
  parts.push(Buffer.from(rest.slice(0, pound), 'utf8'), Uint8Array.from([0xa3]), Buffer.from(rest.slice(pound + 1), 'utf8'));
  return Buffer.concat(parts);
}

/* ------------------------------------------------------------------------------------------
 * HTML
 * ---------------------------------------------------------------------------------------- */

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A word no decision contains: every hostile payload carries it, so a leak is easy to find. */
export const HOSTILE_MARK = 'zqxPWNEDzqx';

/** Markup that must never reach the decision text (each piece carries HOSTILE_MARK). */
export const HOSTILE_ELEMENTS = [
  `<script>window.${HOSTILE_MARK}=1; document.write("</p><p>Summary: ${HOSTILE_MARK} injected")</script>`,
  `<script type="text/template"><p>${HOSTILE_MARK} template</p></script>`,
  `<iframe src="javascript:alert('${HOSTILE_MARK}')">${HOSTILE_MARK} iframe fallback</iframe>`,
  `<iframe srcdoc="<p>${HOSTILE_MARK}</p>"></iframe>`,
  `<style>body::after { content: "${HOSTILE_MARK}" }</style>`,
  `<noscript>${HOSTILE_MARK} noscript</noscript>`,
  `<object data="x.swf">${HOSTILE_MARK} object fallback</object>`,
  `<embed src="javascript:${HOSTILE_MARK}">`,
  `<svg onload="${HOSTILE_MARK}()"><script>${HOSTILE_MARK}()</script><text>${HOSTILE_MARK}</text></svg>`,
  `<img src=x onerror="${HOSTILE_MARK}()" alt="${HOSTILE_MARK}">`,
  `<template><p>${HOSTILE_MARK} template</p></template>`,
  `<form action="javascript:${HOSTILE_MARK}"><input value="${HOSTILE_MARK}"><button>${HOSTILE_MARK}</button></form>`,
  `<div hidden>${HOSTILE_MARK} hidden</div>`,
  `<div style="display:none">${HOSTILE_MARK} invisible</div>`,
];

export interface HtmlOptions {
  /** Wrap the decision in this many nested <div>s. */
  nest?: number;
  /** Interleave HOSTILE_ELEMENTS, put event handlers on paragraphs and a javascript: link in one. */
  hostile?: boolean;
}

/** A decision (corpus text layout) as a saved page: one <p> per line, list markers kept as text. */
export function decisionHtml(text: string, opts: HtmlOptions = {}): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const body: string[] = [];
  lines.forEach((line, i) => {
    let content = escapeHtml(line.trim());
    const attrs = opts.hostile ? ` onclick="${HOSTILE_MARK}()" onmouseover="javascript:${HOSTILE_MARK}()"` : '';
    if (opts.hostile && i === 12) content += ` <a href="javascript:${HOSTILE_MARK}()" onclick="${HOSTILE_MARK}()">see the guidance</a>`;
    body.push(`<p${attrs}>${content}</p>`);
    if (opts.hostile) body.push(HOSTILE_ELEMENTS[i % HOSTILE_ELEMENTS.length]!);
  });
  const depth = opts.nest ?? 0;
  const head = opts.hostile ? `<script src="javascript:${HOSTILE_MARK}"></script><meta http-equiv="refresh" content="0;url=javascript:${HOSTILE_MARK}">` : '';
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>Decision</title>${head}</head><body>` +
    `${'<div>'.repeat(depth)}<article>${body.join('\n')}</article>${'</div>'.repeat(depth)}</body></html>\n`;
}

/* ------------------------------------------------------------------------------------------
 * Decisions built to stress parse and extract
 * ---------------------------------------------------------------------------------------- */

/**
 * The fixture decision with `n` extra payments in its agreed action, one list item each
 * ("pay Mrs X £123.45 for item 17."), amounts from 1.00 to 500.99. `extra` is their sum.
 */
export function manyAmountsDecision(n: number, caseNumber: string): { text: string; amounts: number[]; extra: number } {
  const amounts = Array.from({ length: n }, (_, i) => (i % 500) + 1 + (i % 100) / 100);
  const items = amounts.map((a, i) => `    • pay Mrs X £${a.toFixed(2)} for item ${i + 1};`).join('\n');
  const base = withCaseNumber(fixtureDecision(), caseNumber);
  const anchor = '    • pay Mrs X £300 to acknowledge the distress and uncertainty caused.';
  if (!base.includes(anchor)) throw new Error('fixture changed: no £300 action item');
  const text = base.replace(anchor, `${items}\n${anchor}`);
  const extra = Math.round(amounts.reduce((s, a) => s + a * 100, 0)) / 100;
  return { text, amounts, extra };
}

/** Headings the fixture decision prints, in order. */
const FIXTURE_HEADINGS = [
  'The complaint', 'The Ombudsman’s role and powers', 'How I considered this complaint', 'What I found',
  'Legal and administrative background', 'What happened', 'Analysis', 'Agreed action', 'Final decision',
];

/** The fixture decision with every section heading printed twice and the action section repeated. */
export function repeatedHeadingsDecision(caseNumber: string): string {
  let text = withCaseNumber(fixtureDecision(), caseNumber);
  for (const h of FIXTURE_HEADINGS) text = text.replace(`\n${h}\n`, `\n${h}\n\n${h}\n`);
  const action = text.slice(text.indexOf('\nAgreed action\n'), text.indexOf('\nFinal decision\n'));
  return text.replace('\nFinal decision\n', `${action}\nFinal decision\n`);
}

/** The fixture decision with no section headings at all (title, header and numbered paragraphs). */
export function missingHeadingsDecision(caseNumber: string): string {
  const headings = new Set(FIXTURE_HEADINGS);
  return withCaseNumber(fixtureDecision(), caseNumber).split('\n').filter((l) => !headings.has(l.trim())).join('\n');
}

/* ------------------------------------------------------------------------------------------
 * fast-check arbitraries for the fuzz tests
 * ---------------------------------------------------------------------------------------- */

/** The corpus decisions' texts, read once. */
let corpusTexts: string[] | null = null;
export function allCorpusTexts(): string[] {
  corpusTexts ??= corpusFiles().map((f) => corpusDecision(f));
  return corpusTexts;
}

/** The ten hand-written full decisions of test/fixtures/analysis, read once. */
let fixtureTexts: string[] | null = null;
export function allFixtureTexts(): string[] {
  const dir = join(ROOT, 'test', 'fixtures', 'analysis');
  fixtureTexts ??= readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return fixtureTexts;
}

/** The corpus decisions and the analysis fixtures. */
export function allDecisionTexts(): string[] {
  return [...allCorpusTexts(), ...allFixtureTexts()];
}

/**
 * A real decision to start from: half the time from corpus/ (mostly partial pages that stop
 * before the action section), half the time a full decision from test/fixtures/analysis.
 */
export function realDecision(): fc.Arbitrary<string> {
  const pick = (texts: string[]) => fc.noBias(fc.integer({ min: 0, max: texts.length - 1 })).map((i) => texts[i]!);
  return fc.oneof(pick(allCorpusTexts()), pick(allFixtureTexts()));
}

/** Pieces decision text is made of, and characters that break naive parsers. */
const TOKENS = [
  'Summary:', 'Summary', 'The Ombudsman’s final decision:', "The Ombudsman's final decision", 'Category : ', 'Decision : Upheld',
  'Decision date : 16 May 2024', 'Decision date : 31 February 2024', 'Anytown Council (23 001 002)', '(24 012 183)', '22 010 680',
  'The complaint', 'What I found', 'Analysis', 'Agreed action', 'Recommendations', 'Final decision', 'Back to top',
  '  1. ', '  2. ', '    • ', '- ', '(a) ', 'i) ', '12.', '£', '£300', '£1,250.50', '£2k', '£0.5', '£99999999999999999999', '£1,000,000',
  'pay Mrs X', 'pay Mr Y £250 for his time and trouble', 'a total of', 'made up of', 'in addition to', 'already paid', 'offered',
  'within one month', 'within 3 months of my final decision', 'apologise', 'We found fault', 'no fault', 'injustice',
  'Local Government Act 1974, section 26(1)', 'Care Act 2014', 'Mrs X', 'her son, Y,', 'the Council', 'Kent County Council',
  '.', '. ', ',', ';', ':', '(', ')', '“', '”', '’', '–', '—', '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '\u00a0',
  '\u2028', '\u200b', '\ufeff', '\u0000', '\u0007', '\ud800', '\udfff', '😀', 'é', 'Ω', '<p>', '</p>', '&amp;',
];

/** Token soup: decision tokens, random words and odd characters, mixed. */
const soup = (maxLength: number): fc.Arbitrary<string> => fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength })
  .map((parts) => parts.join(''));

const WORDS = ['the', 'Council', 'Mrs X', 'Mr Y', 'complained', 'about', 'delay', 'we', 'found', 'fault', 'agreed', 'to', 'pay',
  'apologise', 'within', 'one month', 'of', 'my final decision', 'for', 'distress', 'and', 'time and trouble', 'care', 'home',
  'invoice', 'offered', 'already paid', 'a total of', 'made up of', 'each', 'should', 'will', 'not', 'recommend', 'above'];

/** A sentence of decision words, sometimes with amounts and noise. */
const sentence: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => `£${n.toLocaleString('en-GB')}`) },
    { weight: 1, arbitrary: soup(3) }), { minLength: 1, maxLength: 25 })
  .map((words) => `${words.join(' ')}${'.;:'[words.length % 3]}`);

const HEADINGS = ['The complaint', 'What I have investigated', 'The Ombudsman’s role and powers', 'How I considered this complaint',
  'What I found', 'What happened', 'Analysis', 'My assessment', 'Agreed action', 'Recommendations', 'Action', 'Final decision',
  'Decision', 'Summary', 'Background', 'Was there fault?'];

/** One line of a decision-like page: header fields, headings, numbered or bulleted paragraphs, noise. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('Category : Adult care services > Charging', 'Decision : Upheld', 'Decision : Not upheld: no fault', 'Decision date : 16 May 2024', "The Ombudsman's final decision:") },
  { weight: 1, arbitrary: sentence.map((s) => `Summary: ${s}`) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 120 }), sentence, fc.array(sentence, { maxLength: 3 })).map(([n, s, more]) => `  ${n}. ${[s, ...more].join(' ')}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('    • ', '- ', '  (a) ', '  ii) ', '• '), sentence).map(([b, s]) => `${b}${s}`) },
  { weight: 2, arbitrary: sentence },
  { weight: 1, arbitrary: soup(20) },
  { weight: 1, arbitrary: fc.constant('') },
);

/**
 * Decision-like random text: usually a title line with a case number, then random header lines,
 * headings, numbered and bulleted paragraphs, sentences with amounts, and noise.
 */
export const decisionishText: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.tuple(fc.constantFrom('Anytown Council', 'Kent County Council', 'London Borough of Enfield', 'Hollybank Care Limited', ''),
      fc.constantFrom('23 001 002', '16 010 636c', '22010680', '22-010-680', '12 345 67')).map(([org, c]) => `${org} (${c})`), { freq: 6 }),
    fc.array(line, { maxLength: 40 }),
    fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'),
  )
  .map(([title, lines, sep]) => [...(title === null ? [] : [title]), ...lines].join(sep));

type Edit =
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'swap'; a: number; b: number; len: number }
  | { op: 'noise'; at: number; chars: string }
  | { op: 'truncate'; at: number }
  | { op: 'swapLines'; a: number; b: number };

/** Positions are taken modulo the current length, so an edit applies to any text. */
/** A position anywhere (not biased towards the start, as fc.nat() is). */
const anywhere = fc.noBias(fc.nat());
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: anywhere, len: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: anywhere, len: fc.integer({ min: 1, max: 800 }), to: anywhere }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swap' as const), a: anywhere, b: anywhere, len: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('noise' as const), at: anywhere, chars: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...TOKENS)) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: anywhere }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: anywhere, b: anywhere }) },
);

function applyEdit(text: string, e: Edit): string {
  const n = text.length;
  const pos = (k: number) => (n === 0 ? 0 : k % (n + 1));
  switch (e.op) {
    case 'delete': {
      const at = pos(e.at);
      return text.slice(0, at) + text.slice(at + e.len);
    }
    case 'duplicate': {
      const at = pos(e.at);
      const piece = text.slice(at, at + e.len);
      const to = pos(e.to);
      return text.slice(0, to) + piece + text.slice(to);
    }
    case 'swap': {
      const [a, b] = [pos(e.a), pos(e.b)].sort((x, y) => x - y) as [number, number];
      const len = Math.min(e.len, b - a);
      if (len <= 0) return text;
      return text.slice(0, a) + text.slice(b, b + len) + text.slice(a + len, b) + text.slice(a, a + len) + text.slice(b + len);
    }
    case 'noise': {
      const at = pos(e.at);
      return text.slice(0, at) + e.chars + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, pos(e.at));
    case 'swapLines': {
      const lines = text.split('\n');
      const a = e.a % lines.length;
      const b = e.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

/** A real decision after 1-8 random edits (deletions, duplications, swaps, noise, truncation). */
export function mutatedDecision(): fc.Arbitrary<string> {
  return fc
    .tuple(realDecision(), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
}

/** A printed amount: "£300", "£1,250.50", "£62.5", "£ 40", "£2k", "£1.5 million". */
export const printedAmount: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => `£${n.toLocaleString('en-GB')}`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `£${n}`),
  fc.tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 99 })).map(([p, c]) => `£${p.toLocaleString('en-GB')}.${String(c).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 })).map(([p, c]) => `£${p}.${c}`),
  fc.integer({ min: 1, max: 999 }).map((n) => `£ ${n}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `£${n}k`),
  fc.integer({ min: 1, max: 9 }).map((n) => `£${n}.5 million`),
);

/** A sentence carrying an amount, of the kinds decisions print. */
const amountSentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(
    'The Council will pay Mrs X {A} for the distress caused.',
    'pay Mr Y {A} to acknowledge his time and trouble;',
    'The Council had already paid Mrs X {A}.',
    'Mrs X wants {A} in compensation.',
    'The Council offered {A}, which I consider is appropriate.',
    'a total of {A}, made up of {A} for distress and {A} for time and trouble.',
    'This is in addition to the {A} it has already paid.',
    'The invoice was for {A}.',
    '{A}',
    'pay {A} and {A} and {A}',
  ), fc.array(printedAmount, { minLength: 3, maxLength: 3 }))
  .map(([template, amounts]) => {
    let k = 0;
    return template.replace(/\{A\}/g, () => amounts[k++ % 3]!);
  });

/**
 * A real decision with 1-30 amounts put in at random places: bare, or in a sentence; half the
 * time as new numbered paragraphs of its action section, when it has one.
 */
export function decisionWithAmounts(): fc.Arbitrary<string> {
  return fc
    .tuple(
      realDecision(),
      fc.array(fc.tuple(anywhere, fc.oneof(printedAmount.map((a) => ` ${a} `), amountSentence.map((s) => ` ${s} `))), { minLength: 1, maxLength: 30 }),
      fc.array(amountSentence, { maxLength: 6 }),
    )
    .map(([original, inserts, actionItems]) => {
      let text = original;
      for (const [at, piece] of inserts) {
        const k = at % (text.length + 1);
        text = text.slice(0, k) + piece + text.slice(k);
      }
      const action = /\n(Agreed action|Recommendations?|Action)\n/.exec(text);
      if (action && actionItems.length) {
        const at = action.index + action[0].length;
        text = `${text.slice(0, at)}\n${actionItems.map((s, n) => `  ${90 + n}. ${s}`).join('\n')}\n${text.slice(at)}`;
      }
      return text;
    });
}
