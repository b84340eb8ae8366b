/**
 * The stats filters (--category, --organisation, --organisation-type, --outcome, --from, --to),
 * alone and combined, select the decisions the fixture texts say they should, for every verb;
 * the figures follow the selection; bad values are usage errors (exit 2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURE_CASES, fixtureDb, removeTempDirs, seededFixtureDb } from '../helpers/fixture-db.js';

let db: string;
let seeded: string;
beforeAll(async () => {
  db = await fixtureDb();
  seeded = await seededFixtureDb();
});
afterAll(removeTempDirs);

function run(verb: string, filters: string[], database = db, by = 'all') {
  const r = runCli(['stats', verb, '--by', by, '--db', database, '--format', 'json', ...filters]);
  if (r.status !== 0) throw new Error(`ombuds stats ${verb} ${filters.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

/** Case numbers selected by the filters (in decision-date order), through `stats remedies --by all`. */
function selected(filters: string[]): string[] {
  const rows = run('remedies', filters);
  return rows.length ? (rows[0]!.cases as string[]) : [];
}

const UPHELD = ['22 901 101', '22 907 707', '23 902 202', '23 905 505', '24 906 606', '24 904 404', '24 909 909'];

describe('each filter alone', () => {
  it.each([
    ['no filter', [], [...FIXTURE_CASES]],
    ['top-level category', ['--category', 'Adult care services'], ['22 901 101', '22 907 707', '24 906 606']],
    ['top-level category, any case', ['--category', 'HOUSING'], ['23 902 202']],
    ['full category', ['--category', 'Adult care services > Charging'], ['22 901 101']],
    ['a category with an apostrophe', ['--category', "Children's care services"], ['24 910 010']],
    ['organisation type with a hyphen', ['--organisation-type', 'district-council'], ['22 903 303', '24 904 404', '24 909 909']],
    ['organisation type with an underscore', ['--organisation-type', 'county_council'], ['23 908 808', '23 905 505', '24 910 010']],
    ['organisation type: care provider', ['--organisation-type', 'care-provider'], ['22 907 707']],
    ['from a year', ['--from', '2023'], ['23 908 808', '23 902 202', '23 905 505', '24 906 606', '24 904 404', '24 910 010', '24 909 909']],
    ['to a year (the whole year)', ['--to', '2022'], ['22 901 101', '22 903 303', '22 907 707']],
    ['from a day (inclusive) to a month (the whole month)', ['--from', '2023-08-09', '--to', '2024-02'], ['23 902 202', '23 905 505', '24 906 606']],
    ['to a day (inclusive)', ['--to', '2022-06-21'], ['22 901 101', '22 903 303']],
    ['outcome Upheld', ['--outcome', 'Upheld'], UPHELD],
    ['outcome not upheld (any case; not matched by "upheld")', ['--outcome', 'not upheld'], ['22 903 303', '24 910 010']],
    ['outcome closed', ['--outcome', 'Closed after initial enquiries'], ['23 908 808']],
    ['organisation by one name variant', ['--organisation', 'Enfield Council'], ['22 901 101', '23 902 202']],
    ['organisation by the other name variant', ['--organisation', 'London Borough of Enfield'], ['22 901 101', '23 902 202']],
    ['organisation by a short name', ['--organisation', 'Kent CC'], ['23 905 505', '24 910 010']],
    ['care provider by another legal form', ['--organisation', 'Hollybank Residential Care Ltd'], ['22 907 707']],
    ['an organisation with no decisions', ['--organisation', 'Surrey County Council'], []],
  ] as [string, string[], string[]][])('%s', (_name, filters, expected) => {
    expect(selected(filters)).toEqual(expected);
  });
});

describe('filters combined (AND)', () => {
  const ALL = ['--category', 'Adult care services', '--organisation-type', 'london-borough', '--from', '2022', '--to', '2022-12-31', '--outcome', 'upheld', '--organisation', 'Enfield Council'];

  it('category + organisation type + from/to + outcome + organisation by a name variant', () => {
    expect(selected(ALL)).toEqual(['22 901 101']);
  });

  it('the other variant and another period select the other Enfield decision', () => {
    expect(selected(['--organisation', 'London Borough of Enfield', '--from', '2023', '--outcome', 'Upheld', '--category', 'Housing'])).toEqual(['23 902 202']);
  });

  it('each filter narrows: dropping one widens the selection again', () => {
    expect(selected(['--organisation-type', 'county-council', '--outcome', 'Not upheld'])).toEqual(['24 910 010']);
    expect(selected(['--organisation-type', 'district-council', '--from', '2024'])).toEqual(['24 904 404', '24 909 909']);
    expect(selected(['--category', 'Adult care services', '--outcome', 'Upheld', '--to', '2023'])).toEqual(['22 901 101', '22 907 707']);
  });

  it('contradictory filters select nothing: no rows, not an error', () => {
    expect(run('remedies', ['--organisation', 'Enfield Council', '--category', 'Planning'])).toEqual([]);
    expect(run('faults', ['--organisation', 'Enfield Council', '--category', 'Planning'])).toEqual([]);
    expect(run('remedy-types', ['--organisation', 'Enfield Council', '--category', 'Planning'])).toEqual([]);
  });

  it('faults and remedy-types take the same filters and select the same decisions', () => {
    const filters = ['--category', 'Adult care services', '--from', '2022-01-01', '--to', '2023-12-31'];
    expect(run('faults', filters)[0]).toMatchObject({ decisions: 2, fault_found_pct: 100, upheld_pct: 100, cases: ['22 901 101', '22 907 707'] });
    const types = run('remedy-types', filters, seeded);
    expect(types.every((t) => t.decisions === 2)).toBe(true);
    expect(types.find((t) => t.type === 'apology')).toMatchObject({ count: 2, share_pct: 100, cases: ['22 901 101', '22 907 707'] });
    expect(types.find((t) => t.type === 'reconsider')).toMatchObject({ count: 0, share_pct: 0, cases: [] });
  });
});

describe('the figures follow the selection', () => {
  it.each([
    ['as extracted', () => db],
    ['hand-labelled', () => seeded],
  ] as const)('%s', (_name, database) => {
    // Adult care services: £300, £250, £500.
    expect(run('remedies', ['--category', 'Adult care services'], database())[0]).toMatchObject({
      decisions: 3, decisions_with_payment: 3, total: 1050, mean: 350, median: 300, p90: 460, max: 500,
    });
    // District councils decided in 2024: Wealden £150, Tewkesbury none.
    expect(run('remedies', ['--organisation-type', 'district-council', '--from', '2024'], database())[0]).toMatchObject({
      decisions: 2, decisions_with_payment: 1, total: 150, median: 150, max: 150,
    });
    // Kent: fault in 23 905 505, none in 24 910 010.
    expect(run('faults', ['--organisation', 'Kent County Council'], database())[0]).toMatchObject({ decisions: 2, fault_found_pct: 50, upheld_pct: 50 });
    // Grouped output is filtered too.
    const byType = run('remedies', ['--from', '2023', '--to', '2023'], database(), 'organisation-type');
    expect(byType.map((r) => [r.key, r.decisions, r.total])).toEqual([['county_council', 2, 2100], ['london_borough', 1, 1150]]);
  });
});

describe('bad filter values are usage errors', () => {
  it.each([
    ['--from', 'March 2022'],
    ['--to', '2024-13'],
    ['--from', '2024-02-32'],
    ['--to', '24-01-01'],
  ])('%s %s', (flag, value) => {
    for (const verb of ['remedies', 'faults', 'remedy-types']) {
      const r = runCli(['stats', verb, '--db', db, flag, value]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${flag} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
    }
  });
});
