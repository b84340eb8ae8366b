/**
 * The per-document record in the key vocabulary of the gold labels (FORMAT.md): same names, same
 * meanings. `ombuds extract --jsonl` prints it (plus the full detail) and `ombuds eval` scores it.
 */
import type { Extraction, ParsedDocument, PaymentMention, RemedyType } from '../types.js';

export interface DecisionRecord {
  file: string;
  kind: 'full' | 'partial';
  organisation: string | string[] | null;
  case_number: string | null;
  category: string | null;
  outcome: string | null;
  decision_date: string | null;
  complainants: string[];
  fault: boolean | null;
  investigated: boolean | null;
  remedy_types: RemedyType[];
  summary_payments: number[];
  summary_payment_total: number;
  remedy_total: number | null;
  prior_payments: number[] | null;
  superseded_payments: number[] | null;
  sections: string[] | null;
  deadlines: string[] | null;
  legislation: string[] | null;
}

const REMEDY_ORDER: readonly RemedyType[] = ['apology', 'payment', 'service_improvement', 'reconsider', 'other_action'];

/** Top-level payments (not breakdown items) with a role, optionally only in one section. */
export function topLevel(payments: PaymentMention[], role: PaymentMention['value']['role'], section?: string): PaymentMention[] {
  return payments.filter((p) => p.value.role === role && p.value.partOf === null && (!section || p.section === section));
}

/** Distinct amounts in order of first mention (the same sum mentioned twice is one payment). */
function distinctAmounts(payments: PaymentMention[]): number[] {
  return [...new Set(payments.map((p) => p.value.amount))];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function toRecord(doc: ParsedDocument, x: Extraction): DecisionRecord {
  const orgs = doc.header.organisations.map((o) => o.value);
  const summaryPayments = topLevel(x.payments, 'agreed', 'summary').map((p) => p.value.amount);
  const actionText = doc.sections.some((s) => s.kind === 'agreed_action');
  return {
    file: doc.file,
    kind: doc.complete ? 'full' : 'partial',
    organisation: orgs.length === 0 ? null : orgs.length === 1 ? orgs[0]! : orgs,
    case_number: x.caseNumber,
    category: x.category,
    outcome: x.outcome,
    decision_date: x.decisionDate,
    complainants: x.people.filter((p) => p.value.complainant && p.value.title).map((p) => p.value.name)
      .filter((name, i, all) => all.indexOf(name) === i),
    fault: x.fault,
    investigated: x.investigated,
    remedy_types: REMEDY_ORDER.filter((t) => x.remedies.some((r) => r.value.types.includes(t))),
    summary_payments: summaryPayments,
    summary_payment_total: round2(summaryPayments.reduce((a, b) => a + b, 0)),
    remedy_total: x.remedyTotal,
    prior_payments: distinctAmounts(topLevel(x.payments, 'prior')),
    superseded_payments: distinctAmounts(topLevel(x.payments, 'superseded')),
    sections: doc.sections.map((s) => s.kind),
    deadlines: actionText
      ? x.deadlines.filter((d) => d.section === 'agreed_action').map((d) => d.value.period)
        .filter((p, i, all) => all.indexOf(p) === i)
      : [],
    legislation: x.legislation.map((l) => l.value.act).filter((a, i, all) => all.indexOf(a) === i),
  };
}
