/**
 * Schema version 6: a decision's people and organisation mentions are stored as two lists on
 * one row of `mention_lists`, not as ~41 rows of two tables (of a bench decision's ~92 child
 * rows). The single writer spent a sixth of its time inserting those rows and their
 * decision_id index entries (10,000 bench decisions, 2 workers: main thread 1.52 -> 1.27 ms per
 * decision without them), for mentions that are read a decision at a time (`show`) or scanned
 * whole (`query`).
 *
 * `people` and `organisation_mentions` are now views with the columns of the version-1 tables
 * in the same order, read out of the lists by json_each; `v_people` and every query over them
 * read as before. Each list is a JSON array of one array per mention, its values in the view's
 * column order after decision_id (the writer's tuples, rows.ts). `id` is no longer a table's row
 * id: it is decision_id * 2^32 + the mention's position in its list (unique, in document order,
 * and a decision's mentions together). Frozen once shipped, like schema-tables.ts.
 */

/** A column name as SQL (`end` is a keyword). */
const col = (c: string) => (c === 'end' ? '"end"' : c);

/** The view over one list column: `columns` in tuple order, after id and decision_id. */
const listView = (name: string, columns: readonly string[]) => `
CREATE VIEW ${name} AS
SELECT (l.decision_id << 32) + j.key AS id, l.decision_id,
  ${columns.map((c, i) => `j.value ->> ${i} AS ${col(c)}`).join(', ')}
FROM mention_lists l, json_each(l.${name}) j;`;

const EVIDENCE = ['section', 'start', 'end', 'evidence', 'rule'];
const ORGANISATION_MENTION = ['name', 'key', 'type', 'known', 'via', ...EVIDENCE];
const PERSON = ['name', 'title', 'letter', 'role', 'complainant', ...EVIDENCE];

/** The version-1 rows of `table` for decision `d`, as a list in row order (NULL when none). */
const listOf = (table: string, columns: readonly string[]) => `(SELECT json_group_array(json_array(${columns.map((c) => `t.${col(c)}`).join(', ')}) ORDER BY t.id)
    FROM ${table} t WHERE t.decision_id = d.id HAVING count(*) > 0)`;

export const MENTION_LISTS_V6 = `
CREATE TABLE mention_lists (
  decision_id INTEGER PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
  organisation_mentions TEXT,            -- JSON: [[name, key, type, known, via, section, start, end, evidence, rule], ...]
  people TEXT                            -- JSON: [[name, title, letter, role, complainant, section, start, end, evidence, rule], ...]
) STRICT;
INSERT INTO mention_lists (decision_id, organisation_mentions, people)
SELECT d.id, ${listOf('organisation_mentions', ORGANISATION_MENTION)}, ${listOf('people', PERSON)}
FROM decisions d
WHERE EXISTS (SELECT 1 FROM organisation_mentions t WHERE t.decision_id = d.id) OR EXISTS (SELECT 1 FROM people t WHERE t.decision_id = d.id)
ORDER BY d.id;
DROP TABLE organisation_mentions;
DROP TABLE people;
${listView('organisation_mentions', ORGANISATION_MENTION)}
${listView('people', PERSON)}
`;
