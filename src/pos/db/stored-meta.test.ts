import { describe, expect, it } from 'vitest';
import type { ActivationResponse } from '../../contract/register.ts';
import { configuredDatabase, freshDatabase, testConfig } from '../test-fixtures.ts';
import { dropInvalidFirstScreenMeta, getConfig, saveActivation } from './meta-repo.ts';
import {
  getSyncTimes,
  readStoredActivation,
  readStoredConfig,
  whenActivated,
} from './stored-meta.ts';

const activation: ActivationResponse = {
  deviceToken: 't'.repeat(32),
  storeId: testConfig.storeId,
  storeName: testConfig.storeName,
  registerId: testConfig.registerId,
  registerNumber: testConfig.registerNumber,
};

describe('stored meta (issue 13: the first screen reads it without zod)', () => {
  it('reads the settings as stored, and drops them once the schemas find they no longer fit', async () => {
    const db = await configuredDatabase();
    await db.meta.put({ key: 'config', value: { ...testConfig, storeName: 42 } });
    expect(await readStoredConfig(db)).toMatchObject({ storeName: 42 });
    expect(await getConfig(db)).toBeNull();

    await dropInvalidFirstScreenMeta(db);
    expect(await readStoredConfig(db)).toBeNull();
  });

  it('keeps what fits its schema, and drops an activation that does not', async () => {
    const db = await configuredDatabase();
    await db.meta.put({ key: 'activation', value: { ...activation, deviceToken: 'short' } });
    await dropInvalidFirstScreenMeta(db);
    expect(await readStoredConfig(db)).toEqual(testConfig);
    expect(await readStoredActivation(db)).toBeNull();
  });

  it('reads the activation as stored, null before activation', async () => {
    const db = freshDatabase();
    expect(await readStoredActivation(db)).toBeNull();
    await saveActivation(db, activation);
    expect(await readStoredActivation(db)).toEqual(activation);
  });

  it('resolves once the register is activated, at once when it already is', async () => {
    const db = freshDatabase();
    let activated = false;
    const waiting = whenActivated(db).then(() => {
      activated = true;
    });
    await readStoredActivation(db);
    expect(activated).toBe(false);
    await saveActivation(db, activation);
    await waiting;
    expect(activated).toBe(true);
    await expect(whenActivated(db)).resolves.toBeUndefined();
  });

  it('reads a sync time only when a number was stored', async () => {
    const db = freshDatabase();
    await db.meta.put({ key: 'lastUploadAt', value: 'yesterday' });
    await db.meta.put({ key: 'lastDownloadAt', value: 1_765_000_000_000 });
    expect(await getSyncTimes(db)).toEqual({
      lastUploadAt: null,
      lastDownloadAt: 1_765_000_000_000,
    });
  });
});
