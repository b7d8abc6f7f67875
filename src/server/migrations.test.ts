import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customerSchema } from '../contract/customer.ts';
import { parseStoredRecord } from './headquarters/async-conversions.ts';
import { findCustomer } from './headquarters/customers.ts';
import { readSettings } from './headquarters/settings.ts';
import { findRegister } from './headquarters/stores.ts';
import { issueActivationCode, redeemActivationCode } from './scale-unit/activation-codes.ts';
import { intakeAsyncRecords } from './scale-unit/async-records.ts';
import { authenticateDevice, issueDeviceToken } from './scale-unit/devices.ts';
import { readCustomerFeed } from './scale-unit/channel-customers.ts';
import { asyncRecord } from './testing/test-support.ts';
import { channelMigrations, openChannelDb } from './scale-unit/db/channel-db.ts';
import { hqMigrations, openHqDb } from './headquarters/db/hq-db.ts';
import { migrate } from './platform/db/sqlite.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A customer as the first schema stored it (before title, affiliations and the rest). */
const oldCustomer = {
  type: 'person',
  firstName: 'Aiko',
  lastName: 'Mori',
  organizationName: '',
  email: 'aiko@example.com',
  phone: '080-1111-2222',
  addresses: [],
  customerGroup: 'Retail',
  currency: 'JPY',
  language: 'ja',
  receiptPreference: 'print',
  accountNumber: 'C000007',
  asyncGuid: null,
  storeId: 'S001',
  loyaltyCards: [],
  version: 3,
  updatedAt: '2024-12-01T10:00:00.000Z',
};
const { customer: newDraft, ...envelope } = asyncRecord();
const oldRecord = {
  ...envelope,
  customer: {
    type: 'person',
    firstName: 'Ken',
    lastName: 'Abe',
    organizationName: '',
    email: '',
    phone: '',
    addresses: [],
  },
};

function createdBySchema(file: string, migrations: typeof hqMigrations, version: number) {
  const db = new Database(file);
  migrate(db, migrations.slice(0, version));
  return db;
}

function createdByFirstSchema(file: string, migrations: typeof hqMigrations) {
  return createdBySchema(file, migrations, 1);
}

describe('schema upgrades in place', () => {
  it('upgrades an HQ database of the first schema and keeps its customers and operations', () => {
    const file = path.join(dir, 'hq.sqlite');
    const old = createdByFirstSchema(file, hqMigrations);
    old
      .prepare(
        `INSERT INTO customers (account_number, async_guid, store_id, search_text, row_version, data)
         VALUES ('C000007', NULL, 'S001', 'aiko mori', 12, ?)`,
      )
      .run(JSON.stringify(oldCustomer));
    old
      .prepare(
        `INSERT INTO async_customers (guid, replication_counter, store_id, register_id, kind,
           payload, name, status, created_at, updated_at)
         VALUES (?, 1, 'S001', 'S001-R1', 'customer-create', ?, 'Ken Abe', 'pending', ?, ?)`,
      )
      .run(oldRecord.guid, JSON.stringify(oldRecord), oldRecord.createdAt, oldRecord.createdAt);
    old
      .prepare(
        `INSERT INTO stores (id, name, async_customer_mode, default_customer_account)
         VALUES ('S001', 'Shibuya Store', 0, 'C000007')`,
      )
      .run();
    old
      .prepare("INSERT INTO registers (id, store_id, number) VALUES ('S001-R1', 'S001', '1')")
      .run();
    old.close();

    const db = openHqDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(hqMigrations.length);
      const customer = findCustomer(db, 'C000007');
      expect(customerSchema.parse(customer)).toEqual({
        ...oldCustomer,
        title: '',
        affiliations: [],
        secondaryEmails: [],
        secondaryPhones: [],
        appliedEditGuid: null,
        mergedInto: null,
      });
      // X2: the customers already stored are in the contact index.
      expect(
        db
          .prepare(
            'SELECT contact_key AS key FROM customer_contacts WHERE account_number = ? ORDER BY 1',
          )
          .all('C000007'),
      ).toEqual([{ key: 'email:aiko@example.com' }, { key: 'phone:08011112222' }]);
      const { payload, received } = db
        .prepare('SELECT payload, received_at AS received FROM async_customers')
        .get() as { payload: string; received: string };
      expect(parseStoredRecord(payload)).toMatchObject({
        guid: oldRecord.guid,
        customer: { firstName: 'Ken', title: '', affiliations: [] },
      });
      expect(received).toBe(oldRecord.createdAt);
      expect(readSettings(db).features.asyncCustomerEditing).toBe(false);
      // Issue 11: registers already there are in use (not retired).
      expect(findRegister(db, 'S001-R1')).toEqual({
        id: 'S001-R1',
        number: '1',
        storeId: 'S001',
        retiredAt: null,
      });
    } finally {
      db.close();
    }
  });

  it('upgrades a channel database: customers fed again in the new shape, retries still duplicates', () => {
    const file = path.join(dir, 'channel.sqlite');
    const old = createdByFirstSchema(file, channelMigrations);
    old
      .prepare(
        "INSERT INTO channel_customers (account_number, async_guid, feed_counter, data) VALUES ('C000007', NULL, 5, ?)",
      )
      .run(JSON.stringify(oldCustomer));
    old.prepare("INSERT INTO counters (name, value) VALUES ('feed', 5)").run();
    old
      .prepare(
        `INSERT INTO async_records (guid, kind, content_hash, payload, store_id, register_id, received_at)
         VALUES (?, 'customer-create', 'old-hash', ?, 'S001', 'S001-R1', ?)`,
      )
      .run(oldRecord.guid, JSON.stringify(oldRecord), oldRecord.createdAt);
    old.close();

    const db = openChannelDb(file);
    try {
      const feed = readCustomerFeed(db, 5, 100);
      expect(feed.customers.map((c) => customerSchema.parse(c).accountNumber)).toEqual(['C000007']);
      expect(feed.cursor).toBe(10);
      const retry = { ...oldRecord, customer: { ...newDraft, ...oldRecord.customer } };
      const device = { storeId: 'S001', registerId: 'S001-R1' };
      expect(intakeAsyncRecords(db, device, [retry], oldRecord.createdAt)).toEqual([
        { guid: oldRecord.guid, outcome: 'duplicate' },
      ]);
      const fresh = asyncRecord({}, randomUUID());
      expect(intakeAsyncRecords(db, device, [fresh], oldRecord.createdAt)[0]?.outcome).toBe(
        'accepted',
      );
    } finally {
      db.close();
    }
  });

  it.each([1, 4])(
    'upgrades a channel database of schema %i: its devices stay activated, codes can be issued',
    (version) => {
      const file = path.join(dir, `channel-devices-${version}.sqlite`);
      const old = createdBySchema(file, channelMigrations, version);
      const device = { storeId: 'S001', registerId: 'S001-R1' };
      const token = issueDeviceToken(old, device, '2024-12-01T10:00:00.000Z');
      old.close();

      const db = openChannelDb(file);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(channelMigrations.length);
        expect(authenticateDevice(db, token)).toEqual(device);
        const now = new Date('2025-01-01T09:00:00.000Z');
        const { code } = issueActivationCode(db, device, now);
        const redeemed = redeemActivationCode(db, code, now.toISOString());
        expect(redeemed?.device).toEqual(device);
        expect(authenticateDevice(db, token)).toBeNull();
      } finally {
        db.close();
      }
    },
  );

  it('learns the register each converted async customer was created on (schema 6)', () => {
    const hqFile = path.join(dir, 'hq-4.sqlite');
    const channelFile = path.join(dir, 'channel-4.sqlite');
    const hq = new Database(hqFile);
    migrate(hq, hqMigrations.slice(0, 4));
    const insertCustomer = hq.prepare(
      `INSERT INTO customers (account_number, async_guid, store_id, search_text, row_version, data)
       VALUES (?, ?, 'S001', '', 1, '{}')`,
    );
    insertCustomer.run('C000007', null);
    insertCustomer.run('C000008', oldRecord.guid);
    hq.prepare(
      `INSERT INTO async_customers (guid, replication_counter, store_id, register_id, kind,
         payload, name, status, created_at, updated_at)
       VALUES (?, 1, 'S001', 'S001-R2', 'customer-create', '{}', 'Ken Abe', 'completed', ?, ?)`,
    ).run(oldRecord.guid, oldRecord.createdAt, oldRecord.createdAt);
    hq.close();
    const channel = new Database(channelFile);
    migrate(channel, channelMigrations.slice(0, 4));
    channel
      .prepare(
        `INSERT INTO channel_customers (account_number, async_guid, feed_counter, data)
         VALUES ('C000007', NULL, 1, '{}'), ('C000008', ?, 2, '{}')`,
      )
      .run(oldRecord.guid);
    channel
      .prepare(
        `INSERT INTO async_records (guid, kind, content_hash, payload, store_id, register_id, received_at)
         VALUES (?, 'customer-create', 'hash', '{}', 'S001', 'S001-R2', ?)`,
      )
      .run(oldRecord.guid, oldRecord.createdAt);
    channel.close();

    const origins = (db: Database.Database, table: string) =>
      db
        .prepare(
          `SELECT account_number AS account, origin_register_id AS origin FROM ${table} ORDER BY 1`,
        )
        .all();
    const expected = [
      { account: 'C000007', origin: null },
      { account: 'C000008', origin: 'S001-R2' },
    ];
    const upgradedHq = openHqDb(hqFile);
    const upgradedChannel = openChannelDb(channelFile);
    try {
      expect(origins(upgradedHq, 'customers')).toEqual(expected);
      expect(origins(upgradedChannel, 'channel_customers')).toEqual(expected);
      expect(readCustomerFeed(upgradedChannel, 0, 10, 'S001-R2').cursor).toBe(2);
      expect(readCustomerFeed(upgradedChannel, 0, 10, 'S001-R1').customers).toEqual([]);
    } finally {
      upgradedHq.close();
      upgradedChannel.close();
    }
  });

  it('carries the jobs’ watermarks over to the one-process scale unit, local (schema 7)', () => {
    const hqFile = path.join(dir, 'hq-6.sqlite');
    const hq = new Database(hqFile);
    migrate(hq, hqMigrations.slice(0, 6));
    hq.prepare(
      `INSERT INTO watermarks (name, value) VALUES ('p-job.replication-counter', 41),
         ('distribution-1010.row-version', 97), ('duplicate-check.row-version', 12)`,
    ).run();
    hq.close();
    const upgraded = openHqDb(hqFile);
    try {
      expect(upgraded.prepare('SELECT name, value FROM watermarks ORDER BY name').all()).toEqual([
        { name: 'distribution-1010.row-version@local', value: 97 },
        { name: 'duplicate-check.row-version', value: 12 },
        { name: 'p-job.replication-counter@local', value: 41 },
      ]);
      expect(upgraded.prepare('SELECT COUNT(*) AS n FROM scale_unit_status').get()).toEqual({
        n: 0,
      });
    } finally {
      upgraded.close();
    }
  });
});
