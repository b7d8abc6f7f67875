import { useEffect, useState } from 'react';

/** How much the register's origin stores, and how much the browser lets it store (bytes). */
export interface StorageFigures {
  usage: number;
  quota: number;
}

/** The part of the Storage API the estimate needs; absent in older browsers. */
export type StorageEstimator = Partial<Pick<StorageManager, 'estimate'>>;

/** The browser's storage, or undefined where the Storage API is missing. */
export const browserStorage = (): StorageEstimator | undefined =>
  (globalThis.navigator as { storage?: StorageManager } | undefined)?.storage;

/**
 * The browser's estimate of the register's storage use, read again whenever `refreshKey`
 * changes; null until it is known, and for good where the API is missing or gives no figures.
 */
export function useStorageEstimate(
  storage: StorageEstimator | undefined,
  refreshKey: unknown,
): StorageFigures | null {
  const [use, setUse] = useState<StorageFigures | null>(null);
  useEffect(() => {
    if (typeof storage?.estimate !== 'function') return;
    let current = true;
    storage.estimate().then(
      ({ usage, quota }) => {
        if (current && usage !== undefined && quota !== undefined && quota > 0) {
          setUse({ usage, quota });
        }
      },
      // A refused estimate (e.g. a private window) leaves the row hidden, as a missing API does.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [storage, refreshKey]);
  return use;
}
