import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { configuredDatabase, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { getCustomer, saveHqCustomers, searchCustomers } from './customers-repo.ts';
import { addAsyncCustomer, outboxEntriesFor } from './outbox-repo.ts';

describe('GUID → account mapping', () => {
  it('gives an async customer its account number in place: same local ID, outbox entry synced', async () => {
    const db = await configuredDatabase();
    const rec = record();
    const localId = await addAsyncCustomer(db, rec, testConfig);
    expect(await getCustomer(db, localId)).toMatchObject({
      syncStatus: 'pending',
      asyncGuid: rec.guid,
    });
    expect((await getCustomer(db, localId))?.accountNumber).toBeUndefined();

    const [mappedId] = await saveHqCustomers(db, [
      hqCustomer({ accountNumber: 'C100001', asyncGuid: rec.guid }),
    ]);

    expect(mappedId).toBe(localId);
    expect(await db.customers.count()).toBe(1);
    expect(await getCustomer(db, localId)).toMatchObject({
      syncStatus: 'synced',
      accountNumber: 'C100001',
      version: 1,
    });
    expect((await outboxEntriesFor(db, localId))[0]?.state).toBe('synced');
  });

  it('updates a downloaded customer by account number and adds unknown ones', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(db, [hqCustomer({ accountNumber: 'C000010', firstName: 'Old' })]);
    await saveHqCustomers(db, [
      hqCustomer({ accountNumber: 'C000010', firstName: 'New', version: 2 }),
      hqCustomer({ accountNumber: 'C000011' }),
    ]);
    const all = await db.customers.toArray();
    expect(all).toHaveLength(2);
    expect(all.find((c) => c.accountNumber === 'C000010')).toMatchObject({
      firstName: 'New',
      version: 2,
    });
  });
});

describe('searchCustomers', () => {
  it('finds by name prefix, phone digits, email and account number, pending ones included', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(db, [
      hqCustomer({
        accountNumber: 'C000020',
        firstName: 'Taro',
        lastName: 'Suzuki',
        email: 'taro@example.jp',
        phone: '03-5555-0101',
      }),
      hqCustomer({
        accountNumber: 'C000021',
        firstName: 'Jiro',
        lastName: 'Tanaka',
        email: 'jiro@example.jp',
        phone: '06-7777-0202',
      }),
    ]);
    await addAsyncCustomer(
      db,
      record({
        customer: {
          ...record().customer,
          firstName: 'Sakura',
          lastName: 'Suzuki',
          email: 's@x.jp',
          phone: '',
        },
      }),
      testConfig,
    );

    const names = async (q: string) =>
      (await searchCustomers(db, q)).map((c) => c.firstName).sort();
    expect(await names('suz')).toEqual(['Sakura', 'Taro']);
    expect(await names('taro suz')).toEqual(['Taro']);
    expect(await names('0655')).toEqual([]);
    expect(await names('06-7777')).toEqual(['Jiro']);
    expect(await names('jiro@example.jp')).toEqual(['Jiro']);
    expect(await names('c000020')).toEqual(['Taro']);
    expect(await names('')).toEqual(['Jiro', 'Sakura', 'Taro']);
  });
});

describe('searchCustomers with several words', () => {
  const people = [
    { accountNumber: 'C000031', firstName: 'Taro', lastName: 'Suzuki', phone: '03-5555-0101' },
    { accountNumber: 'C000032', firstName: 'Taro', lastName: 'Suzuki', phone: '03-5555-0102' },
    { accountNumber: 'C000033', firstName: 'Taro', lastName: 'Sato', phone: '06-7777-0103' },
    { accountNumber: 'C000034', firstName: 'Jiro', lastName: 'Suzuki', phone: '06-7777-0104' },
  ];
  const accounts = async (db: Parameters<typeof searchCustomers>[0], q: string, limit?: number) =>
    (await searchCustomers(db, q, limit)).map((c) => c.accountNumber).sort();

  it('finds names typed in either order, and words from different fields', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(
      db,
      people.map((p) => hqCustomer(p)),
    );
    expect(await accounts(db, 'taro suz', 2)).toEqual(['C000031', 'C000032']);
    expect(await accounts(db, 'suzuki ta', 2)).toEqual(['C000031', 'C000032']);
    expect(await accounts(db, 'taro s')).toEqual(['C000031', 'C000032', 'C000033']);
    expect(await accounts(db, 'taro 0677')).toEqual(['C000033']);
    expect(await accounts(db, 'suzuki 0355550102')).toEqual(['C000032']);
  });

  it('stays live: a customer stored later shows up in the results', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(db, [hqCustomer(people[0])]);
    const seen: string[][] = [];
    const subscription = liveQuery(() => searchCustomers(db, 'taro 06')).subscribe((found) =>
      seen.push(found.map((c) => c.accountNumber ?? '')),
    );
    await expect.poll(() => seen.at(-1)).toEqual([]);
    await saveHqCustomers(db, [hqCustomer(people[2])]);
    await expect.poll(() => seen.at(-1)).toEqual(['C000033']);
    subscription.unsubscribe();
  });
});
