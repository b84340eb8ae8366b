import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levenshtein } from '../../src/extract/natural.js';
import { ROOT } from '../helpers/corpus.js';

describe('natural, loaded by module path', () => {
  it('measures edit distance', () => {
    expect(levenshtein('salveo care', 'saveo care')).toBe(1);
    expect(levenshtein('enfield', 'enfield')).toBe(0);
  });

  it('importing the extractors prints nothing on stdout (natural pulls in dotenv, which does)', () => {
    const script = `import('${join(ROOT, 'dist', 'extract', 'index.js')}').then(() => process.stderr.write('loaded'))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toContain('loaded');
    expect(r.stdout).toBe('');
  });
});
