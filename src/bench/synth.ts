/**
 * A synthetic corpus for the benchmark: N decisions made by recombining the sections and
 * paragraphs of the bundled real decisions with varied organisations, case numbers, dates,
 * amounts and layouts (.txt numbered and bulleted, .html, and a slice of .pdf). Files are
 * written one at a time (never held in memory) and named synthetic-*, so they are clearly
 * synthetic; they live in a temporary folder and are never committed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseText } from '../parse/index.js';
import type { Paragraph, ParsedDocument, SectionKind } from '../types.js';

const require = createRequire(import.meta.url);
const AUTHORITIES = (require('../extract/data/local-authorities.json') as { authorities: { name: string; abolished?: number }[] }).authorities;
const CARE_PROVIDERS = ['Meadow View Care Ltd', 'Oakwood Homecare Limited', 'Riverside Nursing Home Ltd', 'Bright Futures Care Services Limited'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OUTCOMES = ['Upheld', 'Not upheld', 'Closed after initial enquiries'];
const AMOUNTS = [50, 100, 150, 200, 250, 300, 350, 400, 500, 750, 1000, 1250, 1500, 2000, 2750, 5400];
/** Share of each output layout (the rest is numbered .txt). */
const SHARE = { bulleted: 0.3, html: 0.2, pdf: 0.01, partial: 0.6 };
const PARTIAL_CHARS = 2000;

interface Source {
  title: string;
  category: string | null;
  summary: string;
  sections: { kind: SectionKind; heading: string; paragraphs: string[][] }[];
}

/** Deterministic pseudo-random numbers (mulberry32) so a benchmark corpus is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSources(corpusDir: string): Source[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => {
    const doc = parseText(readFileSync(join(corpusDir, f), 'utf8'), f);
    return {
      title: doc.header.title?.value ?? f,
      category: doc.header.category?.value ?? null,
      summary: doc.header.summary?.value ?? '',
      sections: doc.sections.filter((s) => s.heading).map((s) => ({
        kind: s.kind,
        heading: s.heading!.text,
        paragraphs: [...s.paragraphs, ...s.subsections.flatMap((x) => x.paragraphs)].map((p) => flatten(doc, p)),
      })),
    };
  });
}

/** A paragraph and its nested items as lines of text. */
function flatten(doc: ParsedDocument, p: Paragraph): string[] {
  return [doc.text.slice(p.start, p.end), ...p.items.map((i) => doc.text.slice(i.start, i.end))];
}

export interface SynthFile {
  path: string;
  format: 'txt' | 'html' | 'pdf';
}

/** Write N synthetic decisions into dir; returns the number of bytes written. */
export async function generateCorpus(dir: string, n: number, corpusDir: string, seed = 42): Promise<{ files: number; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  const sources = loadSources(corpusDir);
  const full = sources.filter((s) => s.sections.some((x) => x.kind === 'final_decision'));
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pdf = await import('./synth-pdf.js').catch(() => null);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const base = pick(full);
    const other = pick(sources);
    const org = rnd() < 0.05 ? pick(CARE_PROVIDERS) : pick(AUTHORITIES).name;
    const year = 2013 + Math.floor(rnd() * 13);
    const caseNumber = `${String(year - 1).slice(2)} ${String(100 + Math.floor(i / 1000)).padStart(3, '0')} ${String(i % 1000).padStart(3, '0')}`;
    const date = `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${year}`;
    const money = (text: string) => text.replace(/£\d[\d,]*(\.\d\d)?/g, () => `£${pick(AMOUNTS).toLocaleString('en-GB')}`);
    const bulleted = rnd() < SHARE.bulleted;
    const lines = [`${org} (${caseNumber})`];
    if (!bulleted) lines.push('', `Category : ${other.category ?? base.category ?? 'Other Categories > Other'}`, '', `Decision : ${pick(OUTCOMES)}`, '', `Decision date : ${date}`, '');
    lines.push("The Ombudsman's final decision:", `Summary: ${money(rnd() < 0.5 ? base.summary : other.summary)}`);
    for (const section of base.sections) {
      if (!bulleted) lines.push('');
      lines.push(section.heading);
      const donor = pick(sources).sections.find((s) => s.kind === section.kind) ?? section;
      donor.paragraphs.forEach((p, k) => {
        if (!bulleted) lines.push('');
        lines.push(bulleted ? `- ${money(p[0]!)}` : `  ${k + 1}. ${money(p[0]!)}`);
        for (const item of p.slice(1)) lines.push(bulleted ? `- ${money(item)}` : `    • ${money(item)}`);
      });
    }
    let text = lines.join('\n');
    if (rnd() < SHARE.partial) text = text.slice(0, PARTIAL_CHARS);
    const r = rnd();
    const name = `synthetic-${String(i).padStart(6, '0')}`;
    let content: string | Uint8Array;
    if (pdf && r < SHARE.pdf) content = await pdf.textToPdf(text);
    else if (r < SHARE.pdf + SHARE.html) content = toHtml(text, org, caseNumber);
    else content = text;
    const ext = typeof content !== 'string' ? 'pdf' : r < SHARE.pdf + SHARE.html ? 'html' : 'txt';
    writeFileSync(join(dir, `${name}.${ext}`), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  return { files: n, bytes };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved-page rendering of a synthetic decision: site chrome around the decision's markup. */
function toHtml(text: string, org: string, caseNumber: string): string {
  const body: string[] = [];
  let list: string[] | null = null;
  const close = () => {
    if (list) body.push(`<ol>${list.join('')}</ol>`);
    list = null;
  };
  for (const line of text.split('\n')) {
    const item = /^\s*(?:\d+\.|-|•)\s+(.*)$/.exec(line);
    if (item) (list ??= []).push(`<li><p>${esc(item[1]!)}</p></li>`);
    else if (line.trim()) {
      close();
      body.push(line.length < 90 && !/[.:]$/.test(line) ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`);
    }
  }
  close();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(org)} (${caseNumber})</title>
<script>window.dataLayer=[];</script><style>body{font-family:sans-serif}</style></head><body>
<header><img src="/logo.png" alt="LGO logogram"><nav><ul><li><a href="/">Home</a></li><li><a href="/decisions">Decisions</a></li></ul></nav></header>
<div id="cookie-banner"><p>Review your privacy settings</p><p>Required cookies</p></div>
<main id="content">${body.join('\n')}<p><a href="#top">Back to top</a></p></main>
<footer><p>© Local Government and Social Care Ombudsman</p></footer></body></html>`;
}
