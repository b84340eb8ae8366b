import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html.js';

const ROOT = join(import.meta.dirname, '..', '..');
const corpus = (file: string): string => readFileSync(join(ROOT, 'corpus', file), 'utf8');
const fixture = (file: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'html', file), 'utf8');

/** Page chrome in the fixtures: none of it may reach the text. */
const CHROME = [
  'Skip to main content', 'Make a complaint', 'Information centre', 'Decisions archive', 'Home page',
  'Search this site', 'Share on Facebook', 'Share this decision', 'Email a friend', 'Sidebar related decision',
  'Accessibility', 'Site map', 'Website feedback', 'PO Box 4771', 'Copyright notice', 'Review your privacy settings',
  'Required cookies', 'Google Analytics', 'LGO logogram', 'Privacy settings', 'Accept all cookies', 'This website uses cookies',
  'gtag', 'dataLayer', 'CookieControl', 'function gtag', 'addEventListener', 'querySelector', '_gaq', 'schema.org', '@context', 'font-family', 'window.print',
  'Local Government and Social Care Ombudsman logo', 'Print this page', 'Menu',
];

function expectNoChrome(text: string): void {
  for (const chrome of CHROME) expect(text, chrome).not.toContain(chrome);
}

describe('saved lgo.org.uk decision pages', () => {
  it('numbered layout (23 015 499) comes out exactly as the copied page text, chrome removed', () => {
    const text = htmlToText(fixture('23-015-499.html'));
    const copied = corpus('23-015-499.txt');
    expect(text).toBe(copied.slice(0, copied.indexOf('\n\nPrint this page')));
    expectNoChrome(text);
  });

  it('keeps the header lines, summary, headings and numbering in order', () => {
    const lines = htmlToText(fixture('23-015-499.html')).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'Hampshire County Council (23 015 499)', '',
      "Category : Children's care services > Other", '',
      'Decision : Upheld', '',
      'Decision date : 16 May 2024', '',
      "The Ombudsman's final decision:", '',
      expect.stringMatching(/^Summary: We found fault with the Council’s early referral .* Miss X’s distress\.$/),
    ]);
    const analysis = lines.indexOf('Analysis');
    expect(lines.slice(analysis, analysis + 4)).toEqual([
      'Analysis', '',
      '  1. The Annex three of the Guidance specifies conditions for a referral of the complaint considered at stages one and two of the children’s statutory complaint procedure to the Local Government and Social Care Ombudsman without completing stage three. This is called an early referral and is acceptable only when:',
      '    • Stage two delivered a very robust report and a complete adjudication;',
    ]);
    expect(lines).toContain('    • Pay Miss X £100 for the distress caused by the Council’s fault. This is in addition to £50 offered by the Council for Miss X’s time and trouble when pursuing her complaint.');
    const numbers = lines.filter((l) => /^ {2}\d+\. /.test(l)).map((l) => Number.parseInt(l.trim(), 10));
    const expected = corpus('23-015-499.txt').split('\n').filter((l) => /^ {2}\d+\. /.test(l)).map((l) => Number.parseInt(l.trim(), 10));
    expect(numbers).toEqual(expected);
  });

  it('bullet layout (24 012 183): every paragraph in order, sub-items nested', () => {
    const text = htmlToText(fixture('24-012-183.html'));
    const got = text.split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*• /, ''));
    const want = corpus('24-012-183.txt').split('\n').filter((l) => l.trim()).map((l) => l.replace(/^- /, ''));
    expect(got).toEqual(want);
    expect(text).toContain('\n  • A child is in need if:\n    • they are unlikely to achieve');
    expect(text).toContain('\n    • they are disabled.\n  • Under the Children Act 1989');
    expect(text).toContain('\n\nSection 17 duties\n\n  • Section 17 of the Children Act 1989');
    expectNoChrome(text);
  });

  it('partial page (12 010 181) with a cookie banner before the decision', () => {
    const text = htmlToText(fixture('12-010-181.html'));
    const copied = corpus('12-010-181.txt');
    expect(copied.startsWith('Privacy settings')).toBe(true);
    expect(text).toBe(copied.slice(copied.indexOf('London Borough of Merton (12 010 181)')));
    expectNoChrome(text);
  });
});

describe('list markup', () => {
  it('honours start, value, reversed and type', () => {
    const html = '<ol start="12"><li>a</li><li value="20">b</li><li>c</li></ol><ol reversed><li>x</li><li>y</li></ol><ol type="a"><li>p</li><li>q</li></ol>';
    expect(htmlToText(html)).toBe('  12. a\n  20. b\n  21. c\n\n  2. x\n  1. y\n\n  a. p\n  b. q');
  });

  it('puts nested lists on their own lines and later paragraphs of an item under its text', () => {
    const html = '<ol><li><p>First para.</p><p>Second para.</p></li><li><ul><li>only a sub-list</li></ul></li></ol>';
    expect(htmlToText(html)).toBe('  1. First para.\n     Second para.\n  2.\n    • only a sub-list');
  });

  it('table cells, definition lists and <br> become lines; entities are decoded', () => {
    const html = '<table><tr><th>Payment</th><td>&pound;250</td></tr></table><dl><dt>Decision</dt><dd>Upheld&nbsp;&amp;&nbsp;closed</dd></dl><p>Line one<br>line&#8217;s two</p>';
    expect(htmlToText(html)).toBe('Payment\n£250\n\nDecision\nUpheld & closed\n\nLine one\nline’s two');
  });

  it('collapses white space inside a block', () => {
    expect(htmlToText('<p>\n   The   Council\n\tdid  not <em>reply</em>.\n</p>')).toBe('The Council did not reply.');
  });
});

describe('page structure', () => {
  it('drops the site header and footer but keeps an article\'s own header and footer', () => {
    const html = `<body><header><a class="logo" href="/">LGSCO</a><p>Site strapline</p></header>
      <article><header><h1>Anytown Council (23 001 002)</h1><p>Decision : Upheld</p></header>
      <p>Summary: We found fault.</p><footer><p>Investigator's decision on behalf of the Ombudsman</p></footer></article>
      <footer><p>Site footer</p></footer></body>`;
    expect(htmlToText(html)).toBe("Anytown Council (23 001 002)\n\nDecision : Upheld\n\nSummary: We found fault.\n\nInvestigator's decision on behalf of the Ombudsman");
  });

  it('without main or article, falls back to a content container, else the body', () => {
    const withContent = '<body><div id="top-links"><p>Quick links</p></div><div class="page-content"><h1>Title (23 001 002)</h1><p>Summary: We found fault and the Council agreed to apologise.</p></div></body>';
    expect(htmlToText(withContent)).toBe('Title (23 001 002)\n\nSummary: We found fault and the Council agreed to apologise.');
    expect(htmlToText('<p>Only</p><p>paragraphs</p>')).toBe('Only\n\nparagraphs');
  });
});

describe('hostile markup produces no script text', () => {
  const hostile = `<!doctype html><html><head><script>alert("head")</script></head><body>
    <main><h1>Anytown Council (23 001 002)</h1>
    <p>Summary: We found fault.<script>document.write("INJECTED")</script></p>
    <img src="x" onerror="alert('img')">
    <p onclick="steal()">The Council agreed to pay <a href="javascript:alert('link')">£100</a>.</p>
    <iframe src="javascript:alert('frame')">frame fallback text</iframe>
    <svg><script>alert('svg')</script><text>svg text</text></svg>
    <object data="evil.swf">object fallback</object><embed src="evil.swf">
    <template><p>template text</p></template>
    <noscript>Please enable JavaScript</noscript>
    <style>p::after { content: "STYLE" }</style>
    <form action="https://evil.example"><input value="input text"><button>Submit form</button></form>
    <div hidden>hidden text</div><div style="display:none">invisible text</div>
    </main></body></html>`;

  it('keeps only the visible decision text', () => {
    expect(htmlToText(hostile)).toBe('Anytown Council (23 001 002)\n\nSummary: We found fault.\n\nThe Council agreed to pay £100.');
  });

  it('nothing of the scripts, handlers or fallbacks leaks', () => {
    const text = htmlToText(hostile);
    for (const bad of ['alert', 'INJECTED', 'steal', 'javascript', 'onerror', 'frame', 'svg', 'object', 'template', 'JavaScript', 'STYLE', 'input text', 'Submit', 'hidden', 'invisible', '<', '>']) {
      expect(text, bad).not.toContain(bad);
    }
  });

  it('unclosed and malformed tags do not swallow or expose markup', () => {
    expect(htmlToText('<p>Summary: fault<p>Second<script>var x = "</p>";</script> para<div>third')).toBe('Summary: fault\n\nSecond para\n\nthird');
  });

  it('a page of chrome only gives empty text', () => {
    expect(htmlToText('<html><body><nav>Home</nav><div class="cookie-banner">We use cookies</div><footer>Footer</footer></body></html>')).toBe('');
  });
});
