import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { config } from 'zod/v4/core';

afterEach(() => {
  config({ jitless: false });
});

describe('public/zod-jitless.js (issue 13)', () => {
  it('turns off the eval probe of the Zod the register runs', () => {
    expect(config().jitless).not.toBe(true);
    runInThisContext(readFileSync(new URL('../../public/zod-jitless.js', import.meta.url), 'utf8'));
    expect(config().jitless).toBe(true);
  });
});
