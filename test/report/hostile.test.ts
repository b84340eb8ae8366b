/**
 * Hostile decision text in the report. A decision page whose organisation, summary, category and
 * a fault sentence carry markup, event handlers, javascript: URLs, Markdown links and a
 * spreadsheet formula, a decision whose organisation is "../../etc/passwd", and a file whose very
 * name is markup: the HTML shows all of it as text, the Markdown cannot turn it into markup or
 * links, the CSV cannot run it as a formula, and no output file is named after document text.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { buildDb, htmlElements, parseCsv, removeTempDirs, setRemedies, tempDir } from '../helpers/fixture-db.js';

afterAll(removeTempDirs);

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS = 'javascript:alert(1)';
const MD_LINK = '[click me](javascript:alert(1))';
const MD_IMAGE = '![pixel](https://evil.example/p.png)';
const FORMULA = '=HYPERLINK("http://evil.example/","click")';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved decision page; the hostile text is in entities, so the decision's text holds it literally. */
const HOSTILE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Decision</title></head><body><article>
<h1>${esc(`${SCRIPT} Care ${IMG} ${JS} Limited`)} (99 801 001)</h1>
<p>Category : ${esc(FORMULA)} &gt; ${esc(SCRIPT)}</p>
<p>Decision : Upheld</p>
<p>Decision date : 2 May 2024</p>
<h2>The Ombudsman's final decision:</h2>
<p>Summary: Mrs X complained the Care Provider ${esc(SCRIPT)} did not tell her about her mother’s fall ${esc(IMG)} ${esc(JS)}. We found fault. The Care Provider has agreed to apologise and pay Mrs X £200.</p>
<h2>The complaint</h2>
<ol><li>Mrs X complains the Care Provider did not tell her that her mother had fallen.</li></ol>
<h2>Analysis</h2>
<ol><li>The Care Provider did not tell Mrs X about her mother’s fall ${esc(SCRIPT)} ${esc(IMG)} ${esc(JS)} ${esc(MD_LINK)} ${esc(MD_IMAGE)} until the next day. That was fault.</li></ol>
<h2>Agreed action</h2>
<ol><li>Within one month of my final decision the Care Provider will:<ul><li>apologise to Mrs X;</li><li>pay Mrs X £200 to acknowledge the distress caused.</li></ul></li></ol>
<h2>Final decision</h2>
<ol><li>I uphold Mrs X’s complaint. There was fault causing injustice.</li></ol>
</article></body></html>
`;

const TRAVERSAL = `../../etc/passwd (99 801 002)

Category : ../../tmp/evil > ../x

Decision : Upheld

Decision date : 3 May 2024

The Ombudsman's final decision:

Summary: Mr Y complained the Council delayed a repair. We found fault. The Council has agreed to pay Mr Y £100.

Analysis

  1. The Council delayed the repair for six months. That was fault.

Agreed action

  1. Within one month of my final decision the Council will pay Mr Y £100 for his time and trouble.

Final decision

  1. I uphold Mr Y’s complaint.
`;

const BAD_NAME = `${IMG}.txt`;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let sandbox: string;
let html: string;
let md: string;
let csvFiles: Record<string, string>;
let svgFiles: Record<string, string>;
let stderr: string;

beforeAll(async () => {
  sandbox = tempDir('ombuds-hostile-');
  const inputs = join(sandbox, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'hostile.html'), HOSTILE_PAGE);
  writeFileSync(join(inputs, 'traversal.txt'), TRAVERSAL);
  writeFileSync(join(inputs, BAD_NAME), 'Shortbread\n\nMix the butter and sugar.\nAdd flour and bake.\n');
  mkdirSync(join(sandbox, 'db'));
  const db = await buildDb([inputs], join(sandbox, 'db'));
  // Both decisions paid, so their organisations reach the "Organisations that paid most" table and chart
  // whatever the payment extractor makes of them.
  setRemedies(db, {
    '99 801 001': { fault: true, remedyTotal: 200, remedyTypes: ['apology', 'payment'], payments: [{ amount: 200, purpose: 'distress' }] },
    '99 801 002': { fault: true, remedyTotal: 100, remedyTypes: ['payment'], payments: [{ amount: 100, purpose: 'time_and_trouble' }] },
  });
  // Started from deep inside the sandbox, so a "../../etc/passwd" file name would land inside it too.
  const cwd = join(sandbox, 'work', 'a', 'b');
  mkdirSync(cwd, { recursive: true });
  const r = runCli(['report', '--db', db, '--out', join(sandbox, 'out', 'report.html'), '--md', '--csv', join(sandbox, 'tables')], { cwd });
  if (r.status !== 0) throw new Error(`ombuds report exited ${r.status}: ${r.stderr}`);
  stderr = r.stderr;
  html = readFileSync(join(sandbox, 'out', 'report.html'), 'utf8');
  md = readFileSync(join(sandbox, 'out', 'report.md'), 'utf8');
  csvFiles = Object.fromEntries(readdirSync(join(sandbox, 'tables')).map((f) => [f, readFileSync(join(sandbox, 'tables', f), 'utf8')]));
  svgFiles = Object.fromEntries(readdirSync(join(sandbox, 'out', 'report-charts')).map((f) => [f, readFileSync(join(sandbox, 'out', 'report-charts', f), 'utf8')]));
});

describe('hostile text in the report', () => {
  it('the hostile decisions are in the store with their text intact', () => {
    const r = runCli(['query', 'SELECT case_number, organisation, category_top FROM decisions ORDER BY case_number', '--db', join(sandbox, 'db', 'ombuds.db'), '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual([
      { case_number: '99 801 001', organisation: `${SCRIPT} Care ${IMG} ${JS} Limited`, category_top: FORMULA },
      { case_number: '99 801 002', organisation: '../../etc/passwd', category_top: '../../tmp/evil' },
    ]);
  });

  it('HTML: shown as text, escaped; no script, no image, no event handler, no javascript: URL', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a\b/i);
    for (const el of htmlElements(html)) {
      expect(['script', 'img', 'iframe', 'a', 'object', 'embed']).not.toContain(el.name);
      for (const [attr, value] of Object.entries(el.attribs)) {
        expect(attr.startsWith('on'), `<${el.name} ${attr}>`).toBe(false);
        expect(value, `<${el.name} ${attr}>`).not.toMatch(/javascript:/i);
      }
    }
    // The organisation (table and bar label), the fault-theme example and the failed file's name.
    expect(html).toContain(esc(`${SCRIPT} Care ${IMG} ${JS} Limited`));
    expect(html).toContain(esc(`${SCRIPT} Care ${IMG}`).slice(0, 30));
    expect(html).toContain(`${esc(SCRIPT)} ${esc(IMG)} ${esc(JS)} ${esc(MD_LINK)}`);
    expect(html).toContain(esc(BAD_NAME));
    expect(html).toContain('../../etc/passwd');
  });

  it('SVG charts: labels escaped', () => {
    expect(Object.keys(svgFiles)).toHaveLength(6);
    for (const [file, svg] of Object.entries(svgFiles)) {
      expect(svg, file).not.toMatch(/<script|<img|<a\b|<foreignObject/i);
      for (const el of htmlElements(svg)) {
        for (const [attr, value] of Object.entries(el.attribs)) {
          expect(attr.startsWith('on'), `${file}: <${el.name} ${attr}>`).toBe(false);
          expect(value, `${file}: <${el.name} ${attr}>`).not.toMatch(/javascript:/i);
        }
      }
    }
    expect(svgFiles['top-organisations.svg']).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Care &lt;img');
  });

  it('Markdown: no raw HTML, no links or images made from the text', () => {
    expect(md).not.toMatch(/<script|<img|<a\b/i);
    expect(md).not.toContain(MD_LINK);
    expect(md).not.toContain(MD_IMAGE);
    // A bracket escaped with a backslash is text, not a link.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(md).not.toMatch(/(?<!\\)\]\(https?:/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\[click me\\](javascript:alert(1))');
    // Every Markdown link is one of our chart files.
    for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^report-charts\/[a-z-]+\.svg$/);
    // Table rows keep their columns: no pipe from the text splits a cell.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    let tables = 0;
    for (const block of md.split(/\n(?!\|)/).map((b) => b.split('\n').filter((l) => l.startsWith('|'))).filter((b) => b.length >= 2)) {
      tables++;
      const width = block[1]!.split('|').length - 2;
      for (const line of block) expect(cells(line), line).toBe(width);
    }
    expect(tables).toBeGreaterThanOrEqual(11);
  });

  it('CSV: no cell starts a formula', () => {
    expect(Object.keys(csvFiles)).toHaveLength(11);
    let seen = 0;
    for (const [file, text] of Object.entries(csvFiles)) {
      for (const row of parseCsv(text)) {
        for (const cell of row) {
          expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
          if (cell.includes('HYPERLINK')) {
            expect(cell).toBe(`'${FORMULA}`);
            seen++;
          }
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(csvFiles['top-organisations.csv']).toContain(`${SCRIPT} Care ${IMG} ${JS} Limited`);
  });

  it('no file is written outside the chosen folders, and none is named after document text', () => {
    expect(filesUnder(sandbox).filter((f) => !f.startsWith('in/') && !f.startsWith('db/'))).toEqual([
      ...['fault-rate-by-category', 'payment-purposes', 'remedy-histogram', 'remedy-types', 'top-organisations', 'trend-decisions'].map((id) => `out/report-charts/${id}.svg`),
      'out/report.html',
      'out/report.md',
      ...['fault-themes', 'faults-by-category', 'faults-by-organisation-type', 'outcomes', 'payment-purposes', 'remedies-by-category',
        'remedies-by-organisation-type', 'remedy-histogram', 'remedy-types', 'top-organisations', 'trend-by-year'].map((id) => `tables/${id}.csv`),
    ]);
    expect(stderr).toContain('report written:');
  });
});
