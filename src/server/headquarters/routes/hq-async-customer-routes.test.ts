import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Address } from '../../../contract/customer.ts';
import {
  asyncOperationDetailSchema,
  asyncOperationResponseSchema,
  asyncOperationStatsSchema,
} from '../../../contract/hq-admin.ts';
import { feedResponseSchema } from '../../../contract/register.ts';
import type { AsyncRecord } from '../../../contract/upload.ts';
import { findCustomerByAsyncGuid } from '../customers.ts';
import { intakeAsyncRecords } from '../../testing/channel-access.ts';
import {
  activate,
  addressRecord,
  asyncRecord,
  auth,
  editRecord,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const device = { storeId: 'S001', registerId: 'S001-R1' };
const badHome: Address = {
  purpose: 'home',
  street: '1-1 Jingumae',
  city: 'Tokyo',
  state: '13',
  zip: '150-0001',
  country: 'XYZ',
  primary: true,
};

async function syncRecords(records: AsyncRecord[]) {
  intakeAsyncRecords(server.channelDb, device, records, server.clock.now().toISOString());
  await server.jobs.run('p-job', 'manual');
  await server.jobs.run('sync-customers', 'manual');
}

async function detail(guid: string) {
  const res = await server.app.inject({
    url: apiPaths.hqAsyncCustomer(guid),
    headers: server.admin,
  });
  expect(res.statusCode).toBe(200);
  return asyncOperationDetailSchema.parse(res.json());
}

async function fix(guid: string, record: unknown) {
  return server.app.inject({
    method: 'PUT',
    url: apiPaths.hqAsyncCustomer(guid),
    headers: server.admin,
    payload: { record } as Record<string, unknown>,
  });
}

async function resync(guid: string) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqAsyncCustomerResync(guid),
    headers: server.admin,
  });
}

describe('Customer synchronization status: fix and synchronize again (B13)', () => {
  it('fixes a failed creation, resyncs it with its waiting edit and address, and 1010 feeds it', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ firstName: 'Yuki', addresses: [badHome] });
    const edit = editRecord(
      { asyncGuid: create.guid },
      { firstName: 'Yuki', phone: '03-5555-0000' },
    );
    const address = addressRecord({ asyncGuid: create.guid });
    await syncRecords([create, edit, address]);

    const failed = await detail(create.guid);
    expect(failed.operation).toMatchObject({
      kind: 'customer-create',
      status: 'failed',
      lastError: {
        code: 'unknown-country',
        values: { code: 'XYZ' },
        field: 'customer.addresses.0.country',
      },
    });
    expect(failed.record).toEqual(create);
    expect((await detail(edit.guid)).operation).toMatchObject({
      kind: 'customer-edit',
      status: 'pending',
    });

    const fixedRecord = {
      ...create,
      customer: {
        ...create.customer,
        lastName: 'Kato',
        addresses: [{ ...badHome, country: 'JPN' }],
      },
    };
    const saved = await fix(create.guid, fixedRecord);
    expect(saved.statusCode).toBe(200);
    expect(asyncOperationResponseSchema.parse(saved.json()).operation).toMatchObject({
      status: 'failed',
      name: 'Yuki Kato',
      lastError: {
        code: 'unknown-country',
        values: { code: 'XYZ' },
        field: 'customer.addresses.0.country',
      },
      accountNumber: null,
    });
    expect((await detail(create.guid)).record).toEqual(fixedRecord);

    server.clock.advance(1000);
    const again = await resync(create.guid);
    expect(again.statusCode).toBe(200);
    const { operation } = asyncOperationResponseSchema.parse(again.json());
    expect(operation).toMatchObject({
      status: 'completed',
      accountNumber: 'C000003',
      lastError: null,
      updatedAt: '2025-01-01T09:00:01.000Z',
    });
    expect((await detail(edit.guid)).operation).toMatchObject({
      status: 'completed',
      accountNumber: 'C000003',
    });
    expect((await detail(address.guid)).operation.status).toBe('completed');
    expect(findCustomerByAsyncGuid(server.hqDb, create.guid)).toMatchObject({
      lastName: 'Mori',
      phone: '03-5555-0000',
      appliedEditGuid: edit.guid,
      addresses: [
        { ...badHome, country: 'JPN', primary: true },
        { ...address.address, asyncGuid: address.guid },
      ],
    });

    await server.jobs.run('distribution-1010', 'manual');
    const token = await activate(server, 'S001', 'S001-R1');
    const feed = feedResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.feed, headers: auth(token) })).json(),
    );
    expect(feed.customers.find((c) => c.asyncGuid === create.guid)).toMatchObject({
      accountNumber: 'C000003',
      appliedEditGuid: edit.guid,
    });
  });

  it('answers a resync that fails again with the new last error', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ addresses: [badHome] });
    await syncRecords([create]);
    const res = await resync(create.guid);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      operation: {
        status: 'failed',
        lastError: {
          code: 'unknown-country',
          values: { code: 'XYZ' },
          field: 'customer.addresses.0.country',
        },
      },
    });
  });

  it('refuses to fix an operation that is not failed (409), and to resync a completed one', async () => {
    server = await testServer({ customers: 0 });
    const done = asyncRecord();
    await syncRecords([done]);
    const pending = editRecord({ asyncGuid: randomUUID() });
    intakeAsyncRecords(server.channelDb, device, [pending], '2025-01-01T09:00:00.000Z');
    await server.jobs.run('p-job', 'manual');
    expect((await fix(done.guid, done)).statusCode).toBe(409);
    expect((await fix(pending.guid, pending)).statusCode).toBe(409);
    expect((await fix(pending.guid, pending)).json()).toMatchObject({ error: 'not-failed' });
    expect((await resync(done.guid)).statusCode).toBe(409);
  });

  it.each([
    { change: 'the GUID', edit: (r: AsyncRecord) => ({ ...r, guid: randomUUID() }) },
    {
      change: 'the kind',
      edit: (r: AsyncRecord) => editRecord({ accountNumber: 'C000001' }, {}, r.guid),
    },
  ])('refuses a fix that changes $change with 400', async ({ edit }) => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ addresses: [badHome] });
    await syncRecords([create]);
    const res = await fix(create.guid, edit(create));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'validation',
      message: 'The GUID, kind and customer of a record cannot change.',
      code: 'identity-fixed',
    });
    expect((await detail(create.guid)).record).toEqual(create);
  });

  it('refuses a fix that changes the customer of an address, or is still invalid', async () => {
    server = await testServer({ customers: 0 });
    const address = addressRecord({ accountNumber: 'C000001' }, { country: 'XYZ' });
    await syncRecords([address]);
    expect((await detail(address.guid)).operation.status).toBe('failed');
    const moved = await fix(address.guid, { ...address, customer: { accountNumber: 'C000002' } });
    expect(moved.statusCode).toBe(400);
    const stillBad = await fix(address.guid, {
      ...address,
      address: { ...address.address, country: 'QQQ' },
    });
    expect(stillBad.statusCode).toBe(400);
    expect(stillBad.json()).toMatchObject({
      fields: { 'record.address.country': { code: 'unknown-country', values: { code: 'QQQ' } } },
    });
    const malformed = await fix(address.guid, {
      ...address,
      address: { ...address.address, city: '' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: 'validation' });
    const ok = await fix(address.guid, {
      ...address,
      address: { ...address.address, country: 'JPN' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await resync(address.guid)).json()).toMatchObject({
      operation: { status: 'completed', accountNumber: 'C000001', name: 'Shibuya Walk-in' },
    });
  });

  it('answers 404 for an unknown operation on every route', async () => {
    server = await testServer({ customers: 0 });
    const guid = randomUUID();
    expect(
      (await server.app.inject({ url: apiPaths.hqAsyncCustomer(guid), headers: server.admin }))
        .statusCode,
    ).toBe(404);
    expect((await fix(guid, asyncRecord({}, guid))).statusCode).toBe(404);
    expect((await resync(guid)).statusCode).toBe(404);
  });
});

describe('Customer synchronization status: chart data', () => {
  it('counts operations by current status per bucket of HQ receipt time, empty buckets included', async () => {
    server = await testServer({ customers: 0 });
    // 09:00: one that converts and one that fails; 11:30: one waiting for a creation.
    await syncRecords([asyncRecord(), asyncRecord({ addresses: [badHome] })]);
    server.clock.advance(2.5 * 3_600_000);
    await syncRecords([editRecord({ asyncGuid: randomUUID() })]);
    server.clock.advance(30 * 60_000); // now 12:00
    const res = await server.app.inject({
      url: `${apiPaths.hqAsyncCustomerStats}?hours=4&bucketMinutes=60`,
      headers: server.admin,
    });
    expect(res.statusCode).toBe(200);
    expect(asyncOperationStatsSchema.parse(res.json()).buckets).toEqual([
      { start: '2025-01-01T09:00:00.000Z', pending: 0, completed: 1, failed: 1 },
      { start: '2025-01-01T10:00:00.000Z', pending: 0, completed: 0, failed: 0 },
      { start: '2025-01-01T11:00:00.000Z', pending: 1, completed: 0, failed: 0 },
      { start: '2025-01-01T12:00:00.000Z', pending: 0, completed: 0, failed: 0 },
    ]);
    const defaults = asyncOperationStatsSchema.parse(
      (
        await server.app.inject({ url: apiPaths.hqAsyncCustomerStats, headers: server.admin })
      ).json(),
    ).buckets;
    expect(defaults).toHaveLength(24);
    expect(defaults.at(-1)?.start).toBe('2025-01-01T12:00:00.000Z');
    expect(defaults.reduce((n, b) => n + b.pending + b.completed + b.failed, 0)).toBe(3);
    const bad = await server.app.inject({
      url: `${apiPaths.hqAsyncCustomerStats}?hours=0`,
      headers: server.admin,
    });
    expect(bad.statusCode).toBe(400);
  });
});
