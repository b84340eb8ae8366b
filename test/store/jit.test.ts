import { describe, expect, it } from 'vitest';
import { inliningFlag } from '../../src/store/jit.js';

describe('inliningFlag: the V8 inlining budget set for extraction', () => {
  it('sets a budget below V8\'s default when nobody gave one', () => {
    const flag = inliningFlag([], undefined);
    expect(flag).toMatch(/^--max-inlined-bytecode-size-cumulative=(\d+)$/);
    expect(Number(flag!.split('=')[1])).toBeLessThan(920);
  });

  it.each([
    [['--max-inlined-bytecode-size-cumulative=500'], undefined],
    [['--max_inlined_bytecode_size_cumulative=500'], undefined],
    [[], '--max-old-space-size=4096 --max-inlined-bytecode-size-cumulative=920'],
    [[], '--max_inlined_bytecode_size_cumulative=100'],
  ])('leaves one given on the command line or in NODE_OPTIONS alone (%j, %j)', (argv, options) => {
    expect(inliningFlag(argv, options)).toBeNull();
  });

  it('is not fooled by other inlining flags', () => {
    expect(inliningFlag(['--max-inlined-bytecode-size=100'], '--max-inlined-bytecode-size-absolute=1000')).not.toBeNull();
  });
});
