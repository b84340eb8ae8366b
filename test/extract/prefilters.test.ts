/**
 * The cheap tests that spare the extractors work must never change what they find: a sentence
 * without a £ holds no amount, a run of words whose first word starts no council's name is no
 * council, and neither is one whose word before "Council" ends no council's name. Checked against the full work on every bundled decision, every name variant of the
 * data file and odd spellings, so a change to the patterns or to normaliseName that breaks the
 * reasoning fails here.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { AMOUNT } from '../../src/extract/data/payment-patterns.js';
import { LOCAL_AUTHORITIES, lookupAuthority, mayEndAuthorityName, mayNameAuthority, nameVariants } from '../../src/extract/organisation-names.js';
import { extractOrganisations } from '../../src/extract/organisations.js';
import { parseText } from '../../src/parse/index.js';
import { proposePayments } from '../../src/extract/payments.js';
import { allMatches, alwaysStartsWith } from '../../src/extract/regex.js';
import { corpusDoc, corpusFiles, corpusText } from '../helpers/corpus.js';

describe('alwaysStartsWith', () => {
  it('is true only when every alternative starts with the literal, which no quantifier makes optional', () => {
    expect(alwaysStartsWith(AMOUNT, '£')).toBe(true);
    expect(alwaysStartsWith(/£\d+(?:k|m)|x/, '£')).toBe(false);
    expect(alwaysStartsWith(/(?:£|GBP )\d/, '£')).toBe(false);
    expect(alwaysStartsWith(/£?\d/, '£')).toBe(false);
    expect(alwaysStartsWith(/£*\d/, '£')).toBe(false);
    expect(alwaysStartsWith(/£[|]\d|/, '£')).toBe(false);
    expect(alwaysStartsWith(/£[|(]\d\|/, '£')).toBe(true);
    expect(alwaysStartsWith(/ab/i, 'a')).toBe(false);
  });
});

describe('proposePayments scans only sentences with a £', () => {
  it('finds exactly the amounts a scan of every sentence finds', () => {
    for (const file of corpusFiles()) {
      const ctx = createContext(corpusDoc(file));
      const every = ctx.sentences.flatMap((s) => allMatches(AMOUNT, ctx.doc.text.slice(s.start, s.end)).map((m) => s.start + m.index));
      expect(proposePayments(ctx).map((p) => p.start), file).toEqual(every);
    }
  });
});

describe('mayNameAuthority before lookupAuthority', () => {
  const refusedButFound = (names: Iterable<string>) => [...names].filter((n) => !mayNameAuthority(n) && lookupAuthority(n) !== null);

  it('never refuses a name the data file knows, however it is written', () => {
    const names = LOCAL_AUTHORITIES.flatMap((a) => [a.name, ...a.aliases, ...nameVariants(a)]);
    const spellings = names.flatMap((n) => [n, n.toUpperCase(), `The ${n}`, n.replace(/ /g, '  '), n.replace(/s /, '’s '),
      n.replace(/ /, '-'), n.replace(/and/, '&'), `${n} (X)`, n.replace(/^(\w)/, '$1`'), n.replace(/ /, '\n')]);
    expect(refusedButFound(spellings)).toEqual([]);
  });

  it('refuses most runs of words before "Council" in real decisions, and none that name a council', () => {
    const runs: string[] = [];
    for (const file of corpusFiles()) {
      const text = corpusText(file);
      for (const m of text.matchAll(/\b(?:Council|Corporation)\b/g)) {
        const before = text.slice(Math.max(0, m.index - 120), m.index + m[0].length);
        for (const w of before.matchAll(/[A-Za-z0-9][\w’'&-]*/g)) runs.push(before.slice(w.index));
      }
    }
    expect(refusedButFound(runs)).toEqual([]);
    expect(runs.filter((r) => !mayNameAuthority(r)).length).toBeGreaterThan(runs.length / 2);
  });
});

describe('mayEndAuthorityName before the lookups of the words before "Council"', () => {
  /** Every run of words before a "Council"/"Corporation" of `text` the pre-check refused but the data file knows. */
  const refusedButFound = (text: string): string[] => {
    const out: string[] = [];
    for (const m of text.matchAll(/\b(?:Council|Corporation)\b/g)) {
      if (mayEndAuthorityName(text, 0, m.index)) continue;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 120), end);
      for (const w of before.matchAll(/[A-Za-z0-9][\w’'&-]*/g)) {
        const run = before.slice(w.index);
        if (lookupAuthority(run) !== null) out.push(run);
      }
    }
    return out;
  };

  it('never refuses a name the data file knows, however it is written and whatever comes before it', () => {
    const names = LOCAL_AUTHORITIES.flatMap((a) => [a.name, ...a.aliases, ...nameVariants(a)])
      .filter((n) => /\b(?:council|corporation)$/i.test(n))
      .map((n) => n.replace(/\b(council|corporation)$/i, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()));
    const spellings = names.flatMap((n) => [n, n.toUpperCase().replace(/(COUNCIL|CORPORATION)$/, (w) => w[0] + w.slice(1).toLowerCase()),
      n.replace(/ (?=\S+$)/, '  '), n.replace(/ (?=\S+$)/, '\n'), n.replace(/s (?=\S+$)/, 's’ '), n.replace(/ and /, ' & '),
      n.replace(/ (?=\S+$)/, ', '), n.replace(/ (?=\S+$)/, '-'), n.replace(/^(\w)/, '$1`')]);
    const texts = spellings.flatMap((n) => [`Mrs X complained to ${n} about it.`, n, `the ${n}`]);
    expect(texts.flatMap(refusedButFound)).toEqual([]);
  });

  it('refuses most "Council"s of real decisions, and none after words that name a council', () => {
    let refused = 0;
    let all = 0;
    for (const file of corpusFiles()) {
      const text = corpusText(file);
      expect(refusedButFound(text), file).toEqual([]);
      for (const m of text.matchAll(/\b(?:Council|Corporation)\b/g)) {
        all++;
        if (!mayEndAuthorityName(text, 0, m.index)) refused++;
      }
    }
    expect(refused).toBeGreaterThan(all * 0.8);
  });

  it('answers "look it up" when unsure: no white space before, a character outside ASCII, a word cut by the window', () => {
    expect(mayEndAuthorityName('the-Council', 0, 4)).toBe(true);
    expect(mayEndAuthorityName('the Kélt Council', 0, 10)).toBe(true);
    const long = `${'x'.repeat(80)} Council`;
    expect(mayEndAuthorityName(long, 0, long.indexOf('Council'))).toBe(true);
    expect(mayEndAuthorityName('complained to the Council', 0, 18)).toBe(false);
  });
});

describe('title-name patterns, compiled once per name', () => {
  it('find every later use of the title name, also in a decision read again after others', () => {
    const docs = corpusFiles().map((f) => corpusDoc(f)).filter((d) => (d.header.organisations[0]?.value ?? '').includes(' '))
      .map((d) => parseText(`${d.text}\n\nWe wrote to ${d.header.organisations[0]!.value.toUpperCase()} again.`, d.file));
    expect(docs.length).toBeGreaterThan(20);
    const first = extractOrganisations(docs[0]!);
    for (const doc of docs) {
      const named = extractOrganisations(doc).filter((m) => m.rule === 'title_name');
      expect(named.map((m) => m.end), doc.file).toContain(doc.text.length - ' again.'.length);
    }
    expect(extractOrganisations(docs[0]!)).toEqual(first);
  });
});
