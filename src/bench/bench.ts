/**
 * `npm run bench [-- --n 1000|10000|50000[,...]] [--keep]`: the pipeline at archive scale on a
 * synthetic corpus. Prints figures and writes reports/bench.md; it is not a pass/fail test.
 * Measures (a) the floor: read every file + one regex pass; (b) `ombuds ingest` end to end with
 * one worker and with all cores; (c) re-ingest of the unchanged corpus; (d) each stats verb,
 * search and the report on the resulting database.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { faultStats, remedyStats, remedyTypeStats } from '../analyse/stats.js';
import { search } from '../analyse/search.js';
import { writeReport } from '../report/index.js';
import { openStore } from '../store/db.js';
import { runMeasured, timeIt, type RunResult } from './measure.js';
import { generateCorpus } from './synth.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'ombuds.js');

interface IngestFigures {
  ms: number;
  perS: number;
  mbPerS: number;
  rssMb: number;
  /** CPU time (user + system, every thread) per decision; null without /proc. */
  cpuMsPerDoc: number | null;
  /** The part of it spent on the main thread, which writes the store; null without /proc. */
  writerCpuMsPerDoc: number | null;
}

interface Figures {
  n: number;
  corpusMb: number;
  generateS: number;
  floor: { ms: number; mbPerS: number };
  ingest1: IngestFigures;
  ingestAll: IngestFigures & { workers: number };
  reingest: { ms: number; speedup: number; rssMb: number };
  dbMbPer1000: number;
  queries: { name: string; ms: number; cliMs: number }[];
}

function floor(dir: string): { ms: number; mbPerS: number } {
  const files = readdirSync(dir);
  const started = performance.now();
  let bytes = 0;
  let hits = 0;
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'latin1');
    bytes += text.length;
    hits += text.match(/£\d[\d,]*/g)?.length ?? 0;
  }
  const ms = performance.now() - started;
  if (hits < 0) console.error(hits);
  return { ms, mbPerS: bytes / 1e6 / (ms / 1000) };
}

async function ingest(dir: string, db: string, concurrency: number) {
  const r = await runMeasured(process.execPath, [CLI, 'ingest', dir, '--db', db, '--concurrency', String(concurrency)]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`ingest failed (${r.code}): ${r.stderr.slice(-2000)}`);
  return r;
}

function ingestFigures(r: RunResult, n: number, mb: number): IngestFigures {
  const s = r.ms / 1000;
  return { ms: r.ms, perS: n / s, mbPerS: mb / s, rssMb: r.peakRssMb,
    cpuMsPerDoc: r.cpuMs === null ? null : r.cpuMs / n, writerCpuMsPerDoc: r.mainThreadCpuMs === null ? null : r.mainThreadCpuMs / n };
}

async function benchOne(n: number, keep: boolean): Promise<Figures> {
  const work = mkdtempSync(join(tmpdir(), `ombuds-bench-${n}-`));
  const dir = join(work, 'corpus');
  const log = (s: string) => process.stderr.write(`bench n=${n}: ${s}\n`);
  try {
    let t = performance.now();
    log('generating the synthetic corpus');
    const { bytes } = await generateCorpus(dir, n, join(ROOT, 'corpus'));
    const generateS = (performance.now() - t) / 1000;
    const mb = bytes / 1e6;
    log(`${mb.toFixed(1)} MB in ${generateS.toFixed(1)} s; floor`);
    floor(dir); // warm the page cache
    const fl = floor(dir);
    log('ingest with one worker');
    const one = await ingest(dir, join(work, 'one.db'), 1);
    const workers = availableParallelism();
    log(`ingest with ${workers} workers`);
    const all = await ingest(dir, join(work, 'all.db'), workers);
    log('re-ingest (unchanged)');
    const again = await ingest(dir, join(work, 'all.db'), workers);
    const dbPath = join(work, 'all.db');
    const dbBytes = statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    log('queries');
    const db = openStore(dbPath, { readonly: true });
    const queries: Figures['queries'] = [];
    const q = async (name: string, fn: () => unknown, cliArgs: string[]) => {
      const ms = timeIt(fn);
      const cli = await runMeasured(process.execPath, [CLI, ...cliArgs, '--db', dbPath]);
      queries.push({ name, ms, cliMs: cli.ms });
    };
    for (const by of ['organisation', 'category', 'year', 'organisation-type'] as const) {
      await q(`stats remedies --by ${by}`, () => remedyStats(db, by), ['stats', 'remedies', '--by', by, '--format', 'json']);
    }
    await q('stats faults --by category', () => faultStats(db, 'category'), ['stats', 'faults', '--by', 'category', '--format', 'json']);
    await q('stats remedy-types --by year', () => remedyTypeStats(db, 'year'), ['stats', 'remedy-types', '--by', 'year', '--format', 'json']);
    await q('search "delay"', () => search(db, 'delay'), ['search', 'delay', '--format', 'json']);
    await q('search "stage three review panel"', () => search(db, '"stage three review panel"'), ['search', '"stage three review panel"', '--format', 'json']);
    await q('report', () => writeReport(db, { database: dbPath, out: join(work, 'report', 'summary.html') }), ['report', '--out', join(work, 'report2', 'summary.html')]);
    db.close();
    return {
      n, corpusMb: mb, generateS, floor: fl,
      ingest1: ingestFigures(one, n, mb),
      ingestAll: { ...ingestFigures(all, n, mb), workers },
      reingest: { ms: again.ms, speedup: all.ms / again.ms, rssMb: again.peakRssMb },
      dbMbPer1000: dbBytes / 1e6 / (n / 1000),
      queries,
    };
  } finally {
    if (keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function render(results: Figures[]): string {
  const f1 = (x: number) => x.toFixed(1);
  const f0 = (x: number) => Math.round(x).toLocaleString('en-GB');
  const lines = [
    '# Benchmark', '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f1(totalmem() / 2 ** 30)} GiB RAM, ${process.platform} ${process.arch}`,
    `- Node: ${process.version}`,
    '- Corpus: synthetic (recombined from the bundled decisions; .txt numbered and bulleted, .html, ~1% .pdf; ~60% partial)', '',
    '| N | corpus MB | floor ms (MB/s) | ingest 1 worker: s, docs/s, MB/s, peak RSS | ingest all cores: s, docs/s, MB/s, peak RSS | ingest/floor | re-ingest s (× faster) | DB MB per 1,000 |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${f0(r.n)} | ${f1(r.corpusMb)} | ${f0(r.floor.ms)} (${f0(r.floor.mbPerS)}) | ${f1(r.ingest1.ms / 1000)}, ${f0(r.ingest1.perS)}, ${f1(r.ingest1.mbPerS)}, ${f0(r.ingest1.rssMb)} MB | ${f1(r.ingestAll.ms / 1000)}, ${f0(r.ingestAll.perS)}, ${f1(r.ingestAll.mbPerS)}, ${f0(r.ingestAll.rssMb)} MB (${r.ingestAll.workers} workers) | ${f0(r.ingestAll.ms / r.floor.ms)}× | ${f1(r.reingest.ms / 1000)} (${f1(r.reingest.speedup)}×) | ${f1(r.dbMbPer1000)} |`),
    '',
  ];
  const cpu = results.filter((r) => r.ingestAll.cpuMsPerDoc !== null);
  if (cpu.length) {
    const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)} ms`);
    // CPU-bound (every core busy), throughput is the cores over the CPU time one decision costs.
    lines.push('CPU time per decision (user + system, every thread; steadier than wall time, so the figure to compare builds by):', '',
      '| N | 1 worker | all cores | of which the main thread (the writer) | all cores\' ceiling: cores ÷ CPU per decision |',
      '|---|---|---|---|---|',
      ...cpu.map((r) => `| ${f0(r.n)} | ${ms(r.ingest1.cpuMsPerDoc)} | ${ms(r.ingestAll.cpuMsPerDoc)} | ${ms(r.ingestAll.writerCpuMsPerDoc)} | ${f0((r.ingestAll.workers * 1000) / r.ingestAll.cpuMsPerDoc!)} docs/s |`), '');
  }
  if (results.length > 1) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    const ratio = (b.ingestAll.ms / b.n) / (a.ingestAll.ms / a.n);
    lines.push(`Per-decision cost at N=${f0(b.n)} is ${ratio.toFixed(2)}× that at N=${f0(a.n)} (all cores).`, '');
  }
  for (const r of results) {
    lines.push(`## Queries on N = ${f0(r.n)}`, '', '| query | in-process ms (median of 5) | CLI wall ms (incl. Node start) |', '|---|---|---|');
    lines.push(...r.queries.map((q) => `| ${q.name} | ${f1(q.ms)} | ${f0(q.cliMs)} |`), '');
  }
  lines.push('Targets (2 cores, N = 50,000): ≥ 1,000 decisions/s with all cores; per-decision cost at 50,000 within 1.2× of 1,000; peak RSS < 500 MB; each stats verb and search < 200 ms; report < 5 s; re-ingest ≥ 10× faster than the first ingest.', '');
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
  const sizes = String(values.n).split(',').map((s) => Number.parseInt(s, 10));
  if (sizes.some((s) => !Number.isFinite(s) || s < 1)) throw new Error('--n takes positive whole numbers, e.g. --n 1000 or --n 1000,50000');
  const results = [];
  for (const n of sizes) results.push(await benchOne(n, values.keep ?? false));
  const md = render(results);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports', 'bench.md'), md);
  process.stdout.write(md);
  process.stderr.write('bench: written to reports/bench.md\n');
}

await main();
