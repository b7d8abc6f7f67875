import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { draft, record } from '../test-fixtures.ts';
import { findContactDuplicates, getCustomer, searchCustomers } from './customers-repo.ts';
import { getConfig } from './meta-repo.ts';
import { pruneSyncedEntries } from './outbox-prune.ts';
import { outboxEntriesFor } from './outbox-repo.ts';
import { openPosDatabase, type LocalCustomer } from './schema.ts';
import { searchTokens } from './search-tokens.ts';

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
    expect(db.verno).toBe(4);
    expect(await getConfig(db)).toMatchObject({
      asyncCustomerMode: true,
      filterSharedCustomerData: false,
      features: { asyncCustomerEditing: false },
      defaults: { affiliations: [] },
    });
  });

  it('upgrades a version 2 database: old search tokens are recomputed, so search and the duplicate warning find old rows', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      customers: '++localId, &accountNumber, &asyncGuid, syncStatus, *searchTokens, createdHere',
      outbox: '++seq, &recordId, state, localId',
      meta: 'key',
    });
    // Stored by an older register: a full-width phone and e-mail, a name without its phrases.
    const taro: Omit<LocalCustomer, 'localId'> = {
      ...draft({
        firstName: 'Taro',
        lastName: 'Suzuki',
        email: 'ｔａｒｏ＠ｅｘａｍｐｌｅ.ｊｐ',
        phone: '０９０-８７６５-４３２１',
      }),
      accountNumber: 'C000123',
      syncStatus: 'synced',
      pendingAddresses: [],
      createdHere: 0,
      customerGroup: 'Retail',
      currency: 'JPY',
      language: 'ja',
      receiptPreference: 'print',
      storeId: 'S001',
      loyaltyCards: [],
      version: 1,
      updatedAt: '2026-11-01T10:00:00.000Z',
      searchTokens: ['taro', 'suzuki', 'ｔａｒｏ＠ｅｘａｍｐｌｅ.ｊｐ', 'c000123'],
    };
    // A copy: Dexie writes the new local ID into the object it adds.
    const taroId = Number(await v2.table('customers').add({ ...taro }));
    // Merged at HQ (X2): found only by its own account number, never a duplicate.
    const mergedId = Number(
      await v2.table('customers').add({
        ...taro,
        accountNumber: 'C000099',
        mergedInto: 'C000123',
        searchTokens: ['taro', 'suzuki', 'c000099'],
      }),
    );
    const current = { ...taro, firstName: 'Hanako', lastName: 'Yamada', email: '', phone: '' };
    const currentId = Number(
      await v2.table('customers').add({
        ...current,
        accountNumber: 'C000200',
        searchTokens: searchTokens({ ...current, accountNumber: 'C000200' }),
      }),
    );
    const rec = record();
    await v2.table('outbox').add({
      recordId: rec.guid,
      localId: taroId,
      record: rec,
      state: 'synced',
      attempts: 1,
      nextAttemptAt: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    v2.close();

    const db = openPosDatabase(name);
    expect(db.verno).toBe(4);
    const stored = await getCustomer(db, taroId);
    expect(stored?.searchTokens).toEqual(searchTokens({ ...taro }));
    expect(stored?.searchTokens).toEqual(
      expect.arrayContaining(['taro suzuki', 'suzuki taro', '09087654321', 'taro@example.jp']),
    );
    expect((await getCustomer(db, mergedId))?.searchTokens).toEqual(['c000099']);
    expect((await getCustomer(db, currentId))?.searchTokens).toEqual(
      searchTokens({ ...current, accountNumber: 'C000200' }),
    );

    const found = async (query: string) =>
      (await searchCustomers(db, query, 1)).map((c) => c.localId);
    expect(await found('suzuki ta')).toEqual([taroId]);
    expect(await found('090-8765-4321')).toEqual([taroId]);
    expect(await found('taro@example')).toEqual([taroId]);
    expect(await found('c000099')).toEqual([mergedId]);

    const duplicates = await findContactDuplicates(db, {
      phone: '090 8765 4321',
      email: 'Taro@Example.jp',
    });
    expect(duplicates.map((d) => [d.localId, d.reasons])).toEqual([
      [taroId, expect.arrayContaining(['phone', 'email'])],
    ]);

    // The outbox gained its pruning index: the old synced entry goes.
    expect(await pruneSyncedEntries(db, Date.now())).toBe(1);
  });
});
