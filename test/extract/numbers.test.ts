import { describe, expect, it } from 'vitest';
import { wordToNumber } from '../../src/extract/numbers.js';

describe('number words (compromise on the matched phrase only)', () => {
  it.each([
    ['four', 4], ['twenty-eight', 28], ['twenty eight', 28], ['28', 28], ['an', 1], ['a', 1], ['both', 2],
    ['three hundred and fifty', 350], ['Twelve', 12],
  ])('%s -> %d', (word, n) => expect(wordToNumber(word)).toBe(n));

  it.each(['council', '', 'several'])('%s is not a number', (word) => expect(wordToNumber(word)).toBeNull());
});
