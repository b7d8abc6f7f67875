import { describe, expect, it } from 'vitest';
import { createMessageMatcher } from './message-matcher.ts';

describe('createMessageMatcher', () => {
  const match = createMessageMatcher({
    tooLong: 'At most {{max}} characters.',
    unreachableBecause: 'Cannot reach the server ({{detail}}).',
    unreachable: 'Cannot reach the server.',
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
});
