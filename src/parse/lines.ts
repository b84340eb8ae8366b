/**
 * Tokenise normalised text into lines with their list markers. Every offset is into the text.
 * A paragraph's span starts after its marker: "  12. We investigate" -> number "12", content "We investigate".
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last non-space character (exclusive). */
  end: number;
  /** Offset of the content after indentation and any marker. */
  contentStart: number;
  indent: number;
  number: string | null;
  bullet: string | null;
  blank: boolean;
}

/** "12. text" — a printed paragraph number (1–3 digits, then a dot or bracket). */
const NUMBER_MARKER = /^(?<indent>[ \t]*)(?<number>\d{1,3})[.)][ \t]+(?=\S)/;
/** "- text", "• text", "(a) text", "a) text", "(iv) text". */
const BULLET_MARKER =
  /^(?<indent>[ \t]*)(?<bullet>[-•●▪◦‣∙*–]|\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\))[ \t]+(?=\S)/;

export function tokenizeLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    lines.push(lineAt(text, start, stop));
    start = stop + 1;
  }
  return lines;
}

function lineAt(text: string, start: number, stop: number): Line {
  const raw = text.slice(start, stop);
  let end = stop;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const indentMatch = /^[ \t]*/.exec(raw)!;
  const line: Line = {
    start,
    end,
    contentStart: start + indentMatch[0].length,
    indent: indentMatch[0].length,
    number: null,
    bullet: null,
    blank: end <= start + indentMatch[0].length,
  };
  if (line.blank) return line;
  const numbered = NUMBER_MARKER.exec(raw);
  if (numbered) {
    line.number = numbered.groups!.number!;
    line.contentStart = start + numbered[0].length;
    return line;
  }
  const bulleted = BULLET_MARKER.exec(raw);
  if (bulleted) {
    line.bullet = bulleted.groups!.bullet!;
    line.contentStart = start + bulleted[0].length;
  }
  return line;
}

export function lineText(text: string, line: Line): string {
  return text.slice(line.contentStart, line.end);
}

export function isMarked(line: Line): boolean {
  return line.number !== null || line.bullet !== null;
}
