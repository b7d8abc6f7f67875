import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, CustomerDraft } from '../../contract/customer.ts';
import type { AsyncRecord } from '../../contract/upload.ts';
import { HttpError } from '../platform/http/http-error.ts';
import {
  LinkUnreachableError,
  type ChannelConfig,
  type DistributedCustomer,
  type HqLink,
  type LinkDevice,
  type ScaleUnitLink,
} from './link.ts';
import { message, plainText } from '../../contract/messages.ts';

/** The two implementations of the link. */
export type LinkImplementation = 'in-process' | 'http';
/** The two services, as the side of the link they implement. */
export type LinkSide = 'scale-unit' | 'hq';

/** One call that reached the implementation behind the link, and how it ended. */
export interface LinkCall {
  side: LinkSide;
  method: string;
  /** The arguments as the implementation received them. */
  args: unknown[];
  answer?: unknown;
  error?: unknown;
}

/** The implementations behind the link, and what the suite needs to know of them. */
export interface LinkBacking {
  scaleUnit: ScaleUnitLink;
  hq: HqLink;
  /**
   * A register both sides know: its store is served by the scale unit, and HQ has the store's
   * default customer and the affiliations EMPLOYEE and VIP.
   */
  device: LinkDevice;
  /** The customers the scale unit holds, as 1010 delivered them. */
  scaleUnitCustomers(): Promise<DistributedCustomer[]>;
  close?(): Promise<void>;
}

/** What each test of the suite gets (built by `linkFixture` in server/testing/link-fixture.ts). */
export interface LinkFixture {
  /** HQ's link to the scale unit, through the implementation under test. */
  scaleUnit: ScaleUnitLink;
  /** The scale unit's link to HQ, through the implementation under test. */
  hq: HqLink;
  device: LinkDevice;
  /** Every call that reached the implementations behind the link, in order. */
  calls: LinkCall[];
  scaleUnitCustomers(): Promise<DistributedCustomer[]>;
  /** Makes the implementation behind `side` throw `error` on every call (null: no more). */
  fault(side: LinkSide, error: Error | null): void;
  /** Takes `side` down: over HTTP its server stops; in process it is unreachable. */
  stop(side: LinkSide): Promise<void>;
  close(): Promise<void>;
}

/** Builds a fresh fixture for one test. */
export type LinkFixtureFactory = (impl: LinkImplementation) => Promise<LinkFixture>;

const implementations: readonly LinkImplementation[] = ['in-process', 'http'];

function lastCall(fixture: LinkFixture, method: string): LinkCall {
  const call = fixture.calls.findLast((c) => c.method === method);
  if (!call) throw new Error(`${method} never reached the other side`);
  return call;
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused');
}

function refusalOf(error: unknown) {
  expect(error).toBeInstanceOf(HttpError);
  const { status, code, message, detail, fields } = error as HttpError;
  return { status, code, message, detail, fields };
}

/** A draft with names from several scripts: Japanese, a combining accent, Arabic, an emoji. */
function unicodeDraft(unique: string): CustomerDraft {
  return {
    type: 'person',
    firstName: '美咲',
    lastName: `Nguye\u0302\u0303n مريم ${unique} 👩🏽‍💻`,
    organizationName: '',
    email: `misaki.${unique.toLowerCase()}@example.com`,
    phone: '+81 (90) 1234-5678',
    addresses: [
      {
        purpose: 'home',
        street: '1-2-3 道玄坂',
        city: '渋谷区',
        state: '13',
        zip: '150-0043',
        country: 'JPN',
        primary: true,
      },
    ],
    title: 'Ms.',
    affiliations: ['VIP'],
    secondaryEmails: ['m@example.org'],
    secondaryPhones: ['03-1234-5678'],
  };
}

/** A customer with every field filled (merged, with an async GUID, cards and addresses). */
function fullCustomer(account: string, mergedInto: string): Customer {
  return {
    ...unicodeDraft('Full'),
    addresses: [
      {
        purpose: 'delivery',
        street: '2-2 Namba',
        city: 'Osaka',
        state: '27',
        zip: '542-0076',
        country: 'JPN',
        primary: false,
        asyncGuid: randomUUID(),
      },
      ...unicodeDraft('Full').addresses,
    ],
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print-and-email',
    affiliations: ['EMPLOYEE', 'VIP'],
    accountNumber: account,
    asyncGuid: randomUUID(),
    storeId: 'S001',
    loyaltyCards: [{ cardNumber: 'L00000042', issuedAt: '2026-12-01T09:30:15.123Z' }],
    appliedEditGuid: randomUUID(),
    mergedInto,
    version: 7,
    updatedAt: '2026-12-07T11:59:59.999Z',
  };
}

/** An organization with every list empty and every nullable field null. */
function bareCustomer(account: string): Customer {
  return {
    type: 'organization',
    firstName: '',
    lastName: '',
    organizationName: 'Kobe Trading KK',
    email: '',
    phone: '',
    addresses: [],
    title: '',
    affiliations: [],
    secondaryEmails: [],
    secondaryPhones: [],
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'en-us',
    receiptPreference: 'print',
    accountNumber: account,
    asyncGuid: null,
    storeId: 'S002',
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: '2026-12-07T12:00:00.000Z',
  };
}

/** Account numbers no other test uses (the real services keep their databases per fixture). */
function accounts(): [string, string, string] {
  const base = 900_000_000 + Math.floor(Math.random() * 90_000_000);
  return [`C${base}`, `C${base + 1}`, `C${base + 2}`];
}

function channelConfig(device: LinkDevice): ChannelConfig {
  return {
    version: `suite-${randomUUID()}`,
    settings: {
      features: {
        asyncAddressCreation: true,
        enhancedAsyncCreation: true,
        asyncCustomerEditing: false,
      },
      filterSharedCustomerData: false,
    },
    affiliations: [
      { id: 'EMPLOYEE', name: 'Employee' },
      { id: 'VIP', name: 'お得意様 ⭐' },
    ],
    stores: [
      {
        id: device.storeId,
        name: '渋谷店',
        asyncCustomerMode: true,
        defaults: {
          customerGroup: 'Retail',
          currency: 'JPY',
          language: 'ja',
          receiptPreference: 'print',
          affiliations: [],
        },
        registers: [
          { id: device.registerId, number: '1', retiredAt: null },
          { id: `${device.storeId}-R9`, number: '9', retiredAt: '2026-11-30T18:00:00.000Z' },
        ],
      },
      {
        id: 'S999',
        name: 'No default customer',
        asyncCustomerMode: false,
        defaults: null,
        registers: [],
      },
    ],
  };
}

function customerRecord(draft: CustomerDraft): AsyncRecord {
  return {
    kind: 'customer-create',
    guid: randomUUID(),
    createdAt: '2026-12-07T11:58:00.000Z',
    customer: draft,
  };
}

/**
 * The HQ ↔ scale-unit link's conformance suite (CONVENTIONS.md: one suite per interface, run
 * against every implementation): what either implementation of the link, over any backing
 * services, must do. Values arrive exactly as sent, refusals keep their status, code, message
 * and fields, a side that does not answer is `LinkUnreachableError`, and the services keep
 * their promises through the link (pulls in order, idempotent pushes and imports, one
 * real-time creation per GUID).
 */
export function linkConformanceSuite(name: string, factory: LinkFixtureFactory): void {
  describe.each(implementations)(`${name}: the link %s`, (impl) => {
    let fixture: LinkFixture;
    beforeEach(async () => {
      fixture = await factory(impl);
    });
    afterEach(async () => {
      await fixture.close();
    });

    it('describes the scale unit as it describes itself', async () => {
      const info = await fixture.scaleUnit.describe();
      expect(info).toEqual(lastCall(fixture, 'describe').answer);
    });

    it('delivers pushed customers exactly: every field, Unicode, empty lists and nulls', async () => {
      const [a, b, c] = accounts();
      const pushed: DistributedCustomer[] = [
        { customer: fullCustomer(a, c), originRegisterId: fixture.device.registerId },
        { customer: { ...fullCustomer(b, c), mergedInto: null }, originRegisterId: null },
        { customer: bareCustomer(c), originRegisterId: null },
      ];
      await expect(fixture.scaleUnit.pushCustomers(pushed)).resolves.toBeUndefined();
      expect(lastCall(fixture, 'pushCustomers').args).toEqual([pushed]);
      const held = await fixture.scaleUnitCustomers();
      for (const item of pushed) {
        const account = item.customer.accountNumber;
        expect(held.filter((h) => h.customer.accountNumber === account)).toEqual([item]);
      }
    });

    it('applies a repeated push once (idempotent upsert by account number)', async () => {
      const [a, b] = accounts();
      const pushed = [
        { customer: bareCustomer(a), originRegisterId: null },
        { customer: bareCustomer(b), originRegisterId: fixture.device.registerId },
      ];
      await fixture.scaleUnit.pushCustomers(pushed);
      await fixture.scaleUnit.pushCustomers(pushed);
      const changed = { ...bareCustomer(a), organizationName: 'Kobe Trading KK (renamed)' };
      await fixture.scaleUnit.pushCustomers([{ customer: changed, originRegisterId: null }]);
      const held = (await fixture.scaleUnitCustomers()).filter((h) =>
        [a, b].includes(h.customer.accountNumber),
      );
      expect(held).toHaveLength(2);
      expect(held).toContainEqual({ customer: changed, originRegisterId: null });
      expect(held).toContainEqual(pushed[1]);
    });

    it('shares no object with the other side', async () => {
      const [a] = accounts();
      const pushed = [{ customer: bareCustomer(a), originRegisterId: null }];
      await fixture.scaleUnit.pushCustomers(pushed);
      pushed[0]!.customer.organizationName = 'Changed by the caller afterwards';
      const held = await fixture.scaleUnitCustomers();
      expect(held.find((h) => h.customer.accountNumber === a)?.customer).toEqual(bareCustomer(a));

      const first = await fixture.hq.channelConfig();
      first.stores.length = 0;
      first.settings.filterSharedCustomerData = !first.settings.filterSharedCustomerData;
      expect(await fixture.hq.channelConfig()).toEqual(lastCall(fixture, 'channelConfig').answer);
      expect(await fixture.hq.channelConfig()).not.toEqual(first);
    });

    it('delivers the configuration exactly, and answers HQ’s as it is', async () => {
      const config = channelConfig(fixture.device);
      await expect(fixture.scaleUnit.pushConfig(config)).resolves.toBeUndefined();
      expect(lastCall(fixture, 'pushConfig').args).toEqual([config]);
      const fromHq = await fixture.hq.channelConfig();
      expect(fromHq).toEqual(lastCall(fixture, 'channelConfig').answer);
    });

    it('pulls records in order, after the counter and at most the limit; imports each once', async () => {
      const existing = await fixture.scaleUnit.pullRecords(0, 10_000);
      const watermark = existing.at(-1)?.replicationCounter ?? 0;
      const records = [
        customerRecord(unicodeDraft('Pull')),
        customerRecord({ ...unicodeDraft('Pull'), addresses: [], affiliations: [] }),
        customerRecord({ ...unicodeDraft('Pull'), title: '' }),
      ];
      const damaged = { guid: randomUUID(), kind: 'customer-create', customer: { firstName: 42 } };
      const rescued = [records[0]!, damaged, records[1]!, records[2]!];
      const results = await fixture.scaleUnit.importRecords(fixture.device, rescued);
      expect(lastCall(fixture, 'importRecords').args).toEqual([fixture.device, rescued]);
      expect(results).toEqual(lastCall(fixture, 'importRecords').answer);
      expect(results.map((r) => [r.guid, r.outcome])).toEqual([
        [records[0]!.guid, 'accepted'],
        [damaged.guid, 'rejected'],
        [records[1]!.guid, 'accepted'],
        [records[2]!.guid, 'accepted'],
      ]);

      const pulled = await fixture.scaleUnit.pullRecords(watermark, 1000);
      expect(pulled).toEqual(lastCall(fixture, 'pullRecords').answer);
      expect(pulled.map((r) => r.guid)).toEqual(records.map((r) => r.guid));
      expect(pulled.map((r) => JSON.parse(r.payload) as unknown)).toEqual(records);
      const counters = pulled.map((r) => r.replicationCounter);
      expect(counters).toEqual([...counters].sort((x, y) => x - y));
      expect(new Set(counters).size).toBe(3);
      for (const record of pulled) {
        expect(record).toMatchObject({ ...fixture.device, kind: 'customer-create' });
      }

      expect(await fixture.scaleUnit.pullRecords(watermark, 2)).toEqual(pulled.slice(0, 2));
      expect(await fixture.scaleUnit.pullRecords(counters[1]!, 1000)).toEqual(pulled.slice(2));
      expect(await fixture.scaleUnit.pullRecords(counters[2]!, 1000)).toEqual([]);

      const again = await fixture.scaleUnit.importRecords(fixture.device, records);
      expect(again.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(await fixture.scaleUnit.pullRecords(watermark, 1000)).toEqual(pulled);
    });

    it('answers register calls (codes, revocation, retirement, activity) as the scale unit does', async () => {
      const { device } = fixture;
      await fixture.scaleUnit.pushConfig(channelConfig(device));
      const code = await fixture.scaleUnit.issueActivationCode(device);
      expect(lastCall(fixture, 'issueActivationCode').args).toEqual([device]);
      expect(code).toEqual(lastCall(fixture, 'issueActivationCode').answer);
      const revoked = await fixture.scaleUnit.revokeRegister(device.registerId);
      expect(revoked).toEqual(lastCall(fixture, 'revokeRegister').answer);
      expect(lastCall(fixture, 'revokeRegister').args).toEqual([device.registerId]);
      await expect(fixture.scaleUnit.retireRegister(device.registerId)).resolves.toBeUndefined();
      expect(lastCall(fixture, 'retireRegister').args).toEqual([device.registerId]);
      const activity = await fixture.scaleUnit.registerActivity();
      expect(activity).toEqual(lastCall(fixture, 'registerActivity').answer);
    });

    it('creates a customer once per GUID: created, then a retry that is not', async () => {
      const request = { guid: randomUUID(), customer: unicodeDraft('Create') };
      const first = await fixture.hq.createCustomer(fixture.device, request);
      expect(lastCall(fixture, 'createCustomer').args).toEqual([fixture.device, request]);
      expect(first).toEqual(lastCall(fixture, 'createCustomer').answer);
      expect(first.created).toBe(true);
      expect(first.customer).toMatchObject({
        ...request.customer,
        affiliations: expect.arrayContaining(['VIP']) as unknown,
        asyncGuid: request.guid,
        storeId: fixture.device.storeId,
      });

      const retry = await fixture.hq.createCustomer(fixture.device, request);
      expect(retry).toEqual({ customer: first.customer, created: false });
    });

    it('searches, edits, adds addresses and issues loyalty cards as HQ answers', async () => {
      const unique = `Quill${randomUUID().slice(0, 8)}`;
      const { customer } = await fixture.hq.createCustomer(fixture.device, {
        guid: randomUUID(),
        customer: unicodeDraft(unique),
      });
      const account = customer.accountNumber;

      const found = await fixture.hq.searchCustomers(fixture.device, unique);
      expect(lastCall(fixture, 'searchCustomers').args).toEqual([fixture.device, unique]);
      expect(found).toEqual(lastCall(fixture, 'searchCustomers').answer);
      expect(found.map((c) => c.accountNumber)).toEqual([account]);

      const edit = {
        version: customer.version,
        customer: { ...unicodeDraft(unique), title: '' as const },
      };
      const edited = await fixture.hq.editCustomer(fixture.device, account, edit);
      expect(lastCall(fixture, 'editCustomer').args).toEqual([fixture.device, account, edit]);
      expect(edited).toEqual(lastCall(fixture, 'editCustomer').answer);
      expect(edited.title).toBe('');

      const address = { ...unicodeDraft(unique).addresses[0]!, purpose: 'invoice' as const };
      const withAddress = await fixture.hq.addAddress(fixture.device, account, { address });
      expect(withAddress).toEqual(lastCall(fixture, 'addAddress').answer);
      expect(withAddress.addresses).toHaveLength(edited.addresses.length + 1);
      expect(withAddress.addresses.map((a) => a.purpose)).toContain('invoice');

      const issued = await fixture.hq.issueLoyaltyCard(fixture.device, account);
      expect(issued).toEqual(lastCall(fixture, 'issueLoyaltyCard').answer);
      expect(issued.customer.loyaltyCards).toContainEqual(issued.card);
    });

    it('passes HQ’s refusals through with their status, code, message and fields', async () => {
      const { customer } = await fixture.hq.createCustomer(fixture.device, {
        guid: randomUUID(),
        customer: unicodeDraft('Refused'),
      });
      const edit = { version: customer.version + 5, customer: unicodeDraft('Refused') };
      const conflict = refusalOf(
        await rejection(fixture.hq.editCustomer(fixture.device, customer.accountNumber, edit)),
      );
      expect(conflict.status).toBe(409);
      expect(conflict).toEqual(refusalOf(lastCall(fixture, 'editCustomer').error));

      const unknown = refusalOf(
        await rejection(fixture.hq.issueLoyaltyCard(fixture.device, 'C999999999')),
      );
      expect(unknown.status).toBe(404);
      expect(unknown).toEqual(refusalOf(lastCall(fixture, 'issueLoyaltyCard').error));

      const draft = { ...unicodeDraft('Refused'), affiliations: ['NO-SUCH-AFFILIATION'] };
      const invalid = refusalOf(
        await rejection(
          fixture.hq.createCustomer(fixture.device, { guid: randomUUID(), customer: draft }),
        ),
      );
      expect(invalid.status).toBe(400);
      expect(Object.keys(invalid.fields ?? {})).not.toHaveLength(0);
      expect(invalid).toEqual(refusalOf(lastCall(fixture, 'createCustomer').error));
    });

    it('passes any refusal of either side through unchanged', async () => {
      const refusal = new HttpError(422, 'odd-refusal', plainText('Refused, with fields «é» 🚫'), {
        fields: {
          'customers.0.customer.email': message('invalid-email'),
          _: message('too-long', { max: 60 }),
        },
      });
      fixture.fault('scale-unit', refusal);
      fixture.fault('hq', refusal);
      const expected = refusalOf(refusal);
      expect(refusalOf(await rejection(fixture.scaleUnit.pushCustomers([])))).toEqual(expected);
      expect(refusalOf(await rejection(fixture.hq.channelConfig()))).toEqual(expected);
      const bare = new HttpError(
        404,
        'not-found',
        message('register-not-found', { register: 'X' }),
      );
      fixture.fault('scale-unit', bare);
      expect(refusalOf(await rejection(fixture.scaleUnit.revokeRegister('S001-R404')))).toEqual(
        refusalOf(bare),
      );
    });

    it('answers a failure inside the other side as 500 internal, without its details', async () => {
      fixture.fault('scale-unit', new Error('SQLITE_CORRUPT: secret table name'));
      expect(refusalOf(await rejection(fixture.scaleUnit.describe()))).toEqual({
        status: 500,
        code: 'internal',
        message: 'Something went wrong on the server.',
        detail: { code: 'internal' },
        fields: undefined,
      });
    });

    it('says LinkUnreachableError when the other side could not reach a service itself', async () => {
      fixture.fault('hq', new LinkUnreachableError('Channel database', 'locked'));
      const error = await rejection(fixture.hq.searchCustomers(fixture.device, 'Misaki'));
      expect(error).toBeInstanceOf(LinkUnreachableError);
    });

    it('says LinkUnreachableError when the other side answers 502, 503 or 504', async () => {
      for (const status of [502, 503, 504]) {
        fixture.fault(
          'scale-unit',
          new HttpError(status, 'hq-unreachable', message('hq-unreachable')),
        );
        const error = await rejection(fixture.scaleUnit.registerActivity());
        expect(error).toBeInstanceOf(LinkUnreachableError);
        expect((error as LinkUnreachableError).service).toMatch(/scale unit/i);
      }
    });

    it('says LinkUnreachableError, naming the service, when a side is down; the other answers', async () => {
      await fixture.stop('scale-unit');
      const error = await rejection(fixture.scaleUnit.pullRecords(0, 10));
      expect(error).toBeInstanceOf(LinkUnreachableError);
      expect((error as LinkUnreachableError).service).toMatch(/scale unit/i);
      expect((error as LinkUnreachableError).message).toContain('was not reached');
      await expect(fixture.hq.channelConfig()).resolves.toBeDefined();

      await fixture.stop('hq');
      const hqError = await rejection(fixture.hq.channelConfig());
      expect(hqError).toBeInstanceOf(LinkUnreachableError);
      expect((hqError as LinkUnreachableError).service).toMatch(/HQ/);
    });
  });
}
