/**
 * Analyst views of schema version 1 (frozen like schema-tables.ts; a change is a new migration
 * that drops and re-creates the view). One row per decision or per extracted mention, with the
 * case number, organisation and year joined in, and the evidence span alongside every value.
 */

/** Columns every mention view starts with. */
const DECISION_COLUMNS = `d.case_number, d.organisation, d.organisation_key, d.organisation_type,
  d.category_top, d.decision_date, d.year`;

/** Evidence columns every mention view ends with. */
const evidence = (alias: string) => `${alias}.section, ${alias}.evidence, ${alias}.start, ${alias}.end, ${alias}.rule,
  d.id AS decision_id, doc.file`;

const JOIN_DECISION = (alias: string) => `JOIN decisions d ON d.id = ${alias}.decision_id
  JOIN documents doc ON doc.id = d.document_id`;

/** Distinct values of a child table's column for one decision, comma-joined in sorted order. */
const list = (table: string, column: string) =>
  `(SELECT group_concat(v, ',') FROM (SELECT DISTINCT ${column} AS v FROM ${table} WHERE decision_id = d.id ORDER BY 1))`;

export const VIEWS_V1 = `
CREATE VIEW v_decisions AS
SELECT d.case_number, d.organisation, d.organisation_key, d.organisation_type,
  d.category, d.category_top, d.outcome, d.decision_date, d.year,
  d.fault, d.injustice, d.investigated, d.remedy_total, d.summary_payment_total,
  (SELECT count(*) FROM payments p WHERE p.decision_id = d.id AND p.role = 'agreed' AND p.part_of IS NULL) AS agreed_payments,
  (SELECT count(*) FROM payments p WHERE p.decision_id = d.id) AS payment_mentions,
  ${list('remedy_types', 'type')} AS remedy_types,
  ${list('fault_themes', 'theme')} AS fault_themes,
  ${list('legislation', 'act')} AS legislation,
  (SELECT count(*) FROM decision_organisations o WHERE o.decision_id = d.id) AS organisations,
  d.kind, d.layout, d.format, d.summary, doc.file, doc.path, d.id AS decision_id, d.document_id
FROM decisions d JOIN documents doc ON doc.id = d.document_id;

CREATE VIEW v_payments AS
SELECT ${DECISION_COLUMNS},
  p.amount, p.role, p.purpose, p.recipient, p.idx, p.part_of,
  (p.part_of IS NULL) AS top_level,
  (SELECT t.amount FROM payments t WHERE t.decision_id = p.decision_id AND t.idx = p.part_of) AS part_of_amount,
  ${evidence('p')}
FROM payments p ${JOIN_DECISION('p')};

CREATE VIEW v_remedies AS
SELECT ${DECISION_COLUMNS},
  r.types, r.scope, r.deadline_period, r.deadline_days, r.deadline_due,
  ${evidence('r')}
FROM remedies r ${JOIN_DECISION('r')};

CREATE VIEW v_remedy_types AS
SELECT ${DECISION_COLUMNS}, t.type, r.scope, ${evidence('r')}
FROM remedy_types t JOIN remedies r ON r.id = t.remedy_id ${JOIN_DECISION('t')};

CREATE VIEW v_fault_themes AS
SELECT ${DECISION_COLUMNS}, f.theme, ${evidence('f')}
FROM fault_themes f ${JOIN_DECISION('f')};

CREATE VIEW v_findings AS
SELECT ${DECISION_COLUMNS}, f.fault, f.injustice, f.investigated, ${evidence('f')}
FROM findings f ${JOIN_DECISION('f')};

CREATE VIEW v_legislation AS
SELECT ${DECISION_COLUMNS}, l.act, l.year AS act_year, l.sections AS act_sections, ${evidence('l')}
FROM legislation l ${JOIN_DECISION('l')};

CREATE VIEW v_deadlines AS
SELECT ${DECISION_COLUMNS}, k.period, k.days, k.due, ${evidence('k')}
FROM deadlines k ${JOIN_DECISION('k')};

CREATE VIEW v_people AS
SELECT ${DECISION_COLUMNS}, pe.name, pe.title, pe.letter, pe.role, pe.complainant, ${evidence('pe')}
FROM people pe ${JOIN_DECISION('pe')};

CREATE VIEW v_organisations AS
SELECT o.key, o.name, o.type, o.known,
  (SELECT count(DISTINCT decision_id) FROM decision_organisations x WHERE x.key = o.key) AS decisions,
  (SELECT group_concat(name, '; ') FROM (SELECT name FROM organisation_names n WHERE n.key = o.key ORDER BY name)) AS variants
FROM organisations o;

CREATE VIEW v_failures AS
SELECT doc.status, doc.error_code, doc.error, doc.file, doc.path, doc.case_number,
  holder.path AS duplicate_of_path, doc.ingested_at
FROM documents doc LEFT JOIN documents holder ON holder.id = doc.duplicate_of
WHERE doc.status <> 'ok';
`;
