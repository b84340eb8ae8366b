/**
 * extract: ParsedDocument -> Extraction. Extractors propose mentions; then an ordered list of
 * refiners settles them. The order of EXTRACTION_STEPS documents the pipeline.
 */
import type { Extraction, ParsedDocument } from '../types.js';
import { extractCaseNumbers } from './case-numbers.js';
import { type ExtractContext, createContext } from './context.js';
import { extractDates } from './dates.js';
import { extractDeadlines } from './deadlines.js';
import { extractFaultThemes } from './fault-themes.js';
import { extractFindings } from './findings.js';
import { extractLegislation } from './legislation.js';
import { extractOrganisations } from './organisations.js';
import { extractPayments } from './payments.js';
import { extractPeople } from './people.js';
import { faultFromRemedy } from './refiners/fault-from-remedy.js';
import { remedyTotal } from './refiners/remedy-total.js';
import { extractRemedies } from './remedies.js';

type Step = { name: string; run: (ctx: ExtractContext, x: Extraction) => void };

/** The pipeline, in order. Later steps may read what earlier ones produced. */
export const EXTRACTION_STEPS: readonly Step[] = [
  { name: 'organisations', run: (ctx, x) => { x.organisations = extractOrganisations(ctx.doc); } },
  { name: 'case numbers', run: (ctx, x) => { x.caseNumbers = extractCaseNumbers(ctx); } },
  { name: 'people', run: (ctx, x) => { x.people = extractPeople(ctx); } },
  { name: 'dates', run: (ctx, x) => { x.dates = extractDates(ctx); } },
  { name: 'legislation', run: (ctx, x) => { x.legislation = extractLegislation(ctx); } },
  {
    name: 'findings',
    run: (ctx, x) => {
      const { value, mentions } = extractFindings(ctx);
      Object.assign(x, value);
      x.findings = mentions;
    },
  },
  { name: 'fault themes', run: (ctx, x) => { x.faultThemes = extractFaultThemes(ctx, x.fault); } },
  { name: 'deadlines', run: (ctx, x) => { x.deadlines = extractDeadlines(ctx); } },
  { name: 'payments (proposed, then refined: roles, totals)', run: (ctx, x) => { x.payments = extractPayments(ctx); } },
  { name: 'remedies', run: (ctx, x) => { x.remedies = extractRemedies(ctx, x.deadlines); } },
  {
    name: 'fault from remedy (when nothing else settled it)',
    run: (ctx, x) => {
      const found = faultFromRemedy(ctx, x);
      if (found) x.findings.push(found);
    },
  },
  { name: 'remedy total', run: (ctx, x) => { x.remedyTotal = remedyTotal(ctx, x.payments); } },
];

export function extractDocument(doc: ParsedDocument): Extraction {
  const ctx = createContext(doc);
  const { header } = doc;
  const x: Extraction = {
    file: doc.file,
    path: doc.path,
    caseNumber: header.caseNumber?.value ?? null,
    organisations: [],
    caseNumbers: [],
    people: [],
    dates: [],
    deadlines: [],
    payments: [],
    remedies: [],
    findings: [],
    faultThemes: [],
    legislation: [],
    outcome: header.outcome?.value ?? null,
    category: header.category?.value ?? null,
    decisionDate: header.decisionDate?.value ?? null,
    fault: null,
    injustice: null,
    investigated: null,
    remedyTotal: null,
  };
  for (const step of EXTRACTION_STEPS) step.run(ctx, x);
  return x;
}

export { createContext } from './context.js';
