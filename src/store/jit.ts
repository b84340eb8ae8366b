/**
 * V8's inlining budget while decisions are parsed and extracted. TurboFan inlines up to 920
 * bytecodes into each function it optimises by default; the extractors are many mid-sized
 * functions around regular expressions, so each optimisation of one (extractPeople,
 * extractFindings, ...) compiled most of its callees again, and a worker spent ~6 s of
 * background compilation warming up. At 300 the same ingest spends ~25% less CPU on V8's
 * platform threads (10,000 bench decisions, 2 workers, three interleaved pairs: 1.16, 1.01, 1.15
 * -> 0.86, 0.86, 0.81 ms per decision) and the warmed-up code runs as fast (one thread, three
 * runs of four rounds: 2.61 -> 2.55 ms per decision after the first round). The flag is
 * process-wide (every worker shares it) and read whenever a function is optimised, so it is set
 * before the first worker starts; a value given on the command line or in NODE_OPTIONS wins.
 */
import { setFlagsFromString } from 'node:v8';

const FLAG = '--max-inlined-bytecode-size-cumulative';
const VALUE = 300;

/** The flag to set, or null when the command line or NODE_OPTIONS already gives one (theirs wins). */
export function inliningFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  return given.some((arg) => arg.replace(/_/g, '-').startsWith(FLAG)) ? null : `${FLAG}=${VALUE}`;
}

/** Set the inlining budget (before workers start: they share V8's flags; setting it again is harmless). */
export function tuneJitForExtraction(): void {
  const flag = inliningFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}
