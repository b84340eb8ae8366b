/**
 * Number words as data: the pattern that finds the small cardinals decisions print for periods
 * ("within four weeks") and counts of people ("two men", "each of the three children"); their
 * values come from compromise (src/extract/numbers.ts).
 */

/** Articles that stand for one ("within a month"). */
export const ARTICLES: Readonly<Record<string, number>> = { a: 1, an: 1 };

/** Words that stand for a count without being a cardinal. */
export const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, couple: 2, pair: 2 };

/** Alternation of the number words and digits, longest first ("twenty-eight" before "twenty"). */
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;
