/**
 * Web-page and print boilerplate that is not part of a decision, as data: {match, reason}.
 * A line is dropped from the normalised text when its whole trimmed content matches.
 */
export interface LineRule {
  match: RegExp;
  reason: string;
}

export const BOILERPLATE_LINES: readonly LineRule[] = [
  { match: /^back to top$/i, reason: 'in-page navigation link' },
  { match: /^print this page$/i, reason: 'print control' },
  { match: /^(lgo|lgsco|ombudsman) logo(gram|type)?$/i, reason: 'logo alt text' },
  { match: /^skip to (main )?content$/i, reason: 'skip link' },
  { match: /^(review your )?privacy settings$/i, reason: 'cookie banner' },
  { match: /^(view )?(required|analytical|functional|marketing|necessary) cookies$/i, reason: 'cookie banner' },
  { match: /^these cookies enable the website to function properly\b/i, reason: 'cookie banner' },
  { match: /^google analytics cookies help us\b/i, reason: 'cookie banner' },
  { match: /^we recommend you set these '?on'?\.?$/i, reason: 'cookie banner' },
  { match: /^in using google analytics, we do not collect\b/i, reason: 'cookie banner' },
  { match: /^(accept|reject) (all )?(optional |analytical )?cookies$/i, reason: 'cookie banner' },
  { match: /^(save|close) (and close|settings|preferences)$/i, reason: 'cookie banner' },
  { match: /^we use cookies\b.*\bwebsite\b/i, reason: 'cookie banner' },
  { match: /^(on|off)$/i, reason: 'cookie toggle' },
  { match: /^share (this )?(page|decision)$/i, reason: 'share control' },
  { match: /^page \d+ of \d+$/i, reason: 'print page footer' },
];

/** The decision's signature line ("Investigator's decision on behalf of the Ombudsman"). */
export const SIGNATURE_LINE = /^(?:[\w’' -]+)?decision on behalf of the ombudsm[ae]n$/i;

export function isBoilerplate(content: string): boolean {
  return BOILERPLATE_LINES.some((rule) => rule.match.test(content));
}
