import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format.ts';

const now = Date.parse('2026-11-27T12:00:00.000Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    { case: 'none', iso: null, expected: '—' },
    { case: 'a moment ago', iso: ago(3), expected: 'now' },
    { case: 'slightly ahead of this clock', iso: ago(-5), expected: 'now' },
    { case: 'seconds', iso: ago(42), expected: '42 seconds ago' },
    { case: 'minutes', iso: ago(12 * 60 + 30), expected: '12 minutes ago' },
    { case: 'hours', iso: ago(3 * 3600), expected: '3 hours ago' },
    { case: 'a day', iso: ago(30 * 3600), expected: 'yesterday' },
    { case: 'days', iso: ago(5 * 86400), expected: '5 days ago' },
  ])('$case', ({ iso, expected }) => {
    expect(formatRelativeTime(iso, now)).toBe(expected);
  });
});
