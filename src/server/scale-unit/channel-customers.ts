import type { Customer } from '../../contract/customer.ts';
import type { FeedResponse } from '../../contract/register.ts';
import type { DistributedCustomer } from '../link/link.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { statement } from '../platform/db/sqlite.ts';

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
export function upsertChannelCustomers(
  db: ChannelDb,
  customers: readonly DistributedCustomer[],
): void {
  db.transaction(() => {
    for (const { customer, originRegisterId } of customers) {
      statement(
        db,
        `INSERT INTO channel_customers
           (account_number, async_guid, origin_register_id, feed_counter, data)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account_number) DO UPDATE SET
           async_guid = excluded.async_guid, origin_register_id = excluded.origin_register_id,
           feed_counter = excluded.feed_counter, data = excluded.data`,
      ).run(
        customer.accountNumber,
        customer.asyncGuid,
        originRegisterId,
        nextFeedCounter(db),
        JSON.stringify(customer),
      );
    }
  })();
}

/**
 * One page of the customer feed: customers whose feed counter is above `since`. With
 * `onlyRegister` (shared customer data filtered, B4) only the customers created on that
 * register: what the register keeps under the filter.
 */
export function readCustomerFeed(
  db: ChannelDb,
  since: number,
  limit: number,
  onlyRegister: string | null = null,
): FeedResponse {
  const rows = (
    onlyRegister === null
      ? statement(
          db,
          `SELECT feed_counter AS counter, data FROM channel_customers
           WHERE feed_counter > ? ORDER BY feed_counter LIMIT ?`,
        ).all(since, limit + 1)
      : statement(
          db,
          `SELECT feed_counter AS counter, data FROM channel_customers
           WHERE origin_register_id = ? AND feed_counter > ? ORDER BY feed_counter LIMIT ?`,
        ).all(onlyRegister, since, limit + 1)
  ) as { counter: number; data: string }[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    customers: page.map((r) => JSON.parse(r.data) as Customer),
    cursor: last ? last.counter : since,
    hasMore: rows.length > limit,
  };
}
