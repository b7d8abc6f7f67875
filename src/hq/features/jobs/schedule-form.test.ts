import { describe, expect, it } from 'vitest';
import { checkSchedule, draftFromSchedule, isDirty } from './schedule-form.ts';

describe('checkSchedule', () => {
  it.each([
    { interval: '5', enabled: true, ok: true },
    { interval: ' 86400 ', enabled: false, ok: true },
    { interval: '1', enabled: true, ok: true },
    { interval: '', enabled: true, message: 'Enter how many seconds between runs.' },
    { interval: '2.5', enabled: true, message: 'Enter a whole number of seconds.' },
    { interval: '-3', enabled: true, message: 'Enter a whole number of seconds.' },
    { interval: 'abc', enabled: true, message: 'Enter a whole number of seconds.' },
    {
      interval: '0',
      enabled: true,
      message: 'Enter a number of seconds from 1 to 86,400 (one day).',
    },
    {
      interval: '86401',
      enabled: true,
      message: 'Enter a number of seconds from 1 to 86,400 (one day).',
    },
  ])('checks "$interval" seconds', ({ interval, enabled, ok, message }) => {
    const result = checkSchedule({ enabled, interval });
    if (ok) {
      expect(result).toEqual({
        ok: true,
        schedule: { enabled, intervalSeconds: Number(interval) },
      });
    } else {
      expect(result).toEqual({ ok: false, message });
    }
  });
});

describe('isDirty', () => {
  const saved = { enabled: true, intervalSeconds: 5 };
  it('is clean for the saved values', () => {
    expect(isDirty(draftFromSchedule(saved), saved)).toBe(false);
  });
  it('is dirty when the checkbox or the interval changed', () => {
    expect(isDirty({ enabled: false, interval: '5' }, saved)).toBe(true);
    expect(isDirty({ enabled: true, interval: '10' }, saved)).toBe(true);
  });
});
