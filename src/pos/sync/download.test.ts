import { describe, expect, it } from 'vitest';
import { message } from '../../contract/messages.ts';
import type { Customer } from '../../contract/customer.ts';
import type { RegisterConfig } from '../../contract/register.ts';
import { getCustomer } from '../db/customers-repo.ts';
import { getConfig, getFeedCursor } from '../db/meta-repo.ts';
import { addAsyncCustomer, outboxEntriesFor } from '../db/outbox-repo.ts';
import { freshDatabase, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { downloadChanges } from './download.ts';

function fakeFeed(customers: Customer[], config: Partial<RegisterConfig> = {}) {
  const asked: number[] = [];
  return {
    asked,
    api: {
      config: () =>
        Promise.resolve({
          ok: true as const,
          value: { ...testConfig, asyncCustomerMode: false, ...config },
        }),
      feed: (since: number, limit: number) => {
        asked.push(since);
        const page = customers.slice(since, since + limit);
        return Promise.resolve({
          ok: true as const,
          value: {
            customers: page,
            cursor: since + page.length,
            hasMore: since + page.length < customers.length,
          },
        });
      },
    },
  };
}

describe('downloadChanges', () => {
  it('stores settings, pages through the feed, remembers the cursor and maps GUIDs to accounts', async () => {
    const db = freshDatabase();
    const rec = record();
    const localId = await addAsyncCustomer(db, rec, testConfig);
    const feed = fakeFeed([
      hqCustomer({ accountNumber: 'C000101' }),
      hqCustomer({ accountNumber: 'C000102' }),
      hqCustomer({ accountNumber: 'C000103', asyncGuid: rec.guid }),
    ]);

    const report = await downloadChanges({ db, api: feed.api, pageSize: 2 });

    expect(report).toEqual({ ok: true, received: 3 });
    expect(feed.asked).toEqual([0, 2]);
    expect(await getFeedCursor(db)).toBe(3);
    expect((await getConfig(db))?.asyncCustomerMode).toBe(false);
    expect(await getCustomer(db, localId)).toMatchObject({
      accountNumber: 'C000103',
      syncStatus: 'synced',
    });
    expect((await outboxEntriesFor(db, localId))[0]?.state).toBe('synced');
    expect(await db.customers.count()).toBe(3);

    await downloadChanges({ db, api: feed.api, pageSize: 2 });
    expect(feed.asked.at(-1)).toBe(3);
  });

  it('asks for the next page while it stores one', async () => {
    const db = freshDatabase();
    const feed = fakeFeed(
      ['C000501', 'C000502', 'C000503', 'C000504', 'C000505'].map((accountNumber) =>
        hqCustomer({ accountNumber }),
      ),
    );
    const cursorsWhenAsked: Promise<number>[] = [];
    const api = {
      ...feed.api,
      feed: (since: number, limit: number) => {
        cursorsWhenAsked.push(getFeedCursor(db));
        return feed.api.feed(since, limit);
      },
    };

    const report = await downloadChanges({ db, api, pageSize: 2 });

    expect(report).toEqual({ ok: true, received: 5 });
    expect(feed.asked).toEqual([0, 2, 4]);
    // Each next page was asked for before the page before it was stored and the cursor moved.
    expect(await Promise.all(cursorsWhenAsked)).toEqual([0, 0, 2]);
    expect(await getFeedCursor(db)).toBe(5);
  });

  it('keeps what it stored when a later page fails', async () => {
    const db = freshDatabase();
    const feed = fakeFeed([
      hqCustomer({ accountNumber: 'C000201' }),
      hqCustomer({ accountNumber: 'C000202' }),
    ]);
    let pages = 0;
    const api = {
      ...feed.api,
      feed: (since: number, limit: number) =>
        ++pages === 2
          ? Promise.resolve({
              ok: false as const,
              failure: { kind: 'network' as const, message: message('unreachable') },
            })
          : feed.api.feed(since, limit),
    };
    const report = await downloadChanges({ db, api, pageSize: 1 });
    expect(report).toMatchObject({ ok: false, received: 1 });
    expect(await getFeedCursor(db)).toBe(1);
  });
});

describe('downloadChanges with shared customer data filtered (B4)', () => {
  it('purges other customers, skips new ones, keeps its own and still maps their GUIDs', async () => {
    const db = freshDatabase();
    await downloadChanges({ db, api: fakeFeed([hqCustomer({ accountNumber: 'C000301' })]).api });
    const rec = record();
    const localId = await addAsyncCustomer(db, rec, testConfig);

    const feed = fakeFeed(
      [
        hqCustomer({ accountNumber: 'C000302' }),
        hqCustomer({ accountNumber: 'C000303', asyncGuid: rec.guid }),
      ],
      { filterSharedCustomerData: true },
    );
    await db.meta.put({ key: 'feedCursor', value: 0 });
    await downloadChanges({ db, api: feed.api });

    const left = await db.customers.toArray();
    expect(left.map((c) => c.accountNumber)).toEqual(['C000303']);
    expect(left[0]?.localId).toBe(localId);
  });

  it('downloads everything again when the filter is turned off', async () => {
    const db = freshDatabase();
    const customers = [
      hqCustomer({ accountNumber: 'C000401' }),
      hqCustomer({ accountNumber: 'C000402' }),
    ];
    await downloadChanges({ db, api: fakeFeed(customers, { filterSharedCustomerData: true }).api });
    expect(await db.customers.count()).toBe(0);
    expect(await getFeedCursor(db)).toBe(2);

    const unfiltered = fakeFeed(customers);
    await downloadChanges({ db, api: unfiltered.api });
    expect(unfiltered.asked[0]).toBe(0);
    expect(await db.customers.count()).toBe(2);
  });
});
