/**
 * Number words as data: the small cardinals decisions print for periods ("within four weeks"),
 * counts of people ("two men", "each of the three children") and the like. Only what a decision
 * writes in words is listed; larger numbers are printed as digits.
 */

export const UNITS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that stand for a count without being a cardinal. */
export const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, couple: 2, pair: 2 };

/** Alternation of the number words and digits, longest first ("twenty-eight" before "twenty"). */
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;

/** "four" -> 4, "twenty-eight" -> 28, "28" -> 28, "an" -> 1; null for anything else. */
export function wordToNumber(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in UNITS) return UNITS[w]!;
  if (w in COUNT_WORDS) return COUNT_WORDS[w]!;
  const parts = w.split(/[\s-]+/);
  if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in UNITS) {
    const tens = UNITS[parts[0]!]!;
    const unit = UNITS[parts[1]!]!;
    if (tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  }
  return null;
}
