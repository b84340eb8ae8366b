/**
 * Schema version 4: a paragraph's text is stored once, in its decision. Version 1 kept each
 * paragraph's text in `paragraphs` as well (a copy of decisions.text at [start, end): ~6.6 KB per
 * decision, a quarter of the database, written and bound once more by the single writer).
 * `paragraph_spans` holds the rows without the copy; `paragraphs` is now a view with the same
 * columns in the same order, its text cut out of the decision's, and still the external content
 * of the full-text index (FTS5 reads a view as readily as a table).
 *
 * The text is cut by UTF-8 byte offsets (byte_start, byte_end), not by `start`/`end`: those are
 * UTF-16 offsets, and substr() on text counts characters from the start of the string (~4 µs a
 * paragraph, 30 times slower than on bytes). A decision whose text holds a UTF-16 surrogate (a
 * character outside the BMP, or a lone one) keeps its paragraphs' text in `text` instead, so no
 * offset arithmetic ever depends on how SQLite counts such characters.
 *
 * Index entries go when their text can still be read: before a decision is deleted (its
 * paragraphs go by cascade, when the decision row is already gone), or before one span is deleted
 * on its own. Frozen once shipped, like schema-tables.ts.
 */

/** The paragraph text of span row `p` (alias), given its decision row `d`. */
const spanText = (p: string, d: string) =>
  `coalesce(${p}.text, CAST(substr(CAST(${d}.text AS BLOB), ${p}.byte_start + 1, ${p}.byte_end - ${p}.byte_start) AS TEXT))`;

/** The full-text index command for span row `p` (old or new): 'delete' removes its entry, 'insert' adds it. */
const ftsOf = (p: string, command: 'delete' | 'insert') => `INSERT INTO paragraphs_fts (${command === 'delete' ? 'paragraphs_fts, ' : ''}rowid, text)
    SELECT ${command === 'delete' ? "'delete', " : ''}${p}.id, ${spanText(p, 'd')} FROM decisions d WHERE d.id = ${p}.decision_id;`;

/** Byte offset in decision text `d` of UTF-16 offset `at`, for a text where both count the same characters. */
const bytesTo = (at: string) => `octet_length(substr(d.text, 1, ${at}))`;
const SAME_TEXT = 'p.text = substr(d.text, p.start + 1, p.end - p.start)';

export const PARAGRAPH_SPANS_V4 = `
CREATE TABLE paragraph_spans (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  section_ordinal INTEGER NOT NULL,
  section_kind TEXT NOT NULL,
  subsection TEXT,
  number TEXT,
  bullet TEXT,
  depth INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  byte_start INTEGER,                    -- UTF-8 offsets of start and end in decisions.text
  byte_end INTEGER,
  text TEXT,                             -- only when the byte offsets are NULL (see schema-v4.ts)
  CHECK (text IS NOT NULL OR (byte_start IS NOT NULL AND byte_end IS NOT NULL))
) STRICT;
INSERT INTO paragraph_spans
SELECT p.id, p.decision_id, p.ordinal, p.section_ordinal, p.section_kind, p.subsection, p.number, p.bullet, p.depth,
  p.start, p.end,
  CASE WHEN ${SAME_TEXT} THEN ${bytesTo('p.start')} END,
  CASE WHEN ${SAME_TEXT} THEN ${bytesTo('p.end')} END,
  CASE WHEN ${SAME_TEXT} THEN NULL ELSE p.text END
FROM paragraphs p JOIN decisions d ON d.id = p.decision_id ORDER BY p.id;
DROP TABLE paragraphs;
CREATE INDEX paragraph_spans_decision ON paragraph_spans(decision_id);

CREATE VIEW paragraphs AS
SELECT p.id, p.decision_id, p.ordinal, p.section_ordinal, p.section_kind, p.subsection, p.number, p.bullet, p.depth,
  p.start, p.end, ${spanText('p', 'd')} AS text
FROM paragraph_spans p JOIN decisions d ON d.id = p.decision_id;

CREATE TRIGGER decisions_fts_delete BEFORE DELETE ON decisions BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) SELECT 'delete', id, text FROM paragraphs WHERE decision_id = old.id;
END;
CREATE TRIGGER decisions_fts_text_before BEFORE UPDATE OF text ON decisions BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) SELECT 'delete', id, text FROM paragraphs WHERE decision_id = old.id;
END;
CREATE TRIGGER decisions_fts_text_after AFTER UPDATE OF text ON decisions BEGIN
  INSERT INTO paragraphs_fts (rowid, text) SELECT id, text FROM paragraphs WHERE decision_id = new.id;
END;
CREATE TRIGGER paragraph_spans_fts_delete BEFORE DELETE ON paragraph_spans BEGIN
  ${ftsOf('old', 'delete')}
END;
CREATE TRIGGER paragraph_spans_fts_update AFTER UPDATE OF decision_id, byte_start, byte_end, text ON paragraph_spans BEGIN
  ${ftsOf('old', 'delete')}
  ${ftsOf('new', 'insert')}
END;
`;
