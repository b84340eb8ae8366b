/**
 * Tables of schema version 1. Frozen: a later change is a new migration in migrations.ts, never
 * an edit here. Offsets (`start`, `end`) are half-open UTF-16 indexes into `decisions.text`;
 * every extracted row keeps its evidence: `section` (a section kind, 'header' or 'title'),
 * `start`, `end`, `evidence` (the text of the span) and the `rule` that produced it.
 * Booleans are INTEGER 0/1 (NULL when unknown). JSON columns hold arrays.
 */

/** Evidence columns shared by every extracted-mention table. */
const EVIDENCE = `section TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  rule TEXT NOT NULL`;

/** A child table of decisions: rows go when their decision goes. */
const mentionTable = (name: string, columns: string): string => `
CREATE TABLE ${name} (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  ${columns}
  , ${EVIDENCE}
) STRICT;
CREATE INDEX ${name}_decision ON ${name}(decision_id);`;

export const TABLES_V1 = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,             -- absolute path
  file TEXT NOT NULL,                    -- base name
  sha256 TEXT,                           -- NULL when the file could not be read
  format TEXT,                           -- txt | html | pdf
  encoding TEXT,
  bytes INTEGER,                         -- size on disk
  mtime_ms REAL,                         -- with bytes: the cheap "unchanged" check
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
  error_code TEXT,                       -- InputError code, 'internal' or 'store'
  error TEXT,                            -- one line
  case_number TEXT,
  duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  ingested_at TEXT NOT NULL              -- ISO 8601 UTC
) STRICT;
CREATE INDEX documents_status ON documents(status, error_code);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  case_number TEXT,                      -- as printed: "NN NNN NNN", "NN NNN NNNc"
  case_key TEXT UNIQUE,                  -- lower-case letters and digits only: one row per case
  organisation TEXT,                     -- the title organisation(s) as written, "; "-joined
  organisation_key TEXT,                 -- key of the first title organisation
  organisation_type TEXT,
  category TEXT,                         -- "Adult care services > Charging"
  category_top TEXT,                     -- "Adult care services"
  outcome TEXT,
  decision_date TEXT,                    -- ISO date
  year INTEGER,
  fault INTEGER,
  injustice INTEGER,
  investigated INTEGER,
  remedy_total REAL,
  summary_payment_total REAL,
  kind TEXT NOT NULL CHECK (kind IN ('full', 'partial')),
  layout TEXT NOT NULL,                  -- numbered | bulleted | plain
  format TEXT NOT NULL,
  summary TEXT,
  text TEXT NOT NULL                     -- the normalised text every offset points into
) STRICT;
CREATE INDEX decisions_organisation ON decisions(organisation_key);
CREATE INDEX decisions_year ON decisions(year);
CREATE INDEX decisions_category ON decisions(category_top, category);

CREATE TABLE organisations (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,                    -- the most common name variant
  type TEXT NOT NULL,
  known INTEGER NOT NULL                 -- matched the local-authority data file
) STRICT;

CREATE TABLE organisation_names (
  key TEXT NOT NULL REFERENCES organisations(key) ON DELETE CASCADE,
  name TEXT NOT NULL,
  PRIMARY KEY (key, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_organisations (
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  known INTEGER NOT NULL,
  start INTEGER,
  end INTEGER,
  PRIMARY KEY (decision_id, ordinal)
) STRICT;
CREATE INDEX decision_organisations_key ON decision_organisations(key, name);

CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  heading TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
) STRICT;
CREATE INDEX sections_decision ON sections(decision_id);

CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,              -- document order, nested items included
  section_ordinal INTEGER NOT NULL,
  section_kind TEXT NOT NULL,
  subsection TEXT,                       -- subsection heading, NULL before the first one
  number TEXT,
  bullet TEXT,
  depth INTEGER NOT NULL,                -- 0 for a paragraph, 1+ for nested list items
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX paragraphs_decision ON paragraphs(decision_id);

CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
  text, content = 'paragraphs', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF text ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END;
${mentionTable('organisation_mentions', `name TEXT NOT NULL,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  known INTEGER NOT NULL,
  via TEXT NOT NULL`)}
${mentionTable('case_refs', `ref TEXT NOT NULL,
  role TEXT NOT NULL`)}
${mentionTable('people', `name TEXT NOT NULL,
  title TEXT,
  letter TEXT NOT NULL,
  role TEXT,
  complainant INTEGER NOT NULL`)}
${mentionTable('dates', `iso TEXT NOT NULL,
  precision TEXT NOT NULL,
  qualifier TEXT,
  role TEXT NOT NULL,
  sentence_start INTEGER,
  sentence_end INTEGER`)}
${mentionTable('deadlines', `period TEXT NOT NULL,
  days INTEGER NOT NULL,
  due TEXT`)}
${mentionTable('payments', `idx INTEGER NOT NULL,        -- PaymentValue.id within the decision
  amount REAL NOT NULL,
  recipient TEXT,
  purpose TEXT NOT NULL,
  role TEXT NOT NULL,                    -- agreed | prior | superseded | not_remedy
  part_of INTEGER                        -- idx of the total this is a breakdown item of`)}
${mentionTable('remedies', `types TEXT NOT NULL,         -- JSON array of remedy types
  scope TEXT NOT NULL,
  deadline_period TEXT,
  deadline_days INTEGER,
  deadline_due TEXT`)}
CREATE TABLE remedy_types (
  remedy_id INTEGER NOT NULL REFERENCES remedies(id) ON DELETE CASCADE,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  PRIMARY KEY (remedy_id, type)
) STRICT, WITHOUT ROWID;
CREATE INDEX remedy_types_decision ON remedy_types(decision_id, type);
${mentionTable('findings', `fault INTEGER,
  injustice INTEGER,
  investigated INTEGER`)}
${mentionTable('fault_themes', `theme TEXT NOT NULL`)}
${mentionTable('legislation', `act TEXT NOT NULL,
  year INTEGER NOT NULL,
  sections TEXT NOT NULL                 -- JSON array, as printed: ["26(1)", "34H(i)"]`)}
`;

/**
 * Schema version 3. The stats verbs group tens of thousands of decisions; a decision row holds
 * its whole text, so a scan of the table reads every page of it. Each decision now carries its
 * distinct fault themes and remedy types (sorted, comma-separated; derived from fault_themes and
 * remedy_types, written with the row) and one index covers every column the stats read, so
 * grouping never touches the table itself (50,000 decisions: ~300-600 ms -> under 100 ms).
 */
export const STATS_COLUMNS_V3 = `
ALTER TABLE decisions ADD COLUMN themes TEXT;        -- "complaint_handling,delay"
ALTER TABLE decisions ADD COLUMN remedy_types TEXT;  -- "apology,payment"
UPDATE decisions SET
  themes = (SELECT group_concat(DISTINCT t.theme ORDER BY t.theme) FROM fault_themes t WHERE t.decision_id = decisions.id),
  remedy_types = (SELECT group_concat(DISTINCT r.type ORDER BY r.type) FROM remedy_types r WHERE r.decision_id = decisions.id);
CREATE INDEX decisions_stats ON decisions(decision_date, case_number, organisation_key, organisation_type,
  category_top, category, year, outcome, fault, remedy_total, organisation, kind, themes, remedy_types);
DROP INDEX fault_themes_decision;
CREATE INDEX fault_themes_decision ON fault_themes(decision_id, theme);
`;
