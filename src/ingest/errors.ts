/** OS errors in words, for one-line InputError reasons. */

const OS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in system',
  EIO: 'input/output error',
  EBUSY: 'resource busy',
  ENXIO: 'no such device or address',
  EINVAL: 'invalid argument',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
};

/** "permission denied" for an EACCES error; the message's first line otherwise. */
export function osReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && OS_REASONS[code]) return OS_REASONS[code];
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').trim() || 'unreadable';
}

const UNITS: Array<[number, string]> = [
  [1024 * 1024 * 1024, 'GB'],
  [1024 * 1024, 'MB'],
  [1024, 'KB'],
];

/** 26528972 -> "25.3 MB", 20971520 -> "20 MB", 100 -> "100 bytes". */
export function formatBytes(n: number): string {
  for (const [size, unit] of UNITS) {
    if (n >= size) {
      const value = n / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${n} bytes`;
}
