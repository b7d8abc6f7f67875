import { describe, expect, it } from 'vitest';
import { createMessageMatcher } from './message-matcher.ts';

describe('createMessageMatcher', () => {
  const match = createMessageMatcher({
    tooLong: 'At most {{max}} characters.',
    unreachableBecause: 'Cannot reach the server ({{detail}}).',
    unreachable: 'Cannot reach the server.',
    merged: 'Customer {{account}} was merged into {{into}}. Open {{into}} instead.',
  });

  it('finds the template and the values a message was made with', () => {
    expect(match('At most 60 characters.')).toEqual({ key: 'tooLong', values: { max: '60' } });
    expect(match('Cannot reach the server (Failed to fetch).')).toEqual({
      key: 'unreachableBecause',
      values: { detail: 'Failed to fetch' },
    });
    expect(match('Cannot reach the server.')).toEqual({ key: 'unreachable', values: {} });
  });

  it('takes the template text literally and matches whole messages only', () => {
    expect(match('At most 60 characters!')).toBeNull();
    expect(match('Cannot reach the server. Really.')).toBeNull();
    expect(match('Cannot reach the serverX')).toBeNull();
  });

  it('reads a value the template repeats, which must be the same each time', () => {
    expect(match('Customer C000123 was merged into C000456. Open C000456 instead.')).toEqual({
      key: 'merged',
      values: { account: 'C000123', into: 'C000456' },
    });
    expect(match('Customer C000123 was merged into C000456. Open C000789 instead.')).toBeNull();
  });
});
