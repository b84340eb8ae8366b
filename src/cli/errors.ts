/** Which errors are the user's to fix (exit 2) rather than failures of the run (exit 1). */
import { UserError } from '../types.js';

export function isUsageError(e: unknown): boolean {
  return e instanceof UserError;
}
