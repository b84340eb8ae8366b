/**
 * Which parts of a saved decision page are the decision: elements that are page chrome
 * (scripts, forms, navigation, cookie banners, logos ...) and the element that holds the content.
 */
import { hasChildren, isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

/** Elements never part of the decision text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'map', 'form', 'button', 'input', 'select', 'option',
  'textarea', 'label', 'dialog', 'nav', 'menu', 'header', 'footer', 'aside', 'img', 'picture', 'head',
  'title', 'meta', 'link', 'base',
]);

/** `header` / `footer` inside these are the section's own (kept); elsewhere they are site chrome. */
const SECTIONING = new Set(['article', 'main', 'section']);

/** Words in an id or class naming page chrome ("ccc" is Civic Cookie Control, used on lgo.org.uk). */
const CHROME_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'privacy', 'gdpr', 'ccc', 'nav', 'navbar', 'navigation', 'menu',
  'breadcrumb', 'breadcrumbs', 'skip', 'skiplink', 'skiplinks', 'share', 'sharing', 'social', 'print',
  'logo', 'masthead', 'toolbar', 'sidebar',
]);
/** Words in an aria-label naming page chrome. */
const CHROME_LABEL = /\b(?:cookies?|consent|privacy|breadcrumbs?|navigation|menu|share|print|logo|skip)\b/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'complementary', 'menu', 'menubar']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Words in an id or class naming the content container, best first. */
const CONTENT_WORDS = [['decision', 'decisions'], ['content', 'maincontent']] as const;
/** A candidate container must hold this share of the page's kept text to be chosen. */
const ROOT_MIN_SHARE = 0.4;
/** A form (e.g. an ASP.NET page-wide form) is kept when it holds this share of the text. */
const FORM_MIN_SHARE = 0.5;

/** Lower-case words of the id and class attributes: "siteNav cookie-banner" -> site, nav, cookie, banner. */
function attrWords(el: Element): string[] {
  const raw = `${el.attribs['id'] ?? ''} ${el.attribs['class'] ?? ''}`;
  return raw.split(/[\s_\-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Chrome judged from the element alone (not its size or position). */
function isChromeElement(el: Element, inSection: boolean): boolean {
  const name = el.name.toLowerCase();
  if ((name === 'header' || name === 'footer') && inSection) return false;
  if (name !== 'form' && DROP_TAGS.has(name)) return true;
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test(a['style'] ?? '')) return true;
  if (CHROME_ROLES.has((a['role'] ?? '').toLowerCase())) return true;
  if (CHROME_LABEL.test(a['aria-label'] ?? '')) return true;
  return attrWords(el).some((w) => CHROME_WORDS.has(w));
}

export interface PageModel {
  /** Kept text length (non-space characters) under each element, chrome excluded. */
  size: Map<AnyNode, number>;
  dropped: Set<Element>;
  root: ParentNode;
}

/** One iterative post-order pass: mark chrome, measure kept text, then choose the content root. */
export function modelPage(doc: ParentNode): PageModel {
  const size = new Map<AnyNode, number>();
  const dropped = new Set<Element>();
  const forms: Element[] = [];
  const stack: Array<{ node: AnyNode; inSection: boolean; done: boolean }> = [{ node: doc, inSection: false, done: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (isText(node)) {
      size.set(node, node.data.replace(/\s+/g, '').length);
      continue;
    }
    if (!hasChildren(node)) continue;
    if (frame.done) {
      let total = 0;
      for (const child of node.children) if (!(isTag(child) && dropped.has(child))) total += size.get(child) ?? 0;
      size.set(node, total);
      continue;
    }
    if (isTag(node) && isChromeElement(node, frame.inSection)) {
      dropped.add(node);
      continue;
    }
    if (isTag(node) && node.name.toLowerCase() === 'form') forms.push(node);
    const inSection = frame.inSection || (isTag(node) && SECTIONING.has(node.name.toLowerCase()));
    stack.push({ ...frame, done: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inSection, done: false });
  }
  const root = chooseRoot(doc, size, dropped);
  const rootSize = size.get(root) ?? 0;
  for (const form of forms) if ((size.get(form) ?? 0) < FORM_MIN_SHARE * rootSize) dropped.add(form);
  return { size, dropped, root };
}

function chooseRoot(doc: ParentNode, size: Map<AnyNode, number>, dropped: Set<Element>): ParentNode {
  const elements: Element[] = [];
  const walk: AnyNode[] = [doc];
  while (walk.length) {
    const node = walk.pop()!;
    if (isTag(node)) {
      if (dropped.has(node)) continue;
      elements.push(node);
    }
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) walk.push(node.children[i]!);
  }
  const body = elements.find((el) => el.name.toLowerCase() === 'body') ?? doc;
  const minimum = ROOT_MIN_SHARE * (size.get(body) ?? 0);
  const tests: Array<(el: Element) => boolean> = [
    (el) => el.name.toLowerCase() === 'main',
    (el) => (el.attribs['role'] ?? '').toLowerCase() === 'main',
    (el) => el.name.toLowerCase() === 'article',
    ...CONTENT_WORDS.map((words) => (el: Element) => attrWords(el).some((w) => (words as readonly string[]).includes(w))),
  ];
  for (const test of tests) {
    const found = elements.find((el) => test(el) && (size.get(el) ?? 0) >= minimum && minimum > 0);
    if (found) return found;
  }
  return body;
}
