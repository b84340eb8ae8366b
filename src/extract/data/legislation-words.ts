/**
 * Words for reading Act names, as data. An Act's name is a run of capitalised words (joined by
 * the small words below) before "Act <year>"; a run often starts with words that are not part of
 * the name ("Under the Children Act 1989", "Section 17 of the Children Act 1989").
 */

/** Lower-case words allowed inside a name: "Children and Families", "Protection from Harassment". */
export const NAME_JOINERS = ['and', 'of', 'for', 'the', 'from', 'in', 'on', 'to', 'with'] as const;

/** Capitalised words that start a sentence or a citation, never a name; dropped from the left. */
export const LEADING_NON_NAME = new Set([
  'the', 'under', 'in', 'see', 'part', 'parts', 'section', 'sections', 'schedule', 'schedules', 'chapter', 'regulation',
  'regulations', 'paragraph', 'both', 'and', 'of', 'for', 'as', 'by', 'with', 'since', 'following', 'after', 'before',
  'this', 'that', 'these', 'also', 'whilst', 'while', 'when', 'where', 'its', 'our', 'their', 'his', 'her', 'from', 'to',
  'on', 'a', 'an', 'however', 'although', 'because', 'if', 'we', 'i', 'it', 'there', 's', 'ss', 'sch', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'despite', 'according', 'including', 'unlike', 'per', 'via', 'regarding', 'concerning', 'within',
  'throughout', 'during', 'given', 'whether', 'through', 'because', 'so', 'then', 'such', 'any', 'each', 'all', 'both',
]);

/** Year range accepted for an Act: old statutes (Poor Relief Act 1601) to the near future. */
export const YEAR_MIN = 1500;
export const YEAR_MAX = 2100;
