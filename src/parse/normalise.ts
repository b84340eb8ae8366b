/**
 * One canonical text per document: line-based, paragraph breaks kept, boilerplate removed.
 * Every offset produced later points into the string returned here.
 */
import { isBoilerplate } from './boilerplate.js';
import { hasHeadingForm, headingKind } from './headings.js';

/** A line of a table of contents: a list marker and a short heading. */
const TOC_ITEM = /^\s*(?:[-•*]|\d{1,2}\.)\s+(?<text>\S.{0,80})$/;
/** A table of contents ends where the decision proper starts. */
const DECISION_START = /^(the ombudsm[ae]n'?s'? final decision|summary)\b/i;

export function normaliseText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/\t/g, '    ')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => !isBoilerplate(line.trim()));
  const kept = dropTableOfContents(lines);
  const out: string[] = [];
  for (const line of kept) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Drop a table of contents near the top: a run of two or more short list items, before the
 * decision starts, each of which has the form of a heading and is either repeated later as a
 * heading line of its own or names a known section (a partial page may stop before it).
 */
function dropTableOfContents(lines: string[]): string[] {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    if (DECISION_START.test(lines[i]!.trim())) break;
    let j = i;
    while (j < lines.length && TOC_ITEM.test(lines[j]!)) j++;
    if (j - i < 2) continue;
    const later = new Set(lines.slice(j).map((line) => canonical(line)));
    const items = lines.slice(i, j).map((line) => TOC_ITEM.exec(line)!.groups!.text!.trim());
    const isEntry = (item: string) => hasHeadingForm(item) && (later.has(canonical(item)) || headingKind(item) !== null);
    if (items.every(isEntry)) return [...lines.slice(0, i), ...lines.slice(j)];
    i = j;
  }
  return lines;
}

function canonical(line: string): string {
  return line.trim().toLowerCase().replace(/[‘’]/g, "'");
}
