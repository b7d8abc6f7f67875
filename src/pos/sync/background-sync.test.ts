import { describe, expect, it } from 'vitest';
import { hasBackgroundSync } from './background-sync.ts';

/** ServiceWorkerRegistration as Chromium has it: `sync` on its prototype. */
class WithSync {}
class WithoutSync {}
Object.defineProperty(WithSync.prototype, 'sync', { get: () => ({}) });

describe('hasBackgroundSync', () => {
  it.each([
    [
      'Chromium (SyncManager and registration.sync)',
      { SyncManager: class {}, ServiceWorkerRegistration: WithSync },
      true,
    ],
    ['iPadOS Safari (neither)', { ServiceWorkerRegistration: WithoutSync }, false],
    [
      'registration.sync removed',
      { SyncManager: class {}, ServiceWorkerRegistration: WithoutSync },
      false,
    ],
    ['SyncManager removed', { ServiceWorkerRegistration: WithSync }, false],
    ['no service worker at all (an insecure context)', {}, false],
  ])('%s → %s', (_browser, scope, expected) => {
    expect(hasBackgroundSync(scope)).toBe(expected);
  });
});
