import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { ROOT } from '../helpers/corpus.js';

describe('every CLI verb is documented', async () => {
  const program = await buildProgram();
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const verbs = program.commands.map((c) => c.name());

  it('has verbs', () => expect(verbs.length).toBeGreaterThan(2));
  it.each(verbs)('README documents `ombuds %s`', (verb) => {
    expect(readme).toMatch(new RegExp('`ombuds ' + verb + '[ `]'));
  });
  const nested = program.commands.flatMap((c) => c.commands.map((sub) => [c.name(), sub.name()] as const));
  it.each(nested)('README documents `ombuds %s %s`', (verb, sub) => {
    const line = readme.split('\n').find((l) => l.includes('`ombuds ' + verb + ' '));
    expect(line).toBeDefined();
    expect(line).toContain(sub);
  });
  it.each(verbs)('`ombuds %s` has a description for --help', (verb) => {
    const command = program.commands.find((c) => c.name() === verb)!;
    expect(command.description().length).toBeGreaterThan(10);
  });
});
