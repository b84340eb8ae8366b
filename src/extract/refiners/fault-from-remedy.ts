/**
 * Refiner: a remedy the organisation agrees to (or the Ombudsman recommends) is an accepted
 * fault. When no sentence and no printed outcome settled `fault`, the first remedy of the
 * decision settles it, and with it `investigated` when that is unknown too: "The care provider
 * will also apologise to Mrs W and make a symbolic payment ..." with no word of "fault" is still
 * a finding against it. A decision that declines to investigate says so, and settles the
 * question before this runs; the remedy is the evidence of the finding it adds.
 */
import { type ExtractContext, mention } from '../context.js';
import type { Extraction, FindingMention } from '../../types.js';

export function faultFromRemedy(ctx: ExtractContext, x: Extraction): FindingMention | null {
  const first = x.remedies[0];
  if (x.fault !== null || !first) return null;
  x.fault = true;
  x.investigated ??= true;
  return mention(ctx, 'finding', { fault: true, investigated: x.investigated }, first, 'remedy_implies_fault', first.section);
}
