/** The eval report as a plain-text table followed by every miss (key, file, expected, got). */
import type { KeyScore, Miss } from './score.js';

export interface EvalReport {
  documents: number;
  failed: { file: string; error: string }[];
  scores: KeyScore[];
  misses: Miss[];
}

const pct = (x: number | undefined) => (x === undefined ? '' : (100 * x).toFixed(1).padStart(6));

export function formatEvalReport(report: EvalReport): string {
  const lines = [`${report.documents} documents, ${report.failed.length} failed`, ''];
  lines.push(`${'key'.padEnd(22)} ${'n'.padStart(3)}  ${'acc%'.padStart(6)}  ${'P%'.padStart(6)}  ${'R%'.padStart(6)}  ${'F1%'.padStart(6)}`);
  for (const s of report.scores) {
    lines.push(`${s.key.padEnd(22)} ${String(s.n).padStart(3)}  ${pct(s.accuracy).padStart(6)}  ${pct(s.precision).padStart(6)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}`);
  }
  for (const f of report.failed) lines.push(`FAILED ${f.file}: ${f.error}`);
  if (report.misses.length) lines.push('', `misses (${report.misses.length}):`);
  for (const m of report.misses) {
    lines.push(`  ${m.key.padEnd(22)} ${m.file.padEnd(16)} expected ${JSON.stringify(m.expected)}  got ${JSON.stringify(m.got)}`);
  }
  return lines.join('\n');
}
