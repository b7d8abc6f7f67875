import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.ts';

describe('loggerOptions', () => {
  it('writes lines a person reads (pino-pretty) to a terminal', () => {
    expect(loggerOptions(true)).toMatchObject({ transport: { target: 'pino-pretty' } });
  });

  it('stays JSON when stdout is a file, a pipe or a collector', () => {
    expect(loggerOptions(false)).toBe(true);
  });
});
