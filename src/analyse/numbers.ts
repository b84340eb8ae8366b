/** Summary statistics. Percentiles interpolate linearly between order statistics (R type 7). */

export function sum(values: number[]): number {
  return round2(values.reduce((a, b) => a + b, 0));
}

export function mean(values: number[]): number | null {
  return values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return round2(sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!));
}

export const median = (values: number[]) => percentile(values, 0.5);

export function pct(part: number, whole: number): number | null {
  return whole ? Math.round((1000 * part) / whole) / 10 : null;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
