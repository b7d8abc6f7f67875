import type { Customer, CustomerDraft } from '../../../contract/customer.ts';
import type {
  RealtimeAddressRequest,
  RealtimeCreateRequest,
  RealtimeEditRequest,
} from '../../../contract/realtime.ts';
import type { LinkDevice, RealtimeCreation } from '../../link/link.ts';
import { contentHash } from '../../platform/canonical-json.ts';
import { nowIso, type Clock } from '../../platform/clock.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { checkAffiliations } from '../affiliations.ts';
import { checkCountries, checkCountry } from '../countries.ts';
import {
  addAddress,
  createCustomer,
  editCustomer,
  findCustomer,
  findCustomerByAsyncGuid,
  issueLoyaltyCard,
  maxAddresses,
  mergedMessage,
} from '../customers.ts';
import { searchCustomers } from '../customer-search.ts';
import type { HqDb } from '../db/hq-db.ts';
import { creationFingerprint, recordRealtimeCreation } from '../realtime-creations.ts';
import { readSettings } from '../settings.ts';
import { storeDefaults } from '../stores.ts';
import { message, type Message } from '../../../contract/messages.ts';

const searchLimit = 50;

/** What the Real-time Service works with. */
export interface RealtimeDeps {
  hqDb: HqDb;
  clock: Clock;
}

function refuse(fields: Record<string, Message>): void {
  const first = Object.values(fields)[0];
  if (first) throw new HttpError(400, 'validation', first, { fields });
}

/** HQ's own rules on a draft (countries/regions and affiliations exist); a 400 with fields. */
function checkHqRules(db: HqDb, draft: CustomerDraft): void {
  refuse({
    ...checkCountries(draft.addresses, 'customer.'),
    ...checkAffiliations(db, draft.affiliations, 'customer.affiliations'),
  });
}

/**
 * B4 on the server: with shared customer data filtered, the only store whose customers a register
 * may see or change is its own (null: every store).
 */
function visibleStore(db: HqDb, device: LinkDevice): string | null {
  return readSettings(db).filterSharedCustomerData ? device.storeId : null;
}

/**
 * The customer a real-time change is for: it must exist, be visible to the register (see
 * `visibleStore`; another store's customer is answered as unknown) and not be merged into another.
 */
function customerToChange(db: HqDb, account: string, device: LinkDevice): Customer {
  const onlyStore = visibleStore(db, device);
  const customer = findCustomer(db, account);
  if (!customer || (onlyStore !== null && customer.storeId !== onlyStore))
    throw new HttpError(404, 'not-found', message('customer-not-at-hq', { account }));
  if (customer.mergedInto) throw new HttpError(409, 'customer-merged', mergedMessage(customer));
  return customer;
}

/** Sync creation (B1): one customer per GUID; a retry gets the original answer. */
export function createRealtimeCustomer(
  deps: RealtimeDeps,
  device: LinkDevice,
  { guid, customer: draft }: RealtimeCreateRequest,
): RealtimeCreation {
  const { hqDb } = deps;
  const hash = contentHash(draft);
  return hqDb.transaction(() => {
    const existing = findCustomerByAsyncGuid(hqDb, guid);
    if (existing) {
      const first = creationFingerprint(hqDb, guid);
      // A retry gets the original answer; the same GUID for another customer is refused.
      if (first !== null && first !== hash) {
        throw new HttpError(409, 'guid-reused', message('guid-reused'));
      }
      return { customer: existing, created: false };
    }
    checkHqRules(hqDb, draft);
    const defaults = storeDefaults(hqDb, device.storeId);
    if (!defaults) {
      throw new HttpError(
        409,
        'store-not-configured',
        message('store-has-no-default', { store: device.storeId }),
      );
    }
    const customer = createCustomer(hqDb, {
      draft,
      defaults,
      storeId: device.storeId,
      originRegisterId: device.registerId,
      asyncGuid: guid,
      now: nowIso(deps.clock),
    });
    recordRealtimeCreation(hqDb, guid, hash);
    return { customer, created: true };
  })();
}

/** Search all stores (B12), within what the register may see (B4). */
export function searchRealtimeCustomers(
  deps: RealtimeDeps,
  device: LinkDevice,
  q: string,
): Customer[] {
  return searchCustomers(deps.hqDb, q, searchLimit, visibleStore(deps.hqDb, device));
}

/** A real-time edit (B11): refused with 409 when the customer changed since `version`. */
export function editRealtimeCustomer(
  deps: RealtimeDeps,
  device: LinkDevice,
  account: string,
  { version, customer: draft }: RealtimeEditRequest,
): Customer {
  const { hqDb } = deps;
  return hqDb.transaction(() => {
    const current = customerToChange(hqDb, account, device);
    if (current.version !== version) {
      throw new HttpError(
        409,
        'conflict',
        message('edit-conflict', { account, current: current.version, version }),
      );
    }
    checkHqRules(hqDb, draft);
    return editCustomer(hqDb, current, draft, nowIso(deps.clock));
  })();
}

/** B10 with 10.0.22 off: a synced customer's new address, in real time. */
export function addRealtimeAddress(
  deps: RealtimeDeps,
  device: LinkDevice,
  account: string,
  { address }: RealtimeAddressRequest,
): Customer {
  const { hqDb } = deps;
  return hqDb.transaction(() => {
    const current = customerToChange(hqDb, account, device);
    refuse(checkCountry(address.country, 'address.country'));
    if (current.addresses.length >= maxAddresses) {
      const tooMany = message('too-many-addresses', { max: maxAddresses });
      throw new HttpError(400, 'validation', tooMany, { fields: { address: tooMany } });
    }
    return addAddress(hqDb, current, address, nowIso(deps.clock));
  })();
}

/** A loyalty card for a customer HQ has (B12). */
export function issueRealtimeLoyaltyCard(
  deps: RealtimeDeps,
  device: LinkDevice,
  account: string,
): ReturnType<typeof issueLoyaltyCard> {
  const { hqDb } = deps;
  return hqDb.transaction(() =>
    issueLoyaltyCard(hqDb, customerToChange(hqDb, account, device), nowIso(deps.clock)),
  )();
}
