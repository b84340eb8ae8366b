/**
 * store: the SQLite evidence base. Opening (pragmas + migrations), the single writer, batch
 * ingestion with worker threads, and read helpers. Depends on ingest/parse/extract only.
 */
export { openStore, DEFAULT_DB, type Store, type OpenOptions } from './db.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from './migrations.js';
export { ingestPaths, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest.js';
export { StoreWriter, type KnownDocument, type Outcome, type WriteOutcome } from './writer.js';
export { decisionRows, caseKey, okResult, type TaskResult, type DecisionRows, type DocumentFields } from './rows.js';
export { processTask, type Task } from './task.js';
export { createRunner, workersAvailable, type Runner } from './pool.js';
export { tableCounts, statusCounts, ROW_TABLES } from './queries.js';
