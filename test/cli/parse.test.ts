import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, gold } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

describe('ombuds parse', () => {
  it('prints one JSON object per file on stdout and nothing else', () => {
    const r = runCli(['parse', CORPUS_DIR]);
    expect(r.status).toBe(0);
    const docs = r.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(docs).toHaveLength(gold().length);
    const doc = docs.find((d) => d.file === '23-015-499.txt');
    expect(doc.header.case_number).toBe('23 015 499');
    expect(doc.sections.map((s: { kind: string }) => s.kind)).toEqual(gold().find((g) => g.file === '23-015-499.txt')!.sections);
    for (const s of doc.sections) expect(doc.text.slice(s.start, s.end).startsWith(s.heading ?? '')).toBe(true);
  });

  it('reports each bad file in one line on stderr, goes on, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ombuds-parse-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'recipe.txt'), 'Shortbread\nMix butter and sugar.\n');
    const r = runCli(['parse', join(dir, 'empty.txt'), join(dir, 'recipe.txt'), join(CORPUS_DIR, '24-012-183.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/empty\.txt: empty file/);
    expect(errors[1]).toMatch(/recipe\.txt: not an Ombudsman decision/);
  });

  it('text format prints an outline', () => {
    const r = runCli(['parse', '--format', 'text', join(CORPUS_DIR, '24-012-183.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[agreed_action] Action');
  });

  it('a usage error exits 2', () => {
    expect(runCli(['parse']).status).toBe(2);
    expect(runCli(['parse', '--format', 'xml', CORPUS_DIR]).status).toBe(2);
    expect(runCli(['no-such-verb']).status).toBe(2);
  });
});
