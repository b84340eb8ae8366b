/**
 * Command-line inputs -> decision file paths, streamed.
 *
 * - An existing file is yielded as given, whatever its extension.
 * - A directory is walked depth-first in code-point order of names, yielding .txt/.text/.htm/
 *   .html/.pdf entries (any case; a FIFO or device so named too, for the reader to refuse) and
 *   skipping dot-entries; symbolic links are followed once (the
 *   real path of every visited directory is remembered, so link loops end).
 * - Anything else that looks like a glob is matched with tinyglobby (sorted; dot-entries skipped;
 *   symlinked directories are not descended, so a glob cannot loop).
 * - Error design: a path that cannot be expanded (missing, a glob matching nothing, a directory
 *   that cannot be listed) is yielded as it is, and `readDecisionFile` then throws the InputError
 *   ('unreadable', with the OS reason in words) that the caller reports per file, like any other
 *   bad input. So a run never stops because one input is wrong.
 * Paths are de-duplicated (by absolute path) within one call.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions (lower case) picked up when walking a directory. */
export const DECISION_EXTENSIONS = new Set(['.txt', '.text', '.htm', '.html', '.pdf']);

export function isDecisionFileName(name: string): boolean {
  return DECISION_EXTENSIONS.has(extname(name).toLowerCase());
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Files under `dir` (already known to be a directory), in stable order. */
async function* walk(dir: string, visited: Set<string>): AsyncGenerator<string> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    yield dir;
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // A symbolic link counts as what it points to; a dangling or looping one as a file, which
    // the reader then reports. A decision-named entry that is not a regular file (a FIFO, a
    // socket, a device) is yielded too: the reader refuses it unopened ('unreadable', "not a
    // regular file"), so it is reported rather than silently left out.
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = (await statOrNull(path))?.isDirectory() ?? false;
    if (isDir) yield* walk(path, visited);
    else if (isDecisionFileName(entry.name)) yield path;
  }
}

async function* expandOne(input: string, visited: Set<string>): AsyncGenerator<string> {
  const info = await statOrNull(input);
  if (info?.isDirectory()) {
    yield* walk(input, visited);
    return;
  }
  if (info || !isDynamicPattern(input)) {
    yield input;
    return;
  }
  const matches = await glob(input, { absolute: isAbsolute(input), dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  if (!matches.length) yield input;
  for (const match of matches.sort(byCodePoint)) yield match;
}

/** Stream the decision files named by `inputs` (files, directories, globs), in order, once each. */
export async function* expandPaths(inputs: Iterable<string>): AsyncGenerator<string> {
  const visited = new Set<string>();
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const path of expandOne(input, visited)) {
      const key = resolve(path);
      if (seen.has(key)) continue;
      seen.add(key);
      yield path;
    }
  }
}

/** All paths of `expandPaths`, collected. */
export async function listPaths(inputs: Iterable<string>): Promise<string[]> {
  const paths: string[] = [];
  for await (const path of expandPaths(inputs)) paths.push(path);
  return paths;
}
