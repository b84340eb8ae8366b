/**
 * The cheap tests that spare the extractors work must never change what they find: a sentence
 * without a £ holds no amount, and a run of words whose first word starts no council's name is
 * no council. Checked against the full work on every bundled decision, every name variant of the
 * data file and odd spellings, so a change to the patterns or to normaliseName that breaks the
 * reasoning fails here.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { AMOUNT } from '../../src/extract/data/payment-patterns.js';
import { LOCAL_AUTHORITIES, lookupAuthority, mayNameAuthority, nameVariants } from '../../src/extract/organisation-names.js';
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
