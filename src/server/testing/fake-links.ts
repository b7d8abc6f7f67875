/* eslint-disable @typescript-eslint/require-await -- fakes of an async interface, answering at once */
import { displayName, type Customer } from '../../contract/customer.ts';
import { asyncRecordSchema, type UploadResult } from '../../contract/upload.ts';
import { HttpError } from '../platform/http/http-error.ts';
import type {
  ChannelConfig,
  ChannelRecord,
  DistributedCustomer,
  HqLink,
  RegisterActivity,
  ScaleUnitLink,
} from '../link/link.ts';
import { message } from '../../contract/messages.ts';
import { fieldErrors, firstFieldError } from '../../contract/errors.ts';

/**
 * Small in-memory stand-ins for the two sides of the HQ ↔ scale-unit link, for the link's
 * conformance suite and for code that calls the link. They keep the rules the suite checks
 * (pulls in order after a counter, idempotent pushes and imports, a real-time create answered
 * once per GUID) and refuse as the real services do (404, 409, 400 with fields).
 */

/** "Now" in the fakes: 7 December 2026, noon UTC. */
const fakeNow = '2026-12-07T12:00:00.000Z';

/** A fake scale unit and what it holds, for tests to look at. */
export interface FakeScaleUnit extends ScaleUnitLink {
  readonly customers: Map<string, DistributedCustomer>;
  readonly records: ChannelRecord[];
  readonly config: { current: ChannelConfig | null };
}

/**
 * A scale unit serving `storeIds`: registers in `activity` are activated (revoking one says
 * `revoked: true` once); records come in through `importRecords`.
 */
export function fakeScaleUnit(options: {
  id: string;
  storeIds: string[];
  activity?: RegisterActivity[];
  connectedRegisters?: number;
}): FakeScaleUnit {
  const customers = new Map<string, DistributedCustomer>();
  const records: ChannelRecord[] = [];
  const config: { current: ChannelConfig | null } = { current: null };
  const activity = options.activity ?? [];
  const activated = new Set(activity.filter((a) => a.activatedAt).map((a) => a.registerId));
  let codes = 0;

  return {
    customers,
    records,
    config,
    describe: async () => ({
      id: options.id,
      storeIds: [...options.storeIds],
      connectedRegisters: options.connectedRegisters ?? 0,
    }),
    pullRecords: async (after, limit) =>
      records.filter((r) => r.replicationCounter > after).slice(0, limit),
    pushCustomers: async (pushed) => {
      for (const c of pushed) customers.set(c.customer.accountNumber, c);
    },
    pushConfig: async (pushed) => {
      config.current = pushed;
    },
    issueActivationCode: async ({ storeId, registerId }) => {
      if (!options.storeIds.includes(storeId)) {
        const notServed = message('store-not-served', { unit: options.id, store: storeId });
        throw new HttpError(409, 'store-not-served', notServed, { fields: { storeId: notServed } });
      }
      codes += 1;
      return { code: `FAKE-${registerId}-${codes}`, expiresAt: '2026-12-08T12:00:00.000Z' };
    },
    revokeRegister: async (registerId) => ({ revoked: activated.delete(registerId) }),
    retireRegister: async (registerId) => {
      activated.delete(registerId);
    },
    registerActivity: async () => activity,
    importRecords: async (device, imported) =>
      imported.map((rescued): UploadResult => {
        const parsed = asyncRecordSchema.safeParse(rescued);
        if (!parsed.success) {
          const refusal = firstFieldError(fieldErrors(parsed.error)) ?? message('invalid-value');
          return { guid: rescued.guid, outcome: 'rejected', message: refusal };
        }
        const record = parsed.data;
        const payload = JSON.stringify(record);
        const existing = records.find((r) => r.guid === record.guid);
        if (existing) {
          return existing.payload === payload
            ? { guid: record.guid, outcome: 'duplicate' }
            : { guid: record.guid, outcome: 'rejected', message: message('guid-reused') };
        }
        records.push({
          replicationCounter: records.length + 1,
          guid: record.guid,
          kind: record.kind,
          payload,
          storeId: device.storeId,
          registerId: device.registerId,
          receivedAt: fakeNow,
        });
        return { guid: record.guid, outcome: 'accepted' };
      }),
  };
}

/** A fake HQ and the customers it holds, for tests to look at. */
export interface FakeHq extends HqLink {
  readonly customers: Map<string, Customer>;
}

function notFound(account: string): HttpError {
  return new HttpError(404, 'not-found', message('customer-not-at-hq', { account }));
}

/**
 * HQ with `config` (its stores' defaults and its affiliations decide real-time creations);
 * account numbers count up from C000001.
 */
export function fakeHq(config: ChannelConfig): FakeHq {
  const customers = new Map<string, Customer>();
  const byGuid = new Map<string, { account: string; request: string }>();
  let accounts = 0;
  let cards = 0;

  function current(account: string): Customer {
    const customer = customers.get(account);
    if (!customer) throw notFound(account);
    return customer;
  }
  function save(customer: Customer): Customer {
    customers.set(customer.accountNumber, customer);
    return customer;
  }
  function changed(customer: Customer, change: Partial<Customer>): Customer {
    return save({ ...customer, ...change, version: customer.version + 1, updatedAt: fakeNow });
  }

  return {
    customers,
    channelConfig: async () => config,
    createCustomer: async (device, request) => {
      const earlier = byGuid.get(request.guid);
      if (earlier) {
        if (earlier.request !== JSON.stringify(request.customer)) {
          throw new HttpError(409, 'guid-reused', message('guid-reused'));
        }
        return { customer: current(earlier.account), created: false };
      }
      const known = new Set(config.affiliations.map((a) => a.id));
      const unknown = request.customer.affiliations.find((id) => !known.has(id));
      if (unknown) {
        const unknownId = message('unknown-affiliation', { id: unknown });
        throw new HttpError(400, 'validation', unknownId, {
          fields: { 'customer.affiliations': unknownId },
        });
      }
      const defaults = config.stores.find((s) => s.id === device.storeId)?.defaults;
      if (!defaults) {
        throw new HttpError(
          409,
          'store-not-configured',
          message('store-has-no-default', { store: device.storeId }),
        );
      }
      accounts += 1;
      const customer = save({
        ...request.customer,
        ...defaults,
        affiliations: [...new Set([...defaults.affiliations, ...request.customer.affiliations])],
        accountNumber: `C${String(accounts).padStart(6, '0')}`,
        asyncGuid: request.guid,
        storeId: device.storeId,
        loyaltyCards: [],
        appliedEditGuid: null,
        mergedInto: null,
        version: 1,
        updatedAt: fakeNow,
      });
      const fingerprint = JSON.stringify(request.customer);
      byGuid.set(request.guid, { account: customer.accountNumber, request: fingerprint });
      return { customer, created: true };
    },
    searchCustomers: async (_device, q) => {
      const needle = q.trim().toLowerCase();
      if (needle.length < 4) {
        const tooShort = message('search-too-short', { min: 4 });
        throw new HttpError(400, 'validation', tooShort, { fields: { q: tooShort } });
      }
      return [...customers.values()].filter((c) =>
        `${displayName(c)} ${c.email}`.toLowerCase().includes(needle),
      );
    },
    editCustomer: async (_device, account, request) => {
      const customer = current(account);
      if (customer.version !== request.version) {
        throw new HttpError(
          409,
          'conflict',
          message('edit-conflict', {
            account,
            current: customer.version,
            version: request.version,
          }),
        );
      }
      return changed(customer, request.customer);
    },
    addAddress: async (_device, account, request) => {
      const customer = current(account);
      return changed(customer, { addresses: [...customer.addresses, request.address] });
    },
    issueLoyaltyCard: async (_device, account) => {
      const customer = current(account);
      cards += 1;
      const card = { cardNumber: `L${String(cards).padStart(8, '0')}`, issuedAt: fakeNow };
      return {
        card,
        customer: changed(customer, { loyaltyCards: [...customer.loyaltyCards, card] }),
      };
    },
  };
}
