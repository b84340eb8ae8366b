/**
 * A saved lgo.org.uk decision page (or a fragment of one) -> line-based text shaped like the
 * corpus .txt files: blocks separated by one blank line, list items as "  1. text" / "    • text".
 */
import { parseDocument } from 'htmlparser2';
import { hasChildren, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { modelPage } from './html-chrome.js';

/** Elements that start and end a block of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'details', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Inside these, blocks are separated by a line break rather than a blank line. */
const LINE_CONTEXT = new Set(['ol', 'ul', 'dl', 'table']);
const BULLET = '•';
/** Deeper lists are indented as this depth (real decisions nest two or three levels). */
const MAX_LIST_INDENT_DEPTH = 8;
const SPACE_RUN = /[\s\u00a0]+/g;

interface ListState {
  ordered: boolean;
  next: number;
  step: number;
  type: string;
}

/** Marker for item number `n` in an `<ol type=...>` list. */
function orderedMarker(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return `${type === 'A' ? s.toUpperCase() : s || String(n)}.`;
  }
  if ((type === 'i' || type === 'I') && n > 0 && n < 4000) {
    const parts: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
      [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let s = '';
    let k = n;
    for (const [v, r] of parts) for (; k >= v; k -= v) s += r;
    return `${type === 'I' ? s.toUpperCase() : s}.`;
  }
  return `${n}.`;
}

function intAttr(el: Element, name: string): number | null {
  const n = Number.parseInt(el.attribs[name] ?? '', 10);
  return Number.isFinite(n) ? n : null;
}

class TextBuilder {
  readonly lines: string[] = [];
  private inline = '';
  /** Printed before the next line: an item's marker, then its continuation indent. */
  private prefix = '';
  private continuation = '';
  private blank = false;
  lineContext = 0;

  text(s: string): void {
    this.inline += s;
  }

  line(): void {
    const text = this.inline.replace(SPACE_RUN, ' ').trim();
    this.inline = '';
    if (text) this.push(this.prefix + text);
  }

  private push(line: string): void {
    if (this.blank && this.lines.length) this.lines.push('');
    this.lines.push(line);
    this.blank = false;
    this.prefix = this.continuation;
  }

  block(): void {
    this.line();
    if (this.lineContext === 0) this.blank = true;
  }

  /** Start a list item: its first line gets `marker`, later lines align under its text. */
  startItem(indent: number, marker: string): [string, string] {
    this.line();
    const saved: [string, string] = [this.prefix, this.continuation];
    this.prefix = `${' '.repeat(indent)}${marker} `;
    this.continuation = ' '.repeat(this.prefix.length);
    return saved;
  }

  endItem(saved: [string, string]): void {
    this.line();
    [this.prefix, this.continuation] = saved;
  }

  /** A nested list starting before its item printed any text: print the bare marker. */
  flushBareMarker(): void {
    this.line();
    if (this.prefix.trim() && this.prefix !== this.continuation) this.push(this.prefix.trimEnd());
  }
}

/** Convert decision page HTML to text; never evaluates or prints scripts, styles or attributes. */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const { dropped, root } = modelPage(doc);
  const out = new TextBuilder();
  const lists: ListState[] = [];
  type Frame = { node: AnyNode; exit?: () => void };
  const stack: Frame[] = [];
  const pushChildren = (node: AnyNode): void => {
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
  };
  pushChildren(root);
  let pre = 0;

  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const { node } = frame;
    if (isText(node)) {
      const parts = pre > 0 ? node.data.split('\n') : [node.data];
      parts.forEach((part, i) => {
        if (i > 0) out.line();
        out.text(part);
      });
      continue;
    }
    if (!isTag(node) || dropped.has(node)) continue;
    const name = node.name;
    if (name === 'br') {
      out.line();
      continue;
    }
    const exits: Array<() => void> = [];
    if (name === 'ol' || name === 'ul') {
      if (lists.length) out.flushBareMarker();
      const reversed = name === 'ol' && 'reversed' in node.attribs;
      const count = node.children.filter((c) => isTag(c) && c.name === 'li').length;
      const start = intAttr(node, 'start') ?? (reversed ? count : 1);
      lists.push({ ordered: name === 'ol', next: start, step: reversed ? -1 : 1, type: node.attribs['type'] ?? '1' });
      exits.push(() => void lists.pop());
    } else if (name === 'li') {
      const list = lists[lists.length - 1];
      let marker = BULLET;
      if (list?.ordered) {
        const n = intAttr(node, 'value') ?? list.next;
        list.next = n + list.step;
        marker = orderedMarker(n, list.type);
      }
      const saved = out.startItem(2 * Math.min(Math.max(1, lists.length), MAX_LIST_INDENT_DEPTH), marker);
      exits.push(() => out.endItem(saved));
    } else if (name === 'pre') {
      pre++;
      exits.push(() => void pre--);
    }
    if (BLOCK_TAGS.has(name)) {
      out.block();
      exits.unshift(() => out.block());
    }
    if (LINE_CONTEXT.has(name)) {
      out.lineContext++;
      exits.unshift(() => void out.lineContext--);
    }
    stack.push({ node, exit: () => exits.forEach((fn) => fn()) });
    pushChildren(node);
  }
  out.block();
  return out.lines.join('\n');
}
