import type { Customer } from '../../contract/customer.ts';
import type { FeedResponse } from '../../contract/register.ts';
import type { ChannelDb } from '../db/channel-db.ts';
import { statement } from '../db/sqlite.ts';

function nextFeedCounter(db: ChannelDb): number {
  const row = statement(
    db,
    `INSERT INTO counters (name, value) VALUES ('feed', 1)
     ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
  ).get() as { value: number };
  return row.value;
}

/**
 * Writes customers into the channel database (what 1010 delivers): an upsert by account number
 * that gives each a new feed counter, so registers download it again.
 */
export function upsertChannelCustomers(db: ChannelDb, customers: readonly Customer[]): void {
  db.transaction(() => {
    for (const customer of customers) {
      statement(
        db,
        `INSERT INTO channel_customers (account_number, async_guid, feed_counter, data)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (account_number) DO UPDATE SET
           async_guid = excluded.async_guid, feed_counter = excluded.feed_counter,
           data = excluded.data`,
      ).run(
        customer.accountNumber,
        customer.asyncGuid,
        nextFeedCounter(db),
        JSON.stringify(customer),
      );
    }
  })();
}

/** One page of the customer feed: customers whose feed counter is above `since`. */
export function readCustomerFeed(db: ChannelDb, since: number, limit: number): FeedResponse {
  const rows = statement(
    db,
    `SELECT feed_counter AS counter, data FROM channel_customers
     WHERE feed_counter > ? ORDER BY feed_counter LIMIT ?`,
  ).all(since, limit + 1) as { counter: number; data: string }[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    customers: page.map((r) => JSON.parse(r.data) as Customer),
    cursor: last ? last.counter : since,
    hasMore: rows.length > limit,
  };
}
