import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../contract/customer.ts';
import { migrate } from '../../../platform/db/sqlite.ts';
import { searchCustomers, searchCustomersWithTotal } from '../../customer-search.ts';
import { createCustomer, editCustomer, findCustomer } from '../../customers.ts';
import { demoDefaults } from '../../demo-data.ts';
import { hqMigrations, openHqDb, type HqDb } from '../hq-db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-hq-v8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = '2025-01-01T09:00:00.000Z';

function addCustomer(db: HqDb, firstName: string, lastName: string, phone: string) {
  return createCustomer(db, {
    draft: { ...emptyDraft(), firstName, lastName, phone, email: `${lastName}@example.com` },
    defaults: demoDefaults,
    storeId: 'S001',
    originRegisterId: null,
    asyncGuid: null,
    now,
  });
}

function accounts(found: { accountNumber: string }[]): string[] {
  return found.map((c) => c.accountNumber);
}

describe('HQ schema 8: customers.id and the trigram index', () => {
  it('upgrades a database of schema 7 in place: its customers keep their rows and are found', () => {
    const file = path.join(dir, 'hq-7.sqlite');
    const old = new Database(file);
    migrate(old, hqMigrations.slice(0, 7));
    old.transaction(() => {
      addCustomer(old, 'Aiko', 'Mori', '080-1111-2222');
      addCustomer(old, '太郎', '山田', '０９０-１２３４-５６７８');
      addCustomer(old, 'Ken', 'Morimoto', '+81 3 5555 0000');
    })();
    const before = old
      .prepare('SELECT rowid, * FROM customers ORDER BY account_number')
      .all() as Record<string, unknown>[];
    old.close();

    const db = openHqDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      // Each row kept, its rowid now its id.
      const after = db.prepare('SELECT * FROM customers ORDER BY account_number').all();
      expect(after).toEqual(before.map(({ rowid, ...row }) => ({ id: rowid, ...row })));
      expect(db.prepare('SELECT COUNT(*) FROM customer_search').pluck().get()).toBe(3);
      db.prepare(
        "INSERT INTO customer_search (customer_search, rank) VALUES ('integrity-check', 1)",
      ).run();
      expect(accounts(searchCustomers(db, 'mori', 50))).toEqual(['C000001', 'C000003']);
      expect(accounts(searchCustomers(db, '山田 次郎', 50))).toEqual([]);
      expect(accounts(searchCustomers(db, '太郎 山田', 50))).toEqual(['C000002']);
      expect(accounts(searchCustomers(db, '5555', 50))).toEqual(['C000003']);
      expect(searchCustomersWithTotal(db, 'MORI', 1).total).toBe(2);

      // Writes after the upgrade keep the index current: a new customer, an edit.
      db.transaction(() => {
        addCustomer(db, 'Yui', 'Morita', '070-0000-1111');
        const aiko = findCustomer(db, 'C000001');
        if (!aiko) throw new Error('C000001 is gone');
        editCustomer(db, aiko, { ...emptyDraft(), firstName: 'Aiko', lastName: 'Abe' }, now);
      })();
      expect(db.prepare("SELECT id FROM customers WHERE account_number = 'C000004'").get()).toEqual(
        { id: 4 },
      );
      expect(accounts(searchCustomers(db, 'mori', 50))).toEqual(['C000003', 'C000004']);
      expect(accounts(searchCustomers(db, 'aiko abe', 50))).toEqual(['C000001']);
      db.prepare(
        "INSERT INTO customer_search (customer_search, rank) VALUES ('integrity-check', 1)",
      ).run();
    } finally {
      db.close();
    }
  });

  it('still refuses a second customer with the same account number', () => {
    const db = openHqDb(':memory:');
    try {
      addCustomer(db, 'Aiko', 'Mori', '');
      expect(() =>
        db
          .prepare(
            `INSERT INTO customers (account_number, store_id, search_text, row_version, data)
             VALUES ('C000001', 'S001', 'x', 99, '{}')`,
          )
          .run(),
      ).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});
