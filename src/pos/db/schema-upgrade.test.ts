import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { record } from '../test-fixtures.ts';
import { getCustomer } from './customers-repo.ts';
import { getConfig } from './meta-repo.ts';
import { outboxEntriesFor } from './outbox-repo.ts';
import { openPosDatabase } from './schema.ts';

describe('database upgrade', () => {
  it('upgrades a version 1 database: pending customers, their queue and the cached settings survive', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      customers: '++localId, &accountNumber, &asyncGuid, syncStatus, *searchTokens',
      outbox: '++seq, &recordId, state, localId',
      meta: 'key',
    });
    const rec = record();
    const {
      title: _t,
      affiliations: _a,
      secondaryEmails: _e,
      secondaryPhones: _p,
      ...v1Draft
    } = rec.customer;
    const localId = await v1.table('customers').add({
      ...v1Draft,
      asyncGuid: rec.guid,
      syncStatus: 'pending',
      customerGroup: 'Retail',
      currency: 'JPY',
      language: 'ja',
      receiptPreference: 'print',
      storeId: 'S001',
      loyaltyCards: [],
      version: 0,
      updatedAt: rec.createdAt,
      searchTokens: ['yamada'],
    });
    const shared = await v1.table('customers').add({
      ...v1Draft,
      accountNumber: 'C000009',
      syncStatus: 'synced',
      customerGroup: 'Retail',
      currency: 'JPY',
      language: 'ja',
      receiptPreference: 'print',
      storeId: 'S002',
      loyaltyCards: [],
      version: 1,
      updatedAt: rec.createdAt,
      searchTokens: ['yamada'],
    });
    await v1.table('outbox').add({
      recordId: rec.guid,
      localId,
      record: rec,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await v1.table('meta').put({
      key: 'config',
      value: {
        storeId: 'S001',
        storeName: 'Shibuya Store',
        registerId: 'S001-R1',
        registerNumber: '1',
        asyncCustomerMode: true,
        defaults: {
          customerGroup: 'Retail',
          currency: 'JPY',
          language: 'ja',
          receiptPreference: 'print',
        },
      },
    });
    v1.close();

    const db = openPosDatabase(name);
    expect(await getCustomer(db, Number(localId))).toMatchObject({
      syncStatus: 'pending',
      asyncGuid: rec.guid,
      createdHere: 1,
      title: '',
      affiliations: [],
      pendingAddresses: [],
    });
    expect((await getCustomer(db, Number(shared)))?.createdHere).toBe(0);
    expect((await outboxEntriesFor(db, Number(localId)))[0]).toMatchObject({
      state: 'pending',
      recordId: rec.guid,
    });
    expect(db.verno).toBe(2);
    expect(await getConfig(db)).toMatchObject({
      asyncCustomerMode: true,
      filterSharedCustomerData: false,
      features: { asyncCustomerEditing: false },
      defaults: { affiliations: [] },
    });
  });
});
