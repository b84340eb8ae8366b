/**
 * Number words to numbers with compromise, run only on the short phrases the extractors' patterns
 * found ("four", "twenty-eight", "three hundred and fifty"), never on whole documents. compromise
 * is loaded on first use (it takes ~0.3 s) and each phrase is parsed once per process.
 */
import { createRequire } from 'node:module';
import { ARTICLES, COUNT_WORDS } from './data/number-words.js';
import { memoize } from './memo.js';

type Nlp = (text: string) => { numbers: () => { get: () => unknown } };

const require = createRequire(import.meta.url);
let nlp: Nlp | null = null;

/** A lower-case number phrase -> its value by compromise (loaded on first use); null if it is not one number. */
const parseNumberWords = memoize((w: string): number | null => {
  nlp ??= require('compromise') as Nlp;
  const found = nlp(w).numbers().get();
  return Array.isArray(found) && found.length === 1 && typeof found[0] === 'number' ? found[0] : null;
}, 10_000);

/** "four" -> 4, "twenty-eight" -> 28, "28" -> 28, "an" -> 1, "both" -> 2; null for anything else. */
export function wordToNumber(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in ARTICLES) return ARTICLES[w]!;
  if (w in COUNT_WORDS) return COUNT_WORDS[w]!;
  return parseNumberWords(w);
}
