import { describe, expect, it } from 'vitest';
import { usesDefaultAdminPassword } from './env.ts';

describe('the documented default console password', () => {
  it.each([
    [{}, true],
    [{ HQ_ADMIN_PASSWORD: 'hq-admin' }, true],
    [{ HQ_ADMIN_PASSWORD: 'a-store-password' }, false],
  ])('is in use with %o: %s', (env, expected) => {
    expect(usesDefaultAdminPassword(env)).toBe(expected);
  });
});
