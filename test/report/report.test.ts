/**
 * `ombuds report` on the analysis fixtures: every figure equals what `ombuds stats ... --format
 * json` prints for the same database and filters (and the hand-worked figures of the fixtures);
 * filters are stated and shrink the figures; --md writes SVG charts beside the Markdown and links
 * them; --csv writes every table; the HTML is one self-contained file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { csvObjects, fixtureDb, htmlElements, htmlTable, parseCsv, removeTempDirs, seededFixtureDb, tempDir } from '../helpers/fixture-db.js';

afterAll(removeTempDirs);

type Row = Record<string, unknown>;

const TABLE_IDS = [
  'outcomes', 'remedy-histogram', 'remedies-by-category', 'remedies-by-organisation-type', 'top-organisations', 'payment-purposes',
  'faults-by-category', 'faults-by-organisation-type', 'fault-themes', 'remedy-types', 'trend-by-year',
];
const FIGURE_IDS = ['remedy-histogram', 'top-organisations', 'payment-purposes', 'fault-rate-by-category', 'remedy-types', 'trend-decisions'];

interface Written {
  dir: string;
  html: string;
  md: string;
  stdout: string;
}

/** Run `ombuds report --md --csv` into a fresh folder and read what it wrote. */
function report(db: string, filters: string[] = []): Written {
  const dir = tempDir('ombuds-report-');
  const out = join(dir, 'summary.html');
  const r = runCli(['report', '--db', db, '--out', out, '--md', '--csv', join(dir, 'tables'), ...filters]);
  if (r.status !== 0) throw new Error(`ombuds report exited ${r.status}: ${r.stderr}`);
  return { dir, html: readFileSync(out, 'utf8'), md: readFileSync(join(dir, 'summary.md'), 'utf8'), stdout: r.stdout };
}

function stats(db: string, verb: string, by: string, filters: string[] = []): Row[] {
  const r = runCli(['stats', verb, '--by', by, '--db', db, '--format', 'json', ...filters]);
  if (r.status !== 0) throw new Error(`ombuds stats exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Row[];
}

/** A number as the HTML tables print it; null as a dash. */
const htmlNumber = (v: unknown) => (v === null || v === undefined ? '–' : (v as number).toLocaleString('en-GB'));
const pounds = (v: unknown) => (v === null || v === undefined ? '–' : `£${(v as number).toLocaleString('en-GB', { maximumFractionDigits: 2 })}`);
const themes = (v: unknown) => (v as { theme: string; decisions: number }[]).map((t) => `${t.theme} (${t.decisions})`).join(', ');
const csvNumber = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The <dd> after the <dt> with this text. */
function definition(html: string, term: string): string {
  const m = new RegExp(`<dt>${term}</dt><dd>([^<]*)</dd>`).exec(html);
  if (!m) throw new Error(`no <dt>${term}</dt>`);
  return m[1]!;
}

describe.each([
  ['hand-labelled', seededFixtureDb],
  ['as extracted', fixtureDb],
] as const)('report figures equal the stats output (%s)', (name, database) => {
  let db: string;
  let w: Written;
  beforeAll(async () => {
    db = await database();
    w = report(db);
  });

  it('prints the report path on stdout and writes HTML, Markdown, charts and tables', () => {
    expect(w.stdout.trim()).toBe(join(w.dir, 'summary.html'));
    expect(readdirSync(join(w.dir, 'summary-charts')).sort()).toEqual(FIGURE_IDS.map((id) => `${id}.svg`).sort());
    expect(readdirSync(join(w.dir, 'tables')).sort()).toEqual(TABLE_IDS.map((id) => `${id}.csv`).sort());
  });

  it('headline figures', () => {
    const all = stats(db, 'remedies', 'all')[0]!;
    const faults = stats(db, 'faults', 'all')[0]!;
    expect(definition(w.html, 'Decisions')).toBe('10');
    expect(definition(w.html, 'Organisations')).toBe('7');
    expect(definition(w.html, 'Decision dates')).toBe('2022-03-14 to 2024-09-03');
    expect(definition(w.html, 'Files')).toBe('10 parsed, 0 duplicate, 0 failed');
    expect(definition(w.html, 'Decisions with a payment')).toBe(`${all.decisions_with_payment} of ${all.decisions}`);
    expect(definition(w.html, 'Total agreed')).toBe(pounds(all.total));
    expect(definition(w.html, 'Median, p90, max')).toBe(`${pounds(all.median)}, ${pounds(all.p90)}, ${pounds(all.max)} (over decisions with a payment)`);
    expect(w.html).toContain(`Fault found in ${faults.fault_found_pct}% of decisions where the text says (n = 10); upheld in ${faults.upheld_pct}% of decisions with a printed outcome.`);
    // And the figures worked out by hand from the fixture texts.
    expect(definition(w.html, 'Decisions with a payment')).toBe('6 of 10');
    expect(definition(w.html, 'Total agreed')).toBe('£4,450');
    expect(definition(w.html, 'Median, p90, max')).toBe('£400, £1,625, £2,100 (over decisions with a payment)');
    expect(w.html).toContain('Fault found in 70% of decisions where the text says (n = 10); upheld in 70% of decisions with a printed outcome.');
    expect(w.md).toContain('- Decisions: 10 (dates 2022-03-14 to 2024-09-03), organisations: 7');
  });

  it.each([
    ['remedies-by-category', 'category'],
    ['remedies-by-organisation-type', 'organisation-type'],
  ])('%s: HTML, CSV and Markdown rows equal `stats remedies --by %s`', (id, by) => {
    const rows = stats(db, 'remedies', by);
    const expected = rows.map((r) => [r.group, htmlNumber(r.decisions), htmlNumber(r.decisions_with_payment), htmlNumber(r.total), htmlNumber(r.median), htmlNumber(r.max)]);
    expect(htmlTable(w.html, `table-${id}`).map((cells) => cells.slice(0, 6))).toEqual(expected);
    const csv = csvObjects(readFileSync(join(w.dir, 'tables', `${id}.csv`), 'utf8'));
    expect(csv.map((c) => [c[by === 'category' ? 'category' : 'organisation type'], c.decisions, c['with payment'], c['total £'], c['median £'], c['max £'], c.case_numbers]))
      .toEqual(rows.map((r) => [r.group, csvNumber(r.decisions), csvNumber(r.decisions_with_payment), csvNumber(r.total), csvNumber(r.median), csvNumber(r.max), (r.cases as string[]).join('; ')]));
    for (const r of rows) {
      const md = `| ${r.group} | ${r.decisions} | ${r.decisions_with_payment} | ${r.total} | ${r.median ?? '–'} | ${r.max ?? '–'} | ${(r.cases as string[]).join(', ')} |`;
      expect(w.md).toContain(md);
    }
  });

  it('remedies by category and organisation type, by hand', () => {
    const cells = (id: string) => Object.fromEntries(htmlTable(w.html, `table-${id}`).map((c) => [c[0], c.slice(1, 6)]));
    expect(cells('remedies-by-category')).toEqual({
      Education: ['1', '1', '2,100', '2,100', '2,100'],
      Housing: ['1', '1', '1,150', '1,150', '1,150'],
      'Adult care services': ['3', '3', '1,050', '300', '500'],
      'Environment and regulation': ['1', '1', '150', '150', '150'],
      'Benefits and tax': ['1', '0', '0', '–', '–'],
      "Children's care services": ['1', '0', '0', '–', '–'],
      Planning: ['1', '0', '0', '–', '–'],
      'Transport and highways': ['1', '0', '0', '–', '–'],
    });
    expect(cells('remedies-by-organisation-type')).toEqual({
      county_council: ['3', '1', '2,100', '2,100', '2,100'],
      london_borough: ['2', '2', '1,450', '725', '1,150'],
      metropolitan_borough: ['1', '1', '500', '500', '500'],
      care_provider: ['1', '1', '250', '250', '250'],
      district_council: ['3', '1', '150', '150', '150'],
    });
    // Histogram of the six remedy totals 150, 250, 300, 500, 1150, 2100.
    expect(htmlTable(w.html, 'table-remedy-histogram').map((c) => c.slice(0, 2))).toEqual([
      ['£1–£99', '0'], ['£100–£249', '1'], ['£250–£499', '2'], ['£500–£999', '1'], ['£1,000–£2,499', '2'], ['£2,500–£4,999', '0'], ['£5,000+', '0'],
    ]);
    // Organisations that paid: Kent £2,100, Enfield £1,450 (both name variants), Wigan, Hollybank, Wealden.
    expect(htmlTable(w.html, 'table-top-organisations').map((c) => c[3])).toEqual(['2,100', '1,450', '500', '250', '150']);
  });

  it.each([
    ['faults-by-category', 'category'],
    ['faults-by-organisation-type', 'organisation-type'],
  ])('%s: fault rates equal `stats faults --by %s`', (id, by) => {
    const rows = stats(db, 'faults', by);
    expect(htmlTable(w.html, `table-${id}`).map((c) => c.slice(0, 5)))
      .toEqual(rows.map((r) => [r.group, htmlNumber(r.decisions), htmlNumber(r.fault_found_pct), htmlNumber(r.upheld_pct), themes(r.top_themes)]));
    const csv = csvObjects(readFileSync(join(w.dir, 'tables', `${id}.csv`), 'utf8'));
    expect(csv.map((c) => [c['fault found %'], c['upheld %'], c['top fault themes']]))
      .toEqual(rows.map((r) => [csvNumber(r.fault_found_pct), csvNumber(r.upheld_pct), themes(r.top_themes)]));
  });

  it('fault rates by category and organisation type, by hand', () => {
    const rates = (id: string) => Object.fromEntries(htmlTable(w.html, `table-${id}`).map((c) => [c[0], c.slice(1, 4)]));
    expect(rates('faults-by-category')).toEqual({
      'Adult care services': ['3', '100', '100'],
      'Benefits and tax': ['1', '100', '100'],
      "Children's care services": ['1', '0', '0'],
      Education: ['1', '100', '100'],
      'Environment and regulation': ['1', '100', '100'],
      Housing: ['1', '100', '100'],
      Planning: ['1', '0', '0'],
      'Transport and highways': ['1', '0', '0'],
    });
    expect(rates('faults-by-organisation-type')).toEqual({
      county_council: ['3', '33.3', '33.3'],
      district_council: ['3', '66.7', '66.7'],
      london_borough: ['2', '100', '100'],
      care_provider: ['1', '100', '100'],
      metropolitan_borough: ['1', '100', '100'],
    });
  });

  it('remedy-type mix equals `stats remedy-types --by all`, and the hand counts', () => {
    const rows = stats(db, 'remedy-types', 'all');
    const table = htmlTable(w.html, 'table-remedy-types');
    expect(table.map((c) => c.slice(0, 3))).toEqual(rows.map((r) => [r.type, htmlNumber(r.count), htmlNumber(r.share_pct)]));
    expect(table.map((c) => c.slice(0, 3))).toEqual([
      ['apology', '7', '70'], ['payment', '6', '60'], ['service_improvement', '5', '50'], ['reconsider', '3', '30'], ['other_action', '1', '10'],
    ]);
    const csv = csvObjects(readFileSync(join(w.dir, 'tables', 'remedy-types.csv'), 'utf8'));
    expect(csv.map((c) => [c['remedy type'], c.decisions, c['share %'], c.case_numbers]))
      .toEqual(rows.map((r) => [r.type, String(r.count), csvNumber(r.share_pct), (r.cases as string[]).join('; ')]));
  });

  it('trend by year joins `stats remedies --by year` and `stats faults --by year`', () => {
    const remedies = stats(db, 'remedies', 'year');
    const faults = stats(db, 'faults', 'year');
    expect(htmlTable(w.html, 'table-trend-by-year').map((c) => c.slice(0, 6))).toEqual(remedies.map((r, i) => [
      r.group, htmlNumber(r.decisions), htmlNumber(faults[i]!.fault_found_pct), htmlNumber(r.decisions_with_payment), htmlNumber(r.total), htmlNumber(r.median),
    ]));
    expect(htmlTable(w.html, 'table-trend-by-year').map((c) => c.slice(0, 6))).toEqual([
      ['2022', '3', '66.7', '2', '550', '275'],
      ['2023', '3', '66.7', '2', '3,250', '1,625'],
      ['2024', '4', '75', '2', '650', '325'],
    ]);
  });

  it('outcomes and the case numbers behind every row', () => {
    expect(htmlTable(w.html, 'table-outcomes').map((c) => c.slice(0, 2))).toEqual([['Upheld', '7'], ['Not upheld', '2'], ['Closed after initial enquiries', '1']]);
    for (const id of TABLE_IDS) {
      const [header, ...rows] = parseCsv(readFileSync(join(w.dir, 'tables', `${id}.csv`), 'utf8'));
      expect(header!.at(-1), id).toBe('case_numbers');
      for (const row of rows) expect(row.at(-1), `${id}: ${row.join(',')}`).toMatch(/^(\d\d \d{3} \d{3}(; \d\d \d{3} \d{3})*)?$/);
    }
  });

  it('the HTML is one self-contained file: inline style and SVG, no script, nothing fetched', () => {
    expect(w.html).toMatch(/^<!doctype html>/);
    expect(w.html).toMatch(/<style>[^<]+<\/style>/);
    expect(w.html).not.toMatch(/<script/i);
    expect(w.html).not.toMatch(/<link\b/i);
    expect(w.html).not.toMatch(/<(img|iframe|object|embed|video|audio|source)\b/i);
    expect(w.html).not.toMatch(/url\(/i);
    expect(w.html).not.toMatch(/@import/i);
    for (const el of htmlElements(w.html)) {
      for (const [attr, value] of Object.entries(el.attribs)) {
        expect(attr.startsWith('on'), `<${el.name} ${attr}>`).toBe(false);
        if (['src', 'href', 'xlink:href', 'action', 'srcset', 'poster', 'data'].includes(attr)) {
          expect(value, `<${el.name} ${attr}="${value}">`).not.toMatch(/^\s*(https?:|\/\/|javascript:)/i);
        }
      }
    }
    expect(w.html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    // Every chart is inline, with its text alternative and its n.
    for (const id of FIGURE_IDS) {
      expect(w.html).toContain(`<figure id="fig-${id}">`);
      expect(w.html).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    }
    expect((w.html.match(/<svg\b[^>]*class="chart"/g) ?? []).length).toBe(FIGURE_IDS.length);
    expect((w.html.match(/<figcaption>[^<]*n = \d+/g) ?? []).length).toBe(FIGURE_IDS.length);
    if (name === 'hand-labelled') expect(w.html).toContain('n = 6 decisions with a payment (of 10)');
  });

  it('--md links every chart, written as an SVG file beside the Markdown', () => {
    for (const id of FIGURE_IDS) {
      expect(w.md).toMatch(new RegExp(`!\\[[^\\]]+\\]\\(summary-charts/${id}\\.svg\\)`));
      const svg = readFileSync(join(w.dir, 'summary-charts', `${id}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart" role="img"/);
      expect(svg).toMatch(/<\/svg>$/);
      expect(svg).toContain(`<title id="${id}-title">`);
      expect(w.html).toContain(svg);
    }
    // Every table but the outcomes one lists its case numbers in a column of its own.
    expect(w.md.split('| case numbers |').length - 1).toBeGreaterThanOrEqual(TABLE_IDS.filter((t) => t !== 'outcomes').length);
  });
});

describe('filters are stated and the figures shrink accordingly', () => {
  let db: string;
  let all: Written;
  let adult: Written;
  const FILTERS = ['--category', 'Adult care services', '--from', '2022'];
  beforeAll(async () => {
    db = await seededFixtureDb();
    all = report(db);
    adult = report(db, FILTERS);
  });

  it('the filter text appears in the HTML, every caption and the Markdown', () => {
    expect(all.html).toContain('Filters applied: none (all decisions).');
    expect(adult.html).toContain('Filters applied: category &quot;Adult care services&quot;, decided from 2022.');
    expect((adult.html.match(/Filters: category &quot;Adult care services&quot;, decided from 2022\./g) ?? []).length).toBe(FIGURE_IDS.length);
    expect(adult.md).toContain('Filters applied: category "Adult care services", decided from 2022.');
  });

  it('figures are those of the filtered decisions only', () => {
    expect(definition(adult.html, 'Decisions')).toBe('3');
    expect(definition(adult.html, 'Organisations')).toBe('3');
    expect(definition(adult.html, 'Decisions with a payment')).toBe('3 of 3');
    expect(definition(adult.html, 'Total agreed')).toBe('£1,050');
    expect(definition(adult.html, 'Median, p90, max')).toBe('£300, £460, £500 (over decisions with a payment)');
    expect(htmlTable(adult.html, 'table-remedies-by-category').map((c) => c[0])).toEqual(['Adult care services']);
    expect(htmlTable(adult.html, 'table-faults-by-organisation-type').map((c) => c.slice(0, 3)))
      .toEqual([['care_provider', '1', '100'], ['london_borough', '1', '100'], ['metropolitan_borough', '1', '100']]);
    const rows = stats(db, 'remedies', 'organisation-type', FILTERS);
    expect(htmlTable(adult.html, 'table-remedies-by-organisation-type').map((c) => [c[0], c[3]]))
      .toEqual(rows.map((r) => [r.group, htmlNumber(r.total)]));
    expect(htmlTable(adult.html, 'table-remedy-types').map((c) => c.slice(0, 3))).toEqual([
      ['apology', '3', '100'], ['payment', '3', '100'], ['service_improvement', '2', '66.7'], ['reconsider', '1', '33.3'], ['other_action', '0', '0'],
    ]);
    // The unfiltered report still has everything.
    expect(definition(all.html, 'Decisions')).toBe('10');
    expect(htmlTable(all.html, 'table-remedies-by-category')).toHaveLength(8);
  });

  it('a bad filter is a usage error and writes nothing', () => {
    const dir = tempDir('ombuds-report-bad-');
    const r = runCli(['report', '--db', db, '--out', join(dir, 'r.html'), '--from', 'last year']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from must be a date');
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });
});
