/**
 * Schema migrations, in order. `PRAGMA user_version` records the last one applied; each is
 * applied in its own IMMEDIATE transaction together with the version bump, so a crash leaves
 * the database at the previous version, and two processes opening a fresh database do not race.
 * Never edit a migration that has shipped: append a new one.
 */
import type Database from 'better-sqlite3';
import { STATS_COLUMNS_V3, TABLES_V1 } from './schema-tables.js';
import { PARAGRAPH_SPANS_V4 } from './schema-v4.js';
import { MENTION_LISTS_V6 } from './schema-v6.js';
import { VIEWS_V1 } from './schema-views.js';

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'documents, decisions, evidence tables, paragraph full-text index, analyst views', up: TABLES_V1 + VIEWS_V1 },
  {
    version: 2,
    name: 'the writer indexes new paragraphs itself (an insert trigger made FTS5 flush per row)',
    up: 'DROP TRIGGER IF EXISTS paragraphs_fts_insert;',
  },
  {
    version: 3,
    name: "each decision's distinct fault themes and remedy types on its row, and an index covering the stats columns",
    up: STATS_COLUMNS_V3,
  },
  {
    version: 4,
    name: "a paragraph's text is stored once, in its decision: paragraph_spans, and paragraphs as a view over both",
    up: PARAGRAPH_SPANS_V4,
  },
  {
    version: 5,
    name: 'the full-text index merges its segments 16 at a time (FTS5 automerge 16; the default 4 cost the writer ~10%)',
    // Each commit adds a segment to the index; FTS5 merges a level's segments once `automerge`
    // of them have piled up. 16 (the most FTS5 allows) roughly halves the merge work of a bulk
    // ingest (50,000 decisions: writer CPU 0.74 -> 0.68 ms per decision); searches read more,
    // smaller segments, at the same speed (35-100 ms at 50,000) and with the same answers.
    up: "INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('automerge', 16);",
  },
  {
    version: 6,
    name: "a decision's people and organisation mentions as two lists on one row (mention_lists); people and organisation_mentions are views",
    up: MENTION_LISTS_V6,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply the migrations newer than the database; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this ombuds (${latest}); upgrade ombuds`);
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return; // applied meanwhile by another process
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
