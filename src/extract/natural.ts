/**
 * The parts of `natural` we use, loaded by their own module paths. Importing the package root
 * loads every module natural has (about a second) and pulls in dotenv, which prints to stdout on
 * import — and stdout carries our JSON. test/extract/natural.test.ts checks nothing is printed.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const distance = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  LevenshteinDistance: (a: string, b: string, options?: { insertion_cost?: number; deletion_cost?: number; substitution_cost?: number }) => number;
};

/** Edit distance between two strings (insertions, deletions and substitutions cost 1). */
export function levenshtein(a: string, b: string): number {
  return distance.LevenshteinDistance(a, b);
}
