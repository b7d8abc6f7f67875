import { describe, expect, it } from 'vitest';
import { getPersistentStorage } from '../db/meta-repo.ts';
import { freshDatabase } from '../test-fixtures.ts';
import { requestPersistentStorage } from './queue-health.ts';

describe('requestPersistentStorage (B15)', () => {
  it('leaves the answer unknown where the Storage API is missing (an insecure context)', async () => {
    const db = freshDatabase();
    await expect(requestPersistentStorage(db, undefined)).resolves.toBeNull();
    await expect(requestPersistentStorage(db, {})).resolves.toBeNull();
    await expect(getPersistentStorage(db)).resolves.toBeNull();
  });

  it('asks for persistence only when the storage is not persistent yet, and remembers the answer', async () => {
    const db = freshDatabase();
    let asked = 0;
    const persist = () => {
      asked += 1;
      return Promise.resolve(true);
    };
    await expect(
      requestPersistentStorage(db, { persisted: () => Promise.resolve(true), persist }),
    ).resolves.toBe(true);
    expect(asked).toBe(0);
    await expect(
      requestPersistentStorage(db, { persisted: () => Promise.resolve(false), persist }),
    ).resolves.toBe(true);
    expect(asked).toBe(1);
    await expect(getPersistentStorage(db)).resolves.toBe(true);
  });

  it('asks at once where the browser has persist but not persisted', async () => {
    const db = freshDatabase();
    await expect(
      requestPersistentStorage(db, { persist: () => Promise.resolve(false) }),
    ).resolves.toBe(false);
    await expect(getPersistentStorage(db)).resolves.toBe(false);
  });
});
