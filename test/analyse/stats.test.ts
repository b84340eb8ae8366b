/**
 * `ombuds stats remedies|faults|remedy-types` on the analysis fixture corpus, through the built
 * CLI. Every expected figure below is worked out by hand from the fixture texts (see the table in
 * test/helpers/fixture-db.ts), not read back from the program:
 *
 * Remedy totals (action sections; a total and its breakdown count once, money paid earlier in the
 * council's own complaint process does not count): 22 901 101 £300, 22 907 707 £250,
 * 23 902 202 £1,150, 23 905 505 £2,100, 24 906 606 £500, 24 904 404 £150; the other four none.
 * Sorted: 150, 250, 300, 500, 1150, 2100 -> total 4450, mean 741.67, median (300+500)/2 = 400,
 * p90 (R type 7: h = 5 * 0.9 = 4.5) = 1150 + 0.5 * 950 = 1625, max 2100.
 *
 * The figures are checked on two databases: the fixtures as ingested (the whole pipeline, so
 * these fail while an extractor gets a fixture wrong) and the same store with fault, remedy_total
 * and remedy types overwritten by the hand labels (the analysis code on its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURE_CASES, csvObjects, fixtureDb, removeTempDirs, seededFixtureDb } from '../helpers/fixture-db.js';

let db: string;
let extracted: string;
let seeded: string;
beforeAll(async () => {
  extracted = await fixtureDb();
  seeded = await seededFixtureDb();
  db = extracted;
});
afterAll(removeTempDirs);

const DATABASES = [
  ['as extracted', () => extracted],
  ['hand-labelled', () => seeded],
] as const;

type Row = Record<string, unknown>;

function stats(verb: string, by: string, extra: string[] = [], format = 'json', database = db) {
  const r = runCli(['stats', verb, '--by', by, '--db', database, '--format', format, ...extra]);
  if (r.status !== 0) throw new Error(`ombuds stats ${verb} --by ${by} ${extra.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
let current = () => db;
const json = (verb: string, by: string, extra: string[] = []) => JSON.parse(stats(verb, by, extra, 'json', current())) as Row[];

/** Only the figures (no cases) of remedy rows, keyed by group key. */
const remedyFigures = (rows: Row[]) => rows.map((r) => ({
  key: r.key, decisions: r.decisions, decisions_with_payment: r.decisions_with_payment, total: r.total,
  mean: r.mean, median: r.median, p90: r.p90, max: r.max,
}));
const money = (key: string, decisions: number, paid: number, total: number, mean: number | null, median: number | null, p90: number | null, max: number | null) =>
  ({ key, decisions, decisions_with_payment: paid, total, mean, median, p90, max });

describe.each(DATABASES)('figures (%s)', (_name, database) => {
  beforeAll(() => {
    current = database;
  });
  afterAll(() => {
    current = () => db;
  });

  describe('stats remedies', () => {
    it('--by all: n, decisions with a payment, total, mean, median, p90, max', () => {
      const rows = json('remedies', 'all');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toEqual({
        group: 'All decisions', key: 'all', decisions: 10, decisions_with_payment: 6,
        total: 4450, mean: 741.67, median: 400, p90: 1625, max: 2100, cases: [...FIXTURE_CASES],
      });
    });

    it('--by organisation-type, ordered by total', () => {
      const rows = json('remedies', 'organisation-type');
      expect(remedyFigures(rows)).toEqual([
        money('county_council', 3, 1, 2100, 2100, 2100, 2100, 2100),
        // 300 and 1150: mean 725, median 725, p90 = 300 + 0.9 * 850 = 1065
        money('london_borough', 2, 2, 1450, 725, 725, 1065, 1150),
        money('metropolitan_borough', 1, 1, 500, 500, 500, 500, 500),
        money('care_provider', 1, 1, 250, 250, 250, 250, 250),
        money('district_council', 3, 1, 150, 150, 150, 150, 150),
      ]);
      const cases = Object.fromEntries(rows.map((r) => [r.key, r.cases]));
      expect(cases.county_council).toEqual(['23 908 808', '23 905 505', '24 910 010']);
      expect(cases.london_borough).toEqual(['22 901 101', '23 902 202']);
      expect(cases.district_council).toEqual(['22 903 303', '24 904 404', '24 909 909']);
    });

    it('--by category, ordered by total then decisions then name', () => {
      const rows = json('remedies', 'category');
      expect(rows.map((r) => r.group)).toEqual(rows.map((r) => r.key));
      expect(remedyFigures(rows)).toEqual([
        money('Education', 1, 1, 2100, 2100, 2100, 2100, 2100),
        money('Housing', 1, 1, 1150, 1150, 1150, 1150, 1150),
        // 250, 300, 500: mean 350, median 300, p90 (h = 1.8) = 300 + 0.8 * 200 = 460
        money('Adult care services', 3, 3, 1050, 350, 300, 460, 500),
        money('Environment and regulation', 1, 1, 150, 150, 150, 150, 150),
        money('Benefits and tax', 1, 0, 0, null, null, null, null),
        money("Children's care services", 1, 0, 0, null, null, null, null),
        money('Planning', 1, 0, 0, null, null, null, null),
        money('Transport and highways', 1, 0, 0, null, null, null, null),
      ]);
      expect(rows[2]!.cases).toEqual(['22 901 101', '22 907 707', '24 906 606']);
    });

    it('--by year, in year order', () => {
      expect(remedyFigures(json('remedies', 'year'))).toEqual([
        // 250, 300: p90 = 250 + 0.9 * 50 = 295
        money('2022', 3, 2, 550, 275, 275, 295, 300),
        // 1150, 2100: p90 = 1150 + 0.9 * 950 = 2005
        money('2023', 3, 2, 3250, 1625, 1625, 2005, 2100),
        // 150, 500: p90 = 150 + 0.9 * 350 = 465
        money('2024', 4, 2, 650, 325, 325, 465, 500),
      ]);
    });

    it('--by organisation groups name variants under one organisation', () => {
      const rows = json('remedies', 'organisation');
      expect(remedyFigures(rows)).toEqual([
        money('kent', 2, 1, 2100, 2100, 2100, 2100, 2100),
        money('enfield', 2, 2, 1450, 725, 725, 1065, 1150),
        money('wigan', 1, 1, 500, 500, 500, 500, 500),
        money('hollybank residential care', 1, 1, 250, 250, 250, 250, 250),
        money('wealden', 1, 1, 150, 150, 150, 150, 150),
        money('tewkesbury', 2, 0, 0, null, null, null, null),
        money('lancashire', 1, 0, 0, null, null, null, null),
      ]);
      const enfield = rows.find((r) => r.key === 'enfield')!;
      expect(['London Borough of Enfield', 'Enfield Council']).toContain(enfield.group);
      expect(enfield.cases).toEqual(['22 901 101', '23 902 202']);
    });

    it('--by subcategory: one group per full category', () => {
      const rows = json('remedies', 'subcategory');
      expect(rows).toHaveLength(10);
      const housing = rows.find((r) => r.key === 'Housing > Homelessness')!;
      expect(housing).toMatchObject({ decisions: 1, decisions_with_payment: 1, total: 1150, cases: ['23 902 202'] });
      expect(rows.find((r) => r.key === 'Planning > Enforcement')).toMatchObject({ decisions: 1, decisions_with_payment: 0, total: 0, median: null });
    });
  });

  describe('stats faults', () => {
    const faultFigures = (rows: Row[]) => rows.map((r) => ({ key: r.key, decisions: r.decisions, fault_found_pct: r.fault_found_pct, upheld_pct: r.upheld_pct }));
    const rate = (key: string, decisions: number, fault: number | null, upheld: number | null) => ({ key, decisions, fault_found_pct: fault, upheld_pct: upheld });

    it('--by all: fault found in 7 of 10, upheld 7 of 10', () => {
      const rows = json('faults', 'all');
      expect(faultFigures(rows)).toEqual([rate('all', 10, 70, 70)]);
      expect(rows[0]!.cases).toEqual([...FIXTURE_CASES]);
    });

    it('--by organisation-type, ordered by decisions then name', () => {
      expect(faultFigures(json('faults', 'organisation-type'))).toEqual([
        rate('county_council', 3, 33.3, 33.3),
        rate('district_council', 3, 66.7, 66.7),
        rate('london_borough', 2, 100, 100),
        rate('care_provider', 1, 100, 100),
        rate('metropolitan_borough', 1, 100, 100),
      ]);
    });

    it('--by category', () => {
      const rows = json('faults', 'category');
      expect(faultFigures(rows)).toEqual([
        rate('Adult care services', 3, 100, 100),
        rate('Benefits and tax', 1, 100, 100),
        rate("Children's care services", 1, 0, 0),
        rate('Education', 1, 100, 100),
        rate('Environment and regulation', 1, 100, 100),
        rate('Housing', 1, 100, 100),
        rate('Planning', 1, 0, 0),
        rate('Transport and highways', 1, 0, 0),
      ]);
      // No fault, no fault themes.
      for (const key of ["Children's care services", 'Planning', 'Transport and highways']) {
        expect(rows.find((r) => r.key === key)!.top_themes).toEqual([]);
      }
      // 23 902 202: "took fourteen weeks ... This was fault"; "did not reply to Mr Z's emails ... poor communication and is fault".
      const housing = (rows.find((r) => r.key === 'Housing')!.top_themes as { theme: string; decisions: number }[]).map((t) => t.theme);
      expect(housing).toEqual(expect.arrayContaining(['delay', 'poor_communication']));
    });

    it('--by year', () => {
      expect(faultFigures(json('faults', 'year'))).toEqual([
        rate('2022', 3, 66.7, 66.7),
        rate('2023', 3, 66.7, 66.7),
        rate('2024', 4, 75, 75),
      ]);
    });

    it('--by organisation', () => {
      const rows = faultFigures(json('faults', 'organisation'));
      expect(rows).toHaveLength(7);
      expect(rows.slice(0, 3).map((r) => r.key).sort()).toEqual(['enfield', 'kent', 'tewkesbury']);
      const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
      expect(byKey.enfield).toEqual(rate('enfield', 2, 100, 100));
      expect(byKey.kent).toEqual(rate('kent', 2, 50, 50));
      expect(byKey.tewkesbury).toEqual(rate('tewkesbury', 2, 50, 50));
      expect(byKey.lancashire).toEqual(rate('lancashire', 1, 0, 0));
    });

    it('top themes count each decision once, most frequent first', () => {
      const q = runCli(['query', 'SELECT theme, count(DISTINCT decision_id) AS n FROM fault_themes GROUP BY theme ORDER BY n DESC, theme', '--db', current(), '--format', 'json']);
      expect(q.status).toBe(0);
      const counts = (JSON.parse(q.stdout) as { theme: string; n: number }[]).map((r) => ({ theme: r.theme, decisions: r.n }));
      expect(json('faults', 'all')[0]!.top_themes).toEqual(counts.slice(0, 3));
      // Themes the fixture texts state plainly.
      const themes = JSON.parse(runCli(['query', 'SELECT case_number, fault_themes FROM v_decisions', '--db', current(), '--format', 'json']).stdout) as { case_number: string; fault_themes: string | null }[];
      const of = (c: string) => (themes.find((t) => t.case_number === c)!.fault_themes ?? '').split(',').filter(Boolean);
      expect(of('22 901 101')).toEqual(expect.arrayContaining(['delay', 'poor_communication']));
      expect(of('22 907 707')).toEqual(expect.arrayContaining(['record_keeping']));
      expect(of('24 904 404')).toEqual(expect.arrayContaining(['failed_to_implement']));
      for (const c of ['22 903 303', '23 908 808', '24 910 010']) expect(of(c)).toEqual([]);
    });
  });

  describe('stats remedy-types', () => {
    const TYPES = ['apology', 'payment', 'service_improvement', 'reconsider', 'other_action'];
    /** group key -> type -> [count, share %]. */
    const mix = (rows: Row[]) => {
      const out: Record<string, Record<string, [number, number | null]>> = {};
      for (const r of rows) (out[r.key as string] ??= {})[r.type as string] = [r.count as number, r.share_pct as number | null];
      return out;
    };

    it('--by all: decisions whose remedies include each type', () => {
      const rows = json('remedy-types', 'all');
      expect(rows.map((r) => r.type)).toEqual(TYPES);
      expect(rows.every((r) => r.decisions === 10 && r.group === 'All decisions')).toBe(true);
      expect(mix(rows)).toEqual({
        all: { apology: [7, 70], payment: [6, 60], service_improvement: [5, 50], reconsider: [3, 30], other_action: [1, 10] },
      });
      const cases = Object.fromEntries(rows.map((r) => [r.type, r.cases]));
      expect(cases).toEqual({
        apology: ['22 901 101', '22 907 707', '23 902 202', '23 905 505', '24 906 606', '24 904 404', '24 909 909'],
        payment: ['22 901 101', '22 907 707', '23 902 202', '23 905 505', '24 906 606', '24 904 404'],
        service_improvement: ['22 901 101', '22 907 707', '23 905 505', '24 904 404', '24 909 909'],
        reconsider: ['23 902 202', '24 906 606', '24 909 909'],
        other_action: ['23 902 202'],
      });
    });

    it('--by organisation-type, groups ordered by decisions then name, types in a fixed order', () => {
      const rows = json('remedy-types', 'organisation-type');
      expect(rows).toHaveLength(5 * TYPES.length);
      expect([...new Set(rows.map((r) => r.key))]).toEqual(['county_council', 'district_council', 'london_borough', 'care_provider', 'metropolitan_borough']);
      expect(rows.slice(0, TYPES.length).map((r) => r.type)).toEqual(TYPES);
      expect(mix(rows)).toEqual({
        london_borough: { apology: [2, 100], payment: [2, 100], service_improvement: [1, 50], reconsider: [1, 50], other_action: [1, 50] },
        district_council: { apology: [2, 66.7], payment: [1, 33.3], service_improvement: [2, 66.7], reconsider: [1, 33.3], other_action: [0, 0] },
        care_provider: { apology: [1, 100], payment: [1, 100], service_improvement: [1, 100], reconsider: [0, 0], other_action: [0, 0] },
        county_council: { apology: [1, 33.3], payment: [1, 33.3], service_improvement: [1, 33.3], reconsider: [0, 0], other_action: [0, 0] },
        metropolitan_borough: { apology: [1, 100], payment: [1, 100], service_improvement: [0, 0], reconsider: [1, 100], other_action: [0, 0] },
      });
    });

    it('--by year, in year order', () => {
      expect([...new Set(json('remedy-types', 'year').map((r) => r.key))]).toEqual(['2022', '2023', '2024']);
      expect(mix(json('remedy-types', 'year'))).toEqual({
        2022: { apology: [2, 66.7], payment: [2, 66.7], service_improvement: [2, 66.7], reconsider: [0, 0], other_action: [0, 0] },
        2023: { apology: [2, 66.7], payment: [2, 66.7], service_improvement: [1, 33.3], reconsider: [1, 33.3], other_action: [1, 33.3] },
        2024: { apology: [3, 75], payment: [2, 50], service_improvement: [2, 50], reconsider: [2, 50], other_action: [0, 0] },
      });
    });

    it('--by category', () => {
      const m = mix(json('remedy-types', 'category'));
      expect(Object.keys(m)).toHaveLength(8);
      expect(m['Adult care services']).toEqual({ apology: [3, 100], payment: [3, 100], service_improvement: [2, 66.7], reconsider: [1, 33.3], other_action: [0, 0] });
      expect(m.Planning).toEqual({ apology: [0, 0], payment: [0, 0], service_improvement: [0, 0], reconsider: [0, 0], other_action: [0, 0] });
    });
  });
});

describe('csv and table show the same rows as json', () => {
  // On the hand-labelled store, so the rows hold means, medians and p90s with decimals.
  beforeAll(() => {
    current = () => seeded;
  });
  afterAll(() => {
    current = () => db;
  });

  /** A JSON value as the CSV writer prints it. */
  const csvText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  /** As the table writer prints it (numbers to 2 decimals). */
  const tableText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const themesText = (v: unknown) => (v as { theme: string; decisions: number }[]).map((t) => `${t.theme} (${t.decisions})`).join(', ');

  /** Split a plain-text table into cells using the dashed rule under the header for the column edges. */
  function readTable(text: string): Record<string, string>[] {
    const lines = text.replace(/\n$/, '').split('\n');
    const rule = lines[1]!;
    const edges: [number, number][] = [];
    for (const m of rule.matchAll(/-+/g)) edges.push([m.index, m.index + m[0].length]);
    const cells = (line: string) => edges.map(([a, b]) => line.slice(a, b).trim());
    const header = cells(lines[0]!);
    return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((c, i) => [header[i]!, c])));
  }
  const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

  const CASES: [string, string, string[]][] = [
    ['remedies', 'category', ['group', 'decisions', 'decisions_with_payment', 'total', 'mean', 'median', 'p90', 'max']],
    ['remedies', 'year', ['group', 'decisions', 'decisions_with_payment', 'total', 'mean', 'median', 'p90', 'max']],
    ['faults', 'organisation-type', ['group', 'decisions', 'fault_found_pct', 'upheld_pct', 'top_themes']],
    ['remedy-types', 'organisation-type', ['group', 'type', 'count', 'share_pct', 'decisions']],
  ];

  it.each(CASES)('%s --by %s', (verb, by, tableColumns) => {
    const rows = json(verb, by);
    const text = (r: Row, c: string) => (c === 'top_themes' ? themesText(r[c]) : csvText(r[c]));

    const csv = csvObjects(stats(verb, by, [], 'csv', current()));
    expect(csv).toHaveLength(rows.length);
    expect(Object.keys(csv[0]!)).toEqual(Object.keys(rows[0]!));
    rows.forEach((r, i) => {
      for (const c of Object.keys(r)) expect(csv[i]![c], `${c} of row ${i}`).toBe(text(r, c));
    });

    const table = readTable(stats(verb, by, [], 'table', current()));
    expect(table).toHaveLength(rows.length);
    expect(Object.keys(table[0]!)).toEqual(tableColumns);
    rows.forEach((r, i) => {
      for (const c of tableColumns) {
        const full = c === 'top_themes' ? themesText(r[c]) : tableText(r[c]);
        expect(table[i]![c], `${c} of row ${i}`).toBe(fit(full, 60));
      }
    });
  });
});

describe('usage errors', () => {
  it('an unknown --by is refused with exit 2', () => {
    const r = runCli(['stats', 'remedies', '--by', 'colour', '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/colour/);
  });

  it('a missing database is a usage error, exit 2', () => {
    const r = runCli(['stats', 'faults', '--db', `${db}.missing`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no database at .*\.missing/);
  });
});
