/** Which errors are the user's to fix (exit 2) rather than failures of the run (exit 1). */
import { FilterError } from '../analyse/filters.js';
import { QueryError } from '../analyse/query.js';
import { SearchError } from '../analyse/search.js';
import { PipelineError } from '../pipeline/schema.js';
import { UsageError } from './db.js';

export function isUsageError(e: unknown): boolean {
  return e instanceof UsageError || e instanceof FilterError || e instanceof SearchError || e instanceof QueryError || e instanceof PipelineError;
}
