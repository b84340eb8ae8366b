/**
 * Words around dates, as data: qualifiers printed before a month ("early February 2024", "the
 * third week of July 2023"), named days and seasons chrono does not read ("Christmas 2023",
 * "summer 2024"), and the words that make a year part of a title rather than an event.
 */

export interface DateQualifier {
  /** Group `q` is the qualifier as printed (normalised to lower case, single spaces). */
  match: RegExp;
  reason: string;
}

/** Tried against the text just before a month; each pattern ends at the month. */
export const QUALIFIERS: readonly DateQualifier[] = [
  { match: /\b(?:the\s+)?(?<q>(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half)\s+of)\s+$/i, reason: 'a week or half of the month' },
  { match: /\b(?:the\s+)?(?<q>(?:end|beginning|start|middle|close|turn)\s+of)\s+$/i, reason: 'part of the month' },
  { match: /\b(?<q>early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?$/i, reason: 'early / mid / late ("early in October")' },
];

/** Chrono reads "end of November 2024" as the last day; these prefixes inside its text are qualifiers. */
export const QUALIFIER_INSIDE = /^(?:the\s+)?(?<q>(?:end|beginning|start|middle)\s+of)\s+/i;

export interface NamedDate {
  match: RegExp;
  /** Month (1-12) and day, or day null for a month-precision period. */
  month: number;
  day: number | null;
  qualifier: string;
  reason: string;
}

/** "<name> <year>": named days and seasons. */
export const NAMED_DATES: readonly NamedDate[] = [
  { match: /\b(?<q>Christmas(?:\s+Day)?)\s+(?<year>(?:19|20)\d{2})\b/g, month: 12, day: 25, qualifier: 'Christmas', reason: 'Christmas Day' },
  { match: /\b(?<q>Christmas\s+Eve)\s+(?<year>(?:19|20)\d{2})\b/g, month: 12, day: 24, qualifier: 'Christmas Eve', reason: 'Christmas Eve' },
  { match: /\b(?<q>New\s+Year['’]s\s+Day)\s+(?<year>(?:19|20)\d{2})\b/g, month: 1, day: 1, qualifier: 'New Year', reason: 'New Year’s Day' },
  { match: /\b(?<q>spring)\s+(?:of\s+)?(?<year>(?:19|20)\d{2})\b/gi, month: 3, day: null, qualifier: 'spring', reason: 'season' },
  { match: /\b(?<q>summer)\s+(?:of\s+)?(?<year>(?:19|20)\d{2})\b/gi, month: 6, day: null, qualifier: 'summer', reason: 'season' },
  { match: /\b(?<q>autumn)\s+(?:of\s+)?(?<year>(?:19|20)\d{2})\b/gi, month: 9, day: null, qualifier: 'autumn', reason: 'season' },
  { match: /\b(?<q>winter)\s+(?:of\s+)?(?<year>(?:19|20)\d{2})\b/gi, month: 12, day: null, qualifier: 'winter', reason: 'season' },
];

/** A bare year chrono does not read: "since 2017", "in 2021", "during 2019". */
export const BARE_YEAR = /\b(?<lead>in|since|from|during|until|till|by|before|after|throughout|early|mid|late|of|between|and)\s+(?:-\s*)?(?<year>(?:19|20)\d{2})\b(?!\s*(?:Act|Regulations|Order|Rules|Code)\b)(?![\d/:-])/gi;

/** A year directly after one of these is a title's year ("Children Act 1989", "Regulations 2005"). */
export const TITLE_YEAR_BEFORE = /\b(?:Act|Acts|Regulations|Order|Rules|Code|Measure|Directions|Guidance|Framework|Strategy|Policy|Plan|Report)\s*,?\s*\(?$/;

/** Text a sentence must contain before chrono is run on it: a month name, a year or a numeric date. */
export const DATE_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|spring|summer|autumn|winter)\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;
