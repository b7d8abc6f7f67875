import { emptyDraft } from '../../contract/customer.ts';
import {
  registerIdFor,
  type HqStoreCreate,
  type hqStorePatchSchema,
} from '../../contract/hq-admin.ts';
import type { z } from 'zod';
import type { HqDb } from './db/hq-db.ts';
import { checkAffiliations } from './affiliations.ts';
import { createCustomer, findCustomer, setCustomerDefaults } from './customers.ts';
import {
  findRegister,
  findStore,
  insertRegister,
  insertStore,
  setAsyncCustomerMode,
  setRegisterRetired,
  setStoreName,
  type RegisterRecord,
  type StoreRecord,
} from './stores.ts';
import type { Message } from '../../contract/messages.ts';

/** Why a store or register change was refused; `fields` says which value, for validation. */
export type StoreAdminProblem =
  | { problem: 'not-found' }
  | { problem: 'store-exists' }
  | { problem: 'register-exists' }
  | { problem: 'store-not-configured' }
  | { problem: 'validation'; fields: Record<string, Message> };

/** A service call's result: the value, or why it was refused (nothing changed then). */
export type StoreAdminOutcome<T> = ({ ok: true } & T) | ({ ok: false } & StoreAdminProblem);

/** A register with the store it belongs to. */
export type StoreRegister = RegisterRecord & { storeId: string };

function fail(problem: StoreAdminProblem): { ok: false } & StoreAdminProblem {
  return { ok: false, ...problem };
}

/** The stored store; it was just written in the same transaction, so it is there. */
function stored(db: HqDb, storeId: string): StoreRecord {
  const store = findStore(db, storeId);
  if (!store) throw new Error(`store ${storeId} vanished inside its transaction`);
  return store;
}

/**
 * Creates a store and its default customer: an organization named `defaultCustomerName` with the
 * `defaults` the store's new customers inherit. The demo data and the console both use it. The
 * caller checks that the id is free; call inside a transaction.
 */
export function createStore(db: HqDb, store: HqStoreCreate, now: string): StoreRecord {
  const defaultCustomer = createCustomer(db, {
    draft: { ...emptyDraft(), type: 'organization', organizationName: store.defaultCustomerName },
    defaults: store.defaults,
    storeId: store.id,
    originRegisterId: null,
    asyncGuid: null,
    now,
  });
  insertStore(db, {
    id: store.id,
    name: store.name,
    asyncCustomerMode: store.asyncCustomerMode,
    defaultCustomerAccount: defaultCustomer.accountNumber,
  });
  return stored(db, store.id);
}

/**
 * An administrator adds a store (issue 11): refused when its id is taken or a default
 * affiliation is not defined at HQ. Call inside a transaction.
 */
export function addStore(
  db: HqDb,
  store: HqStoreCreate,
  now: string,
): StoreAdminOutcome<{ store: StoreRecord }> {
  if (findStore(db, store.id)) return fail({ problem: 'store-exists' });
  const fields = checkAffiliations(db, store.defaults.affiliations, 'defaults.affiliations');
  if (Object.keys(fields).length > 0) return fail({ problem: 'validation', fields });
  return { ok: true, store: createStore(db, store, now) };
}

/**
 * Changes a store's name, async mode and default customer's values (each when given). Call
 * inside a transaction: a refusal comes before any change.
 */
export function updateStore(
  db: HqDb,
  storeId: string,
  patch: z.infer<typeof hqStorePatchSchema>,
  now: string,
): StoreAdminOutcome<{ store: StoreRecord }> {
  const found = findStore(db, storeId);
  if (!found) return fail({ problem: 'not-found' });
  if (patch.defaults) {
    const fields = checkAffiliations(db, patch.defaults.affiliations, 'defaults.affiliations');
    if (Object.keys(fields).length > 0) return fail({ problem: 'validation', fields });
    const defaultCustomer = findCustomer(db, found.defaultCustomerAccount);
    if (!defaultCustomer) return fail({ problem: 'store-not-configured' });
    setCustomerDefaults(db, defaultCustomer, patch.defaults, now);
  }
  if (patch.asyncCustomerMode !== undefined) {
    setAsyncCustomerMode(db, storeId, patch.asyncCustomerMode);
  }
  if (patch.name !== undefined) setStoreName(db, storeId, patch.name);
  return { ok: true, store: stored(db, storeId) };
}

/**
 * Adds register `number` to a store, with the id the demo's registers have (`registerIdFor`).
 * Refused when the store does not exist or the number (or the id) is taken. Call inside a
 * transaction.
 */
export function addRegister(
  db: HqDb,
  storeId: string,
  number: string,
): StoreAdminOutcome<{ register: StoreRegister; store: StoreRecord }> {
  if (!findStore(db, storeId)) return fail({ problem: 'not-found' });
  const id = registerIdFor(storeId, number);
  if (!insertRegister(db, { id, storeId, number })) return fail({ problem: 'register-exists' });
  return {
    ok: true,
    register: { id, number, storeId, retiredAt: null },
    store: stored(db, storeId),
  };
}

/**
 * Retires a register at HQ (issue 11): it stays listed, and its rescue files still import, but
 * it can never be activated again. Idempotent: retiring it again keeps the first time. The
 * caller revokes its device tokens at the scale unit.
 */
export function retireRegister(
  db: HqDb,
  registerId: string,
  now: string,
): StoreAdminOutcome<{ register: StoreRegister; retiredAt: string }> {
  setRegisterRetired(db, registerId, now);
  const register = findRegister(db, registerId);
  // Only an unknown register is still not retired here.
  if (!register || register.retiredAt === null) return fail({ problem: 'not-found' });
  return { ok: true, register, retiredAt: register.retiredAt };
}
