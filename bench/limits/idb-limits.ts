import type { Page } from '@playwright/test';
import { registerDatabaseName } from '../pos-register.ts';

/**
 * The register's IndexedDB limits, measured in the POS page with the browser's own IndexedDB
 * API (no Dexie, no POS code), on the register's own data: the writes go to a scratch database
 * whose `customers` store copies the register's (key path and every index, read from the
 * database), so they write the same rows through the same indexes as the POS. Their transactions
 * take the browser's default durability, as the POS's Dexie ones do (Dexie passes none): relaxed
 * since Chromium 121, the commit reported once written to the OS, not flushed to the disk.
 */
type LimitTask =
  /** Every stored customer put again in transactions of `pageSize` rows: rows per second. */
  | { kind: 'bulk-put'; database: string; scratch: string; pageSize: number }
  /** The newest customer put `count` times, one transaction each: each put's ms. */
  | { kind: 'single-put'; database: string; scratch: string; count: number };

/** Runs in the page (serialized by Playwright: it uses nothing outside itself). */
async function runLimit(task: LimitTask): Promise<number[]> {
  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  const completed = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  const register = await done(indexedDB.open(task.database));
  const store = register.transaction('customers', 'readonly').objectStore('customers');
  const shape = {
    keyPath: store.keyPath,
    autoIncrement: store.autoIncrement,
    indexes: [...store.indexNames].map((name) => {
      const index = store.index(name);
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }),
  };
  const rows = (await done(store.getAll())) as Record<string, unknown>[];
  register.close();
  await done(indexedDB.deleteDatabase(task.scratch));
  const opening = indexedDB.open(task.scratch, 1);
  opening.onupgradeneeded = () => {
    const created = opening.result.createObjectStore('customers', shape);
    for (const { name, keyPath, ...options } of shape.indexes) {
      created.createIndex(name, keyPath, options);
    }
  };
  const scratch = await done(opening);
  const times = [];
  try {
    if (task.kind === 'bulk-put') {
      const started = performance.now();
      for (let start = 0; start < rows.length; start += task.pageSize) {
        const tx = scratch.transaction('customers', 'readwrite');
        const target = tx.objectStore('customers');
        for (const row of rows.slice(start, start + task.pageSize)) target.put(row);
        await completed(tx);
      }
      times.push(rows.length / ((performance.now() - started) / 1000));
    } else {
      const newest = rows.at(-1) ?? {};
      const uniques = shape.indexes.flatMap((index) =>
        index.unique && typeof index.keyPath === 'string' ? [index.keyPath] : [],
      );
      for (let i = 0; i < task.count; i += 1) {
        // A new row each time: no key (the store makes one) and its unique fields made unique.
        const row: Record<string, unknown> = { ...newest };
        if (typeof shape.keyPath === 'string') delete row[shape.keyPath];
        for (const field of uniques) {
          if (typeof row[field] === 'string') row[field] = `${String(row[field])}-${i}`;
        }
        const started = performance.now();
        const tx = scratch.transaction('customers', 'readwrite');
        tx.objectStore('customers').put(row);
        await completed(tx);
        times.push(performance.now() - started);
      }
    }
  } finally {
    scratch.close();
    await done(indexedDB.deleteDatabase(task.scratch));
  }
  return times;
}

/** The scratch database of the limits (deleted after each measurement). */
const scratch = 'bench-limit-scratch';

/**
 * The first download's limit: every customer the register stored, put again into a scratch
 * database in transactions of `pageSize` rows (the feed's page), as `bulkPut` does; rows per
 * second.
 */
export async function rawBulkPutRate(page: Page, pageSize: number): Promise<number> {
  const [rate] = await page.evaluate(runLimit, {
    kind: 'bulk-put',
    database: registerDatabaseName,
    scratch,
    pageSize,
  } satisfies LimitTask);
  return rate ?? Number.NaN;
}

/** Save → Pending sync's limit: the newest customer put `count` times, each put's ms. */
export function rawSinglePutTimes(page: Page, count: number): Promise<number[]> {
  return page.evaluate(runLimit, {
    kind: 'single-put',
    database: registerDatabaseName,
    scratch,
    count,
  } satisfies LimitTask);
}
