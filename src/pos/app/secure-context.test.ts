import { describe, expect, it } from 'vitest';
import { missingSecureContextApis, type SecureContextScope } from './secure-context.ts';

const secure: SecureContextScope = {
  isSecureContext: true,
  navigator: { serviceWorker: {}, locks: {}, storage: {} },
  crypto: { randomUUID: () => '00000000-0000-4000-8000-000000000000' },
};

describe('missingSecureContextApis', () => {
  it('finds nothing missing in a secure context that has every API', () => {
    expect(missingSecureContextApis(secure)).toEqual([]);
  });

  it('lists every API a page opened over plain http by a shop-network name lacks', () => {
    // What Chromium gives http://pos-store.test/: no secure-context API at all.
    const insecure: SecureContextScope = { isSecureContext: false, navigator: {}, crypto: {} };
    expect(missingSecureContextApis(insecure)).toEqual([
      'window.isSecureContext',
      'navigator.serviceWorker',
      'navigator.locks',
      'navigator.storage',
      'crypto.randomUUID',
    ]);
  });

  it.each([
    ['navigator.serviceWorker', { navigator: { ...secure.navigator, serviceWorker: undefined } }],
    ['navigator.locks', { navigator: { ...secure.navigator, locks: undefined } }],
    ['navigator.storage', { navigator: { ...secure.navigator, storage: null } }],
    ['crypto.randomUUID', { crypto: { randomUUID: 'not a function' } }],
    ['window.isSecureContext', { isSecureContext: false }],
  ])('lists %s alone when only it is missing from a secure context', (api, change) => {
    expect(missingSecureContextApis({ ...secure, ...change })).toEqual([api]);
  });
});
