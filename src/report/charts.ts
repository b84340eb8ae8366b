/**
 * SVG charts drawn by our own code: no library, no network, readable in greyscale (bars in one
 * dark tone with value labels; series told apart by dash pattern and marker shape, not colour).
 * Each chart is an accessible image: role="img", <title> and <desc> giving the data in words.
 */
import { escapeHtml } from './escape.js';

export interface Datum {
  label: string;
  value: number;
}

export interface ChartText {
  id: string;
  title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  description: string;
  xLabel: string;
  yLabel: string;
  format?: (n: number) => string;
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';
const INK = '#1a1a1a';
const BAR = '#3b5b7a';
const GRID = '#d0d0d0';

const plain = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toFixed(1));
/** Widest a 12px system-ui character is likely to be (DejaVu Sans, the usual Linux fallback, is wide). */
const CHAR_WIDTH = 7.2;
/** Bar labels longer than this are cut with an ellipsis (the full label is in the bar's tooltip). */
const LABEL_CHARS = 40;

function frame(t: ChartText, width: number, height: number, body: string): string {
  const id = escapeHtml(t.id);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${escapeHtml(t.title)}</title>
<desc id="${id}-desc">${escapeHtml(t.description)}</desc>
<g ${FONT} fill="${INK}">${body}</g>
</svg>`;
}

/** Horizontal bars, one per datum, value printed at the end of each bar. */
export function barChart(data: Datum[], t: ChartText): string {
  const fmt = t.format ?? plain;
  const labelWidth = Math.ceil(Math.min(LABEL_CHARS * CHAR_WIDTH, Math.max(60, ...data.map((d) => Math.min(d.label.length, LABEL_CHARS) * CHAR_WIDTH))) + 10);
  const width = 720;
  const barArea = width - labelWidth - 90;
  const rowH = 22;
  const height = 40 + Math.max(1, data.length) * rowH + 30;
  const max = Math.max(1e-9, ...data.map((d) => d.value));
  const rows = data.map((d, i) => {
    const y = 30 + i * rowH;
    const w = Math.max(d.value > 0 ? 1 : 0, (d.value / max) * barArea);
    const label = d.label.length > LABEL_CHARS ? `${d.label.slice(0, LABEL_CHARS - 1)}…` : d.label;
    return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>
<rect class="mark" x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${BAR}"><title>${escapeHtml(`${d.label}: ${fmt(d.value)}`)}</title></rect>
<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 14}">${escapeHtml(fmt(d.value))}</text>`;
  });
  const axisY = 30 + data.length * rowH + 4;
  const axis = `<line x1="${labelWidth}" y1="26" x2="${labelWidth}" y2="${axisY}" stroke="${INK}"/>
<text x="${labelWidth + barArea / 2}" y="${axisY + 20}" text-anchor="middle">${escapeHtml(t.xLabel)}</text>
<text x="4" y="16">${escapeHtml(t.yLabel)}</text>`;
  return frame(t, width, height, axis + rows.join('\n'));
}

/** Vertical bars for ordered bins (a histogram) or categories along x. */
export function columnChart(data: Datum[], t: ChartText): string {
  const fmt = t.format ?? plain;
  const width = 720;
  const height = 300;
  const left = 60;
  const bottom = 60;
  const top = 24;
  const plotW = width - left - 20;
  const plotH = height - top - bottom;
  const max = Math.max(1e-9, ...data.map((d) => d.value));
  const colW = plotW / Math.max(1, data.length);
  const ticks = niceTicks(max, data.every((d) => Number.isInteger(d.value)));
  const grid = ticks.map((v) => {
    const y = top + plotH - (v / ticks[ticks.length - 1]!) * plotH;
    return `<line x1="${left}" y1="${y.toFixed(1)}" x2="${left + plotW}" y2="${y.toFixed(1)}" stroke="${GRID}"/><text x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${escapeHtml(fmt(v))}</text>`;
  });
  const scaleMax = ticks[ticks.length - 1]!;
  const cols = data.map((d, i) => {
    const h = (d.value / scaleMax) * plotH;
    const x = left + i * colW + colW * 0.15;
    const y = top + plotH - h;
    return `<rect class="mark" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(colW * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${BAR}"><title>${escapeHtml(`${d.label}: ${fmt(d.value)}`)}</title></rect>
<text x="${(x + colW * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${escapeHtml(fmt(d.value))}</text>
<text x="${(x + colW * 0.35).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${escapeHtml(d.label)}</text>`;
  });
  const axes = `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="${INK}"/>
<text x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeHtml(t.xLabel)}</text>
<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(t.yLabel)}</text>`;
  return frame(t, width, height, grid.join('\n') + axes + cols.join('\n'));
}

export interface Series {
  name: string;
  points: { x: string; y: number }[];
}

const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

/** Lines over ordered x values (years); series differ by dash pattern and marker shape. */
export function lineChart(series: Series[], t: ChartText): string {
  const fmt = t.format ?? plain;
  const width = 720;
  const height = 300;
  const left = 60;
  const top = 24;
  const plotW = width - left - 150;
  const plotH = height - top - 60;
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const ticks = niceTicks(Math.max(1e-9, ...ys), ys.every((y) => Number.isInteger(y)));
  const scaleMax = ticks[ticks.length - 1]!;
  // The first and last x sit inside the plot, clear of the y-axis labels and the legend.
  const inset = 24;
  const px = (x: string) => left + (xs.length <= 1 ? plotW / 2 : inset + (xs.indexOf(x) / (xs.length - 1)) * (plotW - 2 * inset));
  const py = (y: number) => top + plotH - (y / scaleMax) * plotH;
  const grid = ticks.map((v) => `<line x1="${left}" y1="${py(v).toFixed(1)}" x2="${left + plotW}" y2="${py(v).toFixed(1)}" stroke="${GRID}"/><text x="${left - 6}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(fmt(v))}</text>`);
  const xLabels = xs.map((x) => `<text x="${px(x).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${escapeHtml(x)}</text>`);
  const lines = series.map((s, i) => {
    const path = s.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`).join(' ');
    const marks = s.points.map((p) => marker(MARKERS[i % MARKERS.length]!, px(p.x), py(p.y), `${s.name}, ${p.x}: ${fmt(p.y)}`));
    const ly = top + 10 + i * 20;
    const legend = `<line x1="${left + plotW + 16}" y1="${ly}" x2="${left + plotW + 46}" y2="${ly}" stroke="${INK}" stroke-width="2" stroke-dasharray="${DASHES[i % DASHES.length]}"/>${marker(MARKERS[i % MARKERS.length]!, left + plotW + 31, ly, s.name)}<text x="${left + plotW + 52}" y="${ly + 4}">${escapeHtml(s.name)}</text>`;
    return `<path d="${path}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="${DASHES[i % DASHES.length]}"/>${marks.join('')}${legend}`;
  });
  const axes = `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="${INK}"/>
<text x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeHtml(t.xLabel)}</text>
<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(t.yLabel)}</text>`;
  return frame(t, width, height, grid.join('\n') + axes + xLabels.join('') + lines.join('\n'));
}

function marker(shape: (typeof MARKERS)[number], x: number, y: number, label: string): string {
  const tip = `<title>${escapeHtml(label)}</title>`;
  const at = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  if (shape === 'circle') return `<circle class="mark" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="${INK}">${tip}</circle>`;
  if (shape === 'square') return `<rect class="mark" x="${(x - 4).toFixed(1)}" y="${(y - 4).toFixed(1)}" width="8" height="8" fill="#fff" stroke="${INK}" stroke-width="2">${tip}</rect>`;
  if (shape === 'triangle') return `<polygon class="mark" points="${at(0, -5)} ${at(5, 4)} ${at(-5, 4)}" fill="${INK}">${tip}</polygon>`;
  return `<polygon class="mark" points="${at(0, -5)} ${at(5, 0)} ${at(0, 5)} ${at(-5, 0)}" fill="#fff" stroke="${INK}" stroke-width="2">${tip}</polygon>`;
}

/** 4–6 round tick values from 0 up to at least max; whole numbers only when `integer` (counts). */
export function niceTicks(max: number, integer = false): number[] {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (integer) step = step < 1 ? 1 : step === 2.5 * mag && mag < 10 ? 5 * mag : step;
  const ticks = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks.length > 1 ? ticks : [0, step];
}
