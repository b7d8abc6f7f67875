import { describe, expect, it } from 'vitest';
import {
  adminPasswordChangeSchema,
  adminPasswordMinLength,
  defaultAdminPassword,
} from './hq-admin.ts';

describe('a new HQ console password', () => {
  it('can never be the default one: the default is shorter than the minimum', () => {
    expect(defaultAdminPassword.length).toBeLessThan(adminPasswordMinLength);
    const change = { currentPassword: 'x', newPassword: defaultAdminPassword };
    expect(adminPasswordChangeSchema.safeParse(change).success).toBe(false);
  });

  it.each([
    { newPassword: 'x'.repeat(adminPasswordMinLength), ok: true },
    { newPassword: 'x'.repeat(adminPasswordMinLength - 1), ok: false },
    { newPassword: 'x'.repeat(200), ok: true },
    { newPassword: 'x'.repeat(201), ok: false },
  ])('accepts $newPassword.length characters: $ok', ({ newPassword, ok }) => {
    const change = { currentPassword: 'current', newPassword };
    expect(adminPasswordChangeSchema.safeParse(change).success).toBe(ok);
  });
});
