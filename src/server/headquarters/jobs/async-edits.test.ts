import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Address } from '../../../contract/customer.ts';
import { feedResponseSchema } from '../../../contract/register.ts';
import { uploadResponseSchema, type AsyncRecord } from '../../../contract/upload.ts';
import { countAsyncRecords, intakeAsyncRecords } from '../../testing/channel-access.ts';
import {
  activate,
  addressRecord,
  asyncRecord,
  auth,
  editRecord,
  testServer,
  type TestServer,
  jobContext,
} from '../../testing/test-support.ts';
import { convertOperation } from '../async-conversions.ts';
import { listOperations } from '../async-operations.ts';
import { findCustomer, findCustomerByAsyncGuid } from '../customers.ts';
import { runPJob } from './p-job.ts';
import { runSyncCustomersJob } from './sync-customers-job.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const device = { storeId: 'S002', registerId: 'S002-R1' };
const now = '2025-01-01T09:00:00.000Z';
const home: Address = {
  purpose: 'home',
  street: '1-1 Umeda',
  city: 'Osaka',
  state: '27',
  zip: '530-0001',
  country: 'JPN',
  primary: true,
};

const ctx = () => jobContext(server);

async function uploadAndSync(records: AsyncRecord[]) {
  intakeAsyncRecords(server.channelDb, device, records, now);
  await runPJob(ctx());
  return runSyncCustomersJob(ctx());
}

function statusOf(guid: string) {
  return listOperations(server.hqDb, {}).find((o) => o.guid === guid);
}

describe('upload of edit and address records', () => {
  it('accepts all three kinds, idempotently by GUID', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S002', 'S002-R1');
    const create = asyncRecord();
    const records = [
      create,
      editRecord({ asyncGuid: create.guid }, { phone: '06-0000-1111' }),
      addressRecord({ accountNumber: 'C000001' }),
    ];
    const send = async (batch: unknown[]) =>
      uploadResponseSchema.parse(
        (
          await server.app.inject({
            method: 'POST',
            url: apiPaths.upload,
            headers: auth(token),
            payload: { records: batch },
          })
        ).json(),
      ).results;
    expect((await send(records)).map((r) => r.outcome)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect((await send(records)).map((r) => r.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    const [edit, address] = [records[1], records[2]];
    if (edit?.kind !== 'customer-edit' || address?.kind !== 'address-create') throw new Error();
    const changed = await send([
      { ...edit, draft: { ...edit.draft, phone: '06-9999-9999' } },
      { ...address, address: { ...address.address, city: 'Kobe' } },
      { ...addressRecord({ accountNumber: 'C000001' }), customer: {} },
      { ...editRecord({ accountNumber: 'C000001' }), address: home },
    ]);
    expect(changed.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(countAsyncRecords(server.channelDb)).toBe(3);
    const rows = server.channelDb
      .prepare('SELECT kind FROM async_records ORDER BY replication_counter')
      .all();
    expect(rows).toEqual([
      { kind: 'customer-create' },
      { kind: 'customer-edit' },
      { kind: 'address-create' },
    ]);
  });

  it('P-job names edits and addresses after the customer they belong to', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ firstName: 'Kenta', lastName: 'Ono' });
    intakeAsyncRecords(
      server.channelDb,
      device,
      [
        create,
        editRecord({ asyncGuid: create.guid }, { firstName: 'Kenji', lastName: 'Ono' }),
        addressRecord({ accountNumber: 'C000002' }),
        editRecord({ asyncGuid: randomUUID() }, { firstName: 'Nobody', lastName: 'Known' }),
      ],
      now,
    );
    expect((await runPJob(ctx())).done).toBe(4);
    expect(
      listOperations(server.hqDb, {})
        .reverse()
        .map((o) => [o.kind, o.name, o.accountNumber, o.status]),
    ).toEqual([
      ['customer-create', 'Kenta Ono', null, 'pending'],
      ['customer-edit', 'Kenta Ono', null, 'pending'],
      ['address-create', 'Osaka Walk-in', 'C000002', 'pending'],
      ['customer-edit', 'Nobody Known', null, 'pending'],
    ]);
  });
});

describe('Synchronize customers and channel requests: edits (10.0.29)', () => {
  it('applies two edits after their creation, in order, keeping the addresses', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ addresses: [home] });
    const first = editRecord(
      { asyncGuid: create.guid },
      { phone: '06-1111-1111', title: 'Ms.', addresses: [] },
    );
    const second = editRecord(
      { asyncGuid: create.guid },
      { phone: '06-2222-2222', title: 'Dr.', secondaryEmails: ['a@b.example.com'] },
    );
    expect(await uploadAndSync([create, first, second])).toEqual({
      read: 3,
      done: 3,
      failed: 0,
      errors: [],
    });
    const customer = findCustomerByAsyncGuid(server.hqDb, create.guid);
    expect(customer).toMatchObject({
      accountNumber: 'C000003',
      phone: '06-2222-2222',
      title: 'Dr.',
      secondaryEmails: ['a@b.example.com'],
      addresses: [home],
      appliedEditGuid: second.guid,
      version: 3,
    });
    expect(statusOf(second.guid)).toMatchObject({ status: 'completed', accountNumber: 'C000003' });
    await server.jobs.run('distribution-1010', 'manual');
    const token = await activate(server, 'S002', 'S002-R1');
    const feed = feedResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.feed, headers: auth(token) })).json(),
    );
    expect(feed.customers.find((c) => c.asyncGuid === create.guid)).toMatchObject({
      phone: '06-2222-2222',
      appliedEditGuid: second.guid,
      version: 3,
    });
  });

  it('keeps an edit pending behind a creation that has not arrived, then applies it', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord();
    const edit = editRecord({ asyncGuid: create.guid }, { lastName: 'Edited' });
    const later = editRecord({ asyncGuid: create.guid }, { lastName: 'Edited again' });
    expect(await uploadAndSync([edit, later])).toEqual({
      read: 2,
      done: 0,
      failed: 0,
      errors: [],
    });
    expect(statusOf(edit.guid)).toMatchObject({ status: 'pending', lastError: null });
    expect(await runSyncCustomersJob(ctx())).toMatchObject({ read: 2, done: 0, failed: 0 });
    // The creation arrives; in counter order it comes after the edits, so they go on the next run.
    expect(await uploadAndSync([create])).toMatchObject({ read: 3, done: 1, failed: 0 });
    expect(findCustomerByAsyncGuid(server.hqDb, create.guid)).toMatchObject({
      lastName: 'Mori',
      version: 1,
    });
    expect(await runSyncCustomersJob(ctx())).toMatchObject({ read: 2, done: 2, failed: 0 });
    expect(findCustomerByAsyncGuid(server.hqDb, create.guid)).toMatchObject({
      lastName: 'Edited again',
      appliedEditGuid: later.guid,
      version: 3,
    });
  });

  it('keeps an edit pending, not failed, while its creation is failed', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ addresses: [{ ...home, country: 'XYZ' }] });
    const edit = editRecord({ asyncGuid: create.guid });
    expect(await uploadAndSync([create, edit])).toMatchObject({ read: 2, done: 0, failed: 1 });
    expect(statusOf(create.guid)?.status).toBe('failed');
    expect(statusOf(edit.guid)).toMatchObject({ status: 'pending', lastError: null });
  });

  it('applies an edit by account number and fails one of an unknown account or affiliation', async () => {
    server = await testServer({ customers: 1 });
    const good = editRecord({ accountNumber: 'C000003' }, { firstName: 'Renamed' });
    const unknown = editRecord({ accountNumber: 'C999999' });
    const badAffiliation = editRecord({ accountNumber: 'C000003' }, { affiliations: ['GOLD'] });
    const result = await uploadAndSync([unknown, badAffiliation, good]);
    expect(result).toMatchObject({ read: 3, done: 1, failed: 2 });
    expect(result.errors).toEqual([
      { code: 'customer-not-at-hq', values: { account: 'C999999' }, record: unknown.guid },
      {
        code: 'unknown-affiliation',
        values: { id: 'GOLD' },
        field: 'draft.affiliations.0',
        record: badAffiliation.guid,
      },
    ]);
    expect(findCustomer(server.hqDb, 'C000003')).toMatchObject({
      firstName: 'Renamed',
      appliedEditGuid: good.guid,
      version: 2,
    });
  });

  it('holds a record back while an earlier one for the same customer waits', async () => {
    server = await testServer({ customers: 1 });
    const edit = editRecord({ accountNumber: 'C000003' });
    const held = new Set(['account:C000003']);
    const op = { storeId: 'S001', registerId: 'S001-R1', payload: JSON.stringify(edit) };
    expect(convertOperation(server.hqDb, op, held, now)).toMatchObject({ status: 'waiting' });
    expect(convertOperation(server.hqDb, op, new Set(), now)).toEqual({
      status: 'done',
      accountNumber: 'C000003',
    });
  });
});

describe('Synchronize customers and channel requests: addresses (10.0.22)', () => {
  it('waits with an address until its customer exists, then adds it with its GUID', async () => {
    server = await testServer({ customers: 0 });
    const create = asyncRecord({ addresses: [home] });
    const address = addressRecord({ asyncGuid: create.guid }, { primary: true });
    expect(await uploadAndSync([address])).toMatchObject({ read: 1, done: 0, failed: 0 });
    expect(statusOf(address.guid)?.status).toBe('pending');
    await uploadAndSync([create]);
    expect(await runSyncCustomersJob(ctx())).toMatchObject({ read: 1, done: 1 });
    const customer = findCustomerByAsyncGuid(server.hqDb, create.guid);
    expect(customer?.addresses).toEqual([
      { ...home, primary: false },
      { ...address.address, asyncGuid: address.guid },
    ]);
    expect(customer?.version).toBe(2);
    expect(statusOf(address.guid)).toMatchObject({
      status: 'completed',
      accountNumber: customer?.accountNumber,
    });
  });

  it('fails an address with an unknown country/region and goes on with the rest', async () => {
    server = await testServer({ customers: 0 });
    const bad = addressRecord({ accountNumber: 'C000001' }, { country: 'XYZ' });
    const good = addressRecord({ accountNumber: 'C000001' });
    const result = await uploadAndSync([bad, good]);
    expect(result).toMatchObject({ read: 2, done: 1, failed: 1 });
    expect(statusOf(bad.guid)).toMatchObject({
      status: 'failed',
      lastError: { code: 'unknown-country', values: { code: 'XYZ' } },
    });
    expect(findCustomer(server.hqDb, 'C000001')?.addresses).toEqual([
      { ...good.address, asyncGuid: good.guid },
    ]);
  });
});
