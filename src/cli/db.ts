/** Opening the database for the read-only verbs, with a clear error when it does not exist. */
import { existsSync } from 'node:fs';
import { openStore } from '../store/db.js';
import { UserError } from '../types.js';

export class UsageError extends UserError {}

export function openReadOnly(path: string) {
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run \`ombuds ingest <paths> --db ${path}\` first)`);
  return openStore(path, { readonly: true });
}
