import type { CustomerDefaults } from '../../contract/customer.ts';
import type { HqStore } from '../../contract/hq-admin.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { findCustomer } from './customers.ts';

/** A register's row: `retiredAt` is when HQ retired it, or null while it is in use. */
export interface RegisterRecord {
  id: string;
  number: string;
  retiredAt: string | null;
}

/** A store's row, with its registers (retired ones too). */
export interface StoreRecord {
  id: string;
  name: string;
  asyncCustomerMode: boolean;
  defaultCustomerAccount: string;
  registers: RegisterRecord[];
}

interface StoreRow {
  id: string;
  name: string;
  async_customer_mode: number;
  default_customer_account: string;
}

/** A store's registers in number order: 2 before 10 (numbers are text; longer sorts later). */
function registersOf(db: HqDb, storeId: string): RegisterRecord[] {
  return statement(
    db,
    `SELECT id, number, retired_at AS retiredAt FROM registers WHERE store_id = ?
     ORDER BY length(number), number`,
  ).all(storeId) as RegisterRecord[];
}

function toRecord(db: HqDb, row: StoreRow): StoreRecord {
  return {
    id: row.id,
    name: row.name,
    asyncCustomerMode: row.async_customer_mode === 1,
    defaultCustomerAccount: row.default_customer_account,
    registers: registersOf(db, row.id),
  };
}

/** Every store with its registers, ordered by id. */
export function listStores(db: HqDb): StoreRecord[] {
  const rows = statement(db, 'SELECT * FROM stores ORDER BY id').all() as StoreRow[];
  return rows.map((row) => toRecord(db, row));
}

/** One store, or null. */
export function findStore(db: HqDb, storeId: string): StoreRecord | null {
  const row = statement(db, 'SELECT * FROM stores WHERE id = ?').get(storeId) as
    StoreRow | undefined;
  return row ? toRecord(db, row) : null;
}

/**
 * One register and its store id, or null. A register with a `retiredAt` was retired at HQ: it
 * must not be activated again, though its rescue files still import.
 */
export function findRegister(
  db: HqDb,
  registerId: string,
): (RegisterRecord & { storeId: string }) | null {
  const row = statement(
    db,
    'SELECT id, number, store_id AS storeId, retired_at AS retiredAt FROM registers WHERE id = ?',
  ).get(registerId) as (RegisterRecord & { storeId: string }) | undefined;
  return row ?? null;
}

/** Adds a store (see `createStore`, which also makes its default customer). */
export function insertStore(
  db: HqDb,
  store: { id: string; name: string; asyncCustomerMode: boolean; defaultCustomerAccount: string },
): void {
  statement(
    db,
    'INSERT INTO stores (id, name, async_customer_mode, default_customer_account) VALUES (?, ?, ?, ?)',
  ).run(store.id, store.name, store.asyncCustomerMode ? 1 : 0, store.defaultCustomerAccount);
}

/** Adds a register to a store; false when its id, or its number in the store, is taken. */
export function insertRegister(
  db: HqDb,
  register: { id: string; storeId: string; number: string },
): boolean {
  return (
    statement(db, 'INSERT OR IGNORE INTO registers (id, store_id, number) VALUES (?, ?, ?)').run(
      register.id,
      register.storeId,
      register.number,
    ).changes === 1
  );
}

/** Renames a store; false when there is no such store. */
export function setStoreName(db: HqDb, storeId: string, name: string): boolean {
  return statement(db, 'UPDATE stores SET name = ? WHERE id = ?').run(name, storeId).changes === 1;
}

/** Marks a register retired at `now` unless it already is (the first time is kept). */
export function setRegisterRetired(db: HqDb, registerId: string, now: string): void {
  statement(db, 'UPDATE registers SET retired_at = ? WHERE id = ? AND retired_at IS NULL').run(
    now,
    registerId,
  );
}

/** Sets the functionality profile's "Create customer in async mode"; false when no such store. */
export function setAsyncCustomerMode(db: HqDb, storeId: string, on: boolean): boolean {
  return (
    statement(db, 'UPDATE stores SET async_customer_mode = ? WHERE id = ?').run(on ? 1 : 0, storeId)
      .changes === 1
  );
}

/** What a store's new customers inherit: the values of its default customer (null if missing). */
export function storeDefaults(db: HqDb, storeId: string): CustomerDefaults | null {
  // Only the default customer's account: the sync job asks for every record it converts, and
  // a store's register list (findStore) would cost more than the conversion itself.
  const store = statement(
    db,
    'SELECT default_customer_account AS account FROM stores WHERE id = ?',
  ).get(storeId) as { account: string } | undefined;
  const customer = store ? findCustomer(db, store.account) : null;
  if (!customer) return null;
  return {
    customerGroup: customer.customerGroup,
    currency: customer.currency,
    language: customer.language,
    receiptPreference: customer.receiptPreference,
    affiliations: customer.affiliations,
  };
}

/** A store as the HQ console shows it; `activeRegisterIds` come from the channel database. */
export function toHqStore(
  db: HqDb,
  store: StoreRecord,
  activeRegisterIds: ReadonlySet<string>,
): HqStore | null {
  const defaults = storeDefaults(db, store.id);
  if (!defaults) return null;
  return {
    id: store.id,
    name: store.name,
    asyncCustomerMode: store.asyncCustomerMode,
    defaults,
    defaultCustomerAccount: store.defaultCustomerAccount,
    registers: store.registers.map((r) => ({
      ...r,
      activated: r.retiredAt === null && activeRegisterIds.has(r.id),
    })),
  };
}
