/** Web Locks shared by page tabs and the service worker: one upload and one download at a time. */
export const syncLocks = {
  upload: 'pos-register-upload',
  download: 'pos-register-download',
} as const;
export type SyncLockName = (typeof syncLocks)[keyof typeof syncLocks];

const localChains = new Map<string, Promise<unknown>>();

/**
 * Runs `job` while holding the named lock, so one drain runs at a time across tabs
 * and the service worker (STACK.md: without it the page and the SW sent the same records).
 * Falls back to an in-process queue where Web Locks are missing (unit tests).
 */
export function withSyncLock<T>(name: SyncLockName, job: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks) return locks.request(name, job);
  const previous = localChains.get(name) ?? Promise.resolve();
  const run = previous.then(job, job);
  localChains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
