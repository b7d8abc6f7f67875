import { describe, expect, it } from 'vitest';
import { checkTestControls, UnsafeTestControlsError } from './test-controls-guard.ts';

describe('test controls at start', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'pos-store.local'])(
    'refuses to start with test controls on HOST %s',
    (host) => {
      expect(() => checkTestControls(true, host)).toThrow(UnsafeTestControlsError);
      expect(() => checkTestControls(true, host)).toThrow(
        `HOST is ${host}, which the network can reach`,
      );
    },
  );

  it.each(['127.0.0.1', 'localhost', '::1', '127.0.0.2'])(
    'starts on loopback (%s) with a warning',
    (host) => {
      expect(checkTestControls(true, host)).toMatch(/^Test controls are on/);
    },
  );

  it('says nothing when test controls are off, whatever the HOST', () => {
    expect(checkTestControls(false, '0.0.0.0')).toBeNull();
  });
});
