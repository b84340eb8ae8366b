/**
 * Pipelines (pipelines/<name>.json): the bundled default validates; an invalid file is refused
 * with one line naming the file and the field (exit 2) before anything is written; `ombuds run`
 * over the analysis fixtures ingests, writes the report and the stats outputs, and prints the
 * report's path on stdout.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPipeline, PipelineError, PipelineSchema } from '../../src/pipeline/schema.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { FIXTURE_CASES, FIXTURE_DIR, removeTempDirs, tempDir } from '../helpers/fixture-db.js';

afterAll(removeTempDirs);

describe('pipelines/default.json', () => {
  it('validates, with the inputs, database and outputs README and `npm start` rely on', () => {
    const p = loadPipeline(join(ROOT, 'pipelines', 'default.json'));
    expect(p.name).toBe('default');
    expect(p.inputs).toEqual(['corpus']);
    expect(p.database).toBe('ombuds.db');
    expect(p.filters).toEqual({});
    expect(p.outputs.report).toEqual({ html: 'reports/summary.html', markdown: true, csv: 'reports/tables' });
    for (const s of p.outputs.stats) expect(s.path.startsWith('reports/')).toBe(true);
  });

  it('every pipeline file in pipelines/ validates', () => {
    const files = readdirSync(join(ROOT, 'pipelines')).filter((f) => f.endsWith('.json'));
    expect(files).toContain('default.json');
    for (const f of files) expect(() => loadPipeline(join(ROOT, 'pipelines', f)), f).not.toThrow();
  });

  it('defaults fill what a minimal pipeline leaves out', () => {
    expect(PipelineSchema.parse({ name: 'm', inputs: ['x'], outputs: {} })).toEqual({
      name: 'm', inputs: ['x'], database: 'ombuds.db', ingest: {}, filters: {}, outputs: { stats: [] },
    });
  });
});

describe('invalid pipelines: one line naming the file and the field, exit 2', () => {
  const GOOD = { name: 'bad', inputs: ['in'], database: 'never.db', outputs: { report: { html: 'never/report.html' } } };
  const cases: [string, string | object, RegExp][] = [
    ['an unknown key', { ...GOOD, bogus: 1 }, /\(top level\): Unrecognized key: "bogus"/],
    ['an unknown key inside filters', { ...GOOD, filters: { categry: 'Housing' } }, /filters: Unrecognized key: "categry"/],
    ['an unknown key inside a stats output', { ...GOOD, outputs: { stats: [{ verb: 'faults', by: 'year', path: 'x.csv', colour: 'red' }] } }, /outputs\.stats\.0: Unrecognized key: "colour"/],
    ['a wrong type', { ...GOOD, ingest: { concurrency: 'two' } }, /ingest\.concurrency: .*expected number, received string/],
    ['a string for a list', { ...GOOD, inputs: 'corpus' }, /inputs: .*expected array, received string/],
    ['a boolean as a string', { ...GOOD, outputs: { report: { markdown: 'yes' } } }, /outputs\.report\.markdown: .*expected boolean/],
    ['a bad date', { ...GOOD, filters: { from: 'March 2022' } }, /filters\.from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    ['an impossible month', { ...GOOD, filters: { to: '2024-13' } }, /filters\.to: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    ['missing inputs', { name: 'bad', outputs: {} }, /inputs: .*expected array, received undefined/],
    ['empty inputs', { ...GOOD, inputs: [] }, /inputs: .*expected array to have >=1 items/],
    ['missing outputs', { name: 'bad', inputs: ['in'] }, /outputs: .*expected object, received undefined/],
    ['an unknown stats verb', { ...GOOD, outputs: { stats: [{ verb: 'payments', by: 'year', path: 'x.csv' }] } }, /outputs\.stats\.0\.verb: /],
    ['an unknown grouping', { ...GOOD, outputs: { stats: [{ verb: 'faults', by: 'colour', path: 'x.csv' }] } }, /outputs\.stats\.0\.by: /],
    ['not an object', [1, 2], /\(top level\): .*expected object, received array/],
    ['not JSON', '{ "name": "bad", ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
  ];

  it.each(cases)('%s', (_name, content, message) => {
    const dir = tempDir('ombuds-pipeline-bad-');
    const file = join(dir, 'bad.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    const r = runCli(['run', file], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]!.startsWith(`ombuds: ${file}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
    // Refused before anything ran.
    expect(readdirSync(dir)).toEqual(['bad.json']);
    expect(() => loadPipeline(file)).toThrow(PipelineError);
  });

  it('a missing file', () => {
    const dir = tempDir('ombuds-pipeline-bad-');
    const r = runCli(['run', 'nope.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('ombuds: nope.json: no such file');
  });

  it('several problems are listed on the one line', () => {
    const dir = tempDir('ombuds-pipeline-bad-');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: '', inputs: [], outputs: {}, extra: true }));
    const r = runCli(['run', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    const line = r.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    for (const field of ['name:', 'inputs:', 'Unrecognized key: "extra"']) expect(line).toContain(field);
  });
});

describe('ombuds run over the fixture corpus', () => {
  function pipelineDir(pipeline: object): string {
    const dir = tempDir('ombuds-pipeline-run-');
    mkdirSync(join(dir, 'pipelines'));
    writeFileSync(join(dir, 'pipelines', 'fixtures.json'), JSON.stringify(pipeline, null, 2));
    return dir;
  }
  const PIPELINE = {
    name: 'fixtures',
    description: 'The analysis fixtures, end to end.',
    inputs: [FIXTURE_DIR],
    database: 'out/fixtures.db',
    ingest: { concurrency: 0 },
    outputs: {
      report: { html: 'out/report/summary.html', markdown: true, csv: 'out/report/tables' },
      stats: [
        { verb: 'remedies', by: 'organisation-type', format: 'json', path: 'out/stats/remedies.json' },
        { verb: 'faults', by: 'category', format: 'csv', path: 'out/stats/faults.csv' },
        { verb: 'remedy-types', by: 'all', path: 'out/stats/remedy-types.csv' },
      ],
    },
  };
  const stats = (dir: string, verb: string, by: string, format: string, filters: string[] = []) => {
    const r = runCli(['stats', verb, '--by', by, '--format', format, '--db', join(dir, 'out', 'fixtures.db'), ...filters]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('ingests, writes the report and the stats, and prints the report path', () => {
    const dir = pipelineDir(PIPELINE);
    const r = runCli(['run', 'pipelines/fixtures.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${join('out', 'report', 'summary.html')}\n`);
    expect(r.stderr).toMatch(/ingested 10, skipped 0 \(unchanged\), duplicate 0, failed 0/);
    expect(r.stderr).toContain('report: out/report/summary.html');

    const html = readFileSync(join(dir, 'out', 'report', 'summary.html'), 'utf8');
    expect(html).toContain('<dt>Decisions</dt><dd>10</dd>');
    expect(existsSync(join(dir, 'out', 'report', 'summary.md'))).toBe(true);
    expect(readdirSync(join(dir, 'out', 'report', 'summary-charts'))).toHaveLength(6);
    expect(readdirSync(join(dir, 'out', 'report', 'tables'))).toHaveLength(11);

    // The stats outputs are exactly what `ombuds stats` prints for the same database.
    expect(JSON.parse(readFileSync(join(dir, 'out', 'stats', 'remedies.json'), 'utf8'))).toEqual(JSON.parse(stats(dir, 'remedies', 'organisation-type', 'json')));
    const faultsCsv = readFileSync(join(dir, 'out', 'stats', 'faults.csv'), 'utf8');
    const faultsJson = JSON.parse(stats(dir, 'faults', 'category', 'json')) as { group: string; decisions: number; fault_found_pct: number | null }[];
    const lines = faultsCsv.trimEnd().split('\n');
    expect(lines[0]).toBe('group,key,decisions,fault_found_pct,upheld_pct,top_themes,cases');
    expect(lines).toHaveLength(faultsJson.length + 1);
    faultsJson.forEach((f, i) => expect(lines[i + 1]!.startsWith(`${f.group.includes(',') ? `"${f.group}"` : f.group},`)).toBe(true));
    expect(readFileSync(join(dir, 'out', 'stats', 'remedy-types.csv'), 'utf8').split('\n')[0]).toBe('group,key,type,count,share_pct,decisions,cases');

    // The database holds the fixtures.
    const q = runCli(['query', 'SELECT case_number FROM decisions ORDER BY decision_date', '--db', join(dir, 'out', 'fixtures.db'), '--format', 'json']);
    expect((JSON.parse(q.stdout) as { case_number: string }[]).map((x) => x.case_number)).toEqual([...FIXTURE_CASES]);

    // A second run finds nothing new to ingest and writes the outputs again.
    const again = runCli(['run', 'pipelines/fixtures.json'], { cwd: dir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe(r.stdout);
    expect(again.stderr).toMatch(/ingested 0, skipped 10 \(unchanged\)/);
  });

  it('the pipeline filters apply to the report and the stats', () => {
    const dir = pipelineDir({ ...PIPELINE, filters: { category: 'Adult care services', to: '2023' } });
    const r = runCli(['run', 'pipelines/fixtures.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'report', 'summary.html'), 'utf8');
    expect(html).toContain('Filters applied: category &quot;Adult care services&quot;, decided to 2023.');
    expect(html).toContain('<dt>Decisions</dt><dd>2</dd>');
    const remedies = JSON.parse(readFileSync(join(dir, 'out', 'stats', 'remedies.json'), 'utf8')) as { key: string; cases: string[] }[];
    expect(remedies.flatMap((x) => x.cases).sort()).toEqual(['22 901 101', '22 907 707']);
    expect(remedies).toEqual(JSON.parse(stats(dir, 'remedies', 'organisation-type', 'json', ['--category', 'Adult care services', '--to', '2023'])));
  });

  it('an input that fails is reported and the run goes on: outputs written, exit 1', () => {
    const dir = pipelineDir({ ...PIPELINE, inputs: [FIXTURE_DIR, 'extra'] });
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra', 'recipe.txt'), 'Shortbread\n\nMix the butter and sugar.\nAdd flour and bake.\n');
    const r = runCli(['run', 'pipelines/fixtures.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${join('out', 'report', 'summary.html')}\n`);
    expect(r.stderr).toMatch(/recipe\.txt: not an Ombudsman decision/);
    expect(r.stderr).toMatch(/ingested 10, .* failed 1/);
    const html = readFileSync(join(dir, 'out', 'report', 'summary.html'), 'utf8');
    expect(html).toContain('10 parsed, 0 duplicate, 1 failed');
    expect(html).toContain('recipe.txt');
  });
});
