import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Customer, CustomerDraft } from '../../../contract/customer.ts';
import { duplicateResponseSchema, duplicatesResponseSchema } from '../../../contract/duplicates.ts';
import { asyncOperationsResponseSchema } from '../../../contract/hq-admin.ts';
import { feedResponseSchema } from '../../../contract/register.ts';
import type { AsyncRecord } from '../../../contract/upload.ts';
import { maxCustomersPerContact } from '../contact-index.ts';
import { findCustomer } from '../customers.ts';
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

const now = '2025-01-01T09:00:00.000Z';

/** Creates a customer in real time from register S001-R1 (store S001). */
async function createInRealTime(draft: Partial<CustomerDraft>): Promise<Customer> {
  const token = await activate(server, 'S001', 'S001-R1');
  const res = await server.app.inject({
    method: 'POST',
    url: apiPaths.realtimeCustomers,
    headers: auth(token),
    payload: { guid: crypto.randomUUID(), customer: asyncRecord(draft).customer },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ customer: Customer }>().customer;
}

/** Uploads records as register S002-R1 (store S002) and runs P-job and the sync job. */
async function uploadAndSync(records: AsyncRecord[]) {
  intakeAsyncRecords(server.channelDb, { storeId: 'S002', registerId: 'S002-R1' }, records, now);
  await server.jobs.run('p-job', 'manual');
  return server.jobs.run('sync-customers', 'manual');
}

async function flags(status: 'open' | 'resolved' = 'open') {
  const res = await server.app.inject({
    headers: server.admin,
    url: `${apiPaths.hqDuplicates}?status=${status}`,
  });
  expect(res.statusCode).toBe(200);
  return duplicatesResponseSchema.parse(res.json());
}

function review(path: string, payload?: object) {
  return server.app.inject({
    method: 'POST',
    url: path,
    headers: server.admin,
    ...(payload ? { payload } : {}),
  });
}

/** A customer in store S001 and an async one in S002 with the same phone in another format. */
async function flaggedPair() {
  const first = await createInRealTime({
    firstName: 'Hana',
    lastName: 'Sato',
    phone: '090-1234-5678',
    email: 'hana@example.com',
  });
  const record = asyncRecord({
    firstName: 'Hanako',
    lastName: 'Sato',
    phone: '09012345678',
    email: 'hanako.sato@example.com',
  });
  await uploadAndSync([record]);
  const { flags: open } = await flags();
  expect(open).toHaveLength(1);
  const second = open[0]?.customers[1];
  if (!open[0] || !second) throw new Error('no flag');
  return { flag: open[0], first, second, record };
}

describe('the sync job flags likely duplicates (X2)', () => {
  it('flags an async customer sharing a normalized phone with a customer of another store', async () => {
    server = await testServer({ customers: 5 });
    const { flag, first, second } = await flaggedPair();
    expect(flag).toMatchObject({ status: 'open', reasons: ['phone'], keptAccount: null });
    expect(flag.customers[0].accountNumber).toBe(first.accountNumber);
    expect(second).toMatchObject({ firstName: 'Hanako', storeId: 'S002' });
  });

  it('flags a shared e-mail whatever its case, and both reasons together', async () => {
    server = await testServer({ customers: 0 });
    await createInRealTime({ phone: '03-5555-0101', email: 'Ken.Abe@Example.com' });
    await createInRealTime({ phone: '03-5555-0202', email: 'other@example.com' });
    await uploadAndSync([
      asyncRecord({ phone: '', email: 'KEN.ABE@example.com' }),
      asyncRecord({ phone: '+03 5555 0202', email: 'OTHER@example.com' }),
    ]);
    const { flags: open } = await flags();
    expect(open.map((f) => f.reasons)).toEqual([['email'], ['phone', 'email']]);
  });

  it('flags each pair once, and not again after it was confirmed distinct', async () => {
    server = await testServer({ customers: 0 });
    const { flag, second } = await flaggedPair();
    await uploadAndSync([]);
    expect((await flags()).flags).toHaveLength(1);
    const res = await review(apiPaths.hqDuplicateDistinct(flag.id));
    expect(res.statusCode).toBe(200);
    expect(duplicateResponseSchema.parse(res.json()).flag).toMatchObject({ status: 'distinct' });
    // An edit makes the job check the customer again: the pair stays distinct.
    await uploadAndSync([
      editRecord(
        { accountNumber: second.accountNumber },
        { firstName: 'Hanae', phone: '09012345678' },
      ),
    ]);
    expect((await flags()).total).toBe(0);
    expect((await flags('resolved')).flags.map((f) => f.status)).toEqual(['distinct']);
  });

  it('leaves out a phone more customers share than one person would (a placeholder)', async () => {
    server = await testServer({ customers: 0 });
    const placeholder = { phone: '000-0000-0000', email: '' };
    const twins = { phone: '070-3333-4444', email: '' };
    await uploadAndSync([
      ...Array.from({ length: maxCustomersPerContact + 1 }, () => asyncRecord(placeholder)),
      asyncRecord(twins),
      asyncRecord(twins),
    ]);
    await uploadAndSync([asyncRecord(placeholder)]);
    const open = (await flags()).flags;
    expect(open.map((f) => f.customers.map((c) => c.phone))).toEqual([[twins.phone, twins.phone]]);
  });

  it('does not flag the demo customers, whose random phone numbers may collide', async () => {
    server = await testServer({ customers: 3000 });
    await uploadAndSync([]);
    expect((await flags()).total).toBe(0);
  });
});

describe('merging a likely duplicate (X2)', () => {
  it('keeps one account, points the other to it, and 1010 takes both to the registers', async () => {
    server = await testServer({ customers: 0 });
    const { flag, first, second } = await flaggedPair();
    const res = await review(apiPaths.hqDuplicateMerge(flag.id), { keep: first.accountNumber });
    expect(res.statusCode).toBe(200);
    expect(duplicateResponseSchema.parse(res.json()).flag).toMatchObject({
      status: 'merged',
      keptAccount: first.accountNumber,
    });
    expect(findCustomer(server.hqDb, first.accountNumber)).toMatchObject({
      phone: '090-1234-5678',
      email: 'hana@example.com',
      secondaryPhones: [],
      secondaryEmails: ['hanako.sato@example.com'],
      mergedInto: null,
    });
    expect(findCustomer(server.hqDb, second.accountNumber)).toMatchObject({
      firstName: 'Hanako',
      mergedInto: first.accountNumber,
    });

    await server.jobs.run('distribution-1010', 'manual');
    const token = await activate(server, 'S001', 'S001-R2');
    const feed = feedResponseSchema.parse(
      (
        await server.app.inject({
          url: `${apiPaths.feed}?since=0&limit=1000`,
          headers: auth(token),
        })
      ).json(),
    );
    const byAccount = new Map(feed.customers.map((c) => [c.accountNumber, c]));
    expect(byAccount.get(second.accountNumber)?.mergedInto).toBe(first.accountNumber);
    expect(byAccount.get(first.accountNumber)?.secondaryEmails).toEqual([
      'hanako.sato@example.com',
    ]);
    // Both account numbers are still found at HQ.
    const search = await server.app.inject({
      headers: server.admin,
      url: `${apiPaths.hqCustomers}?q=${second.accountNumber}`,
    });
    expect(search.json<{ total: number }>().total).toBe(1);
  });

  it('refuses changes to the merged account: real-time with 409, async as a failed operation', async () => {
    server = await testServer({ customers: 0 });
    const { flag, first, second } = await flaggedPair();
    await review(apiPaths.hqDuplicateMerge(flag.id), { keep: first.accountNumber });
    const token = await activate(server, 'S001', 'S001-R1');
    const edit = await server.app.inject({
      method: 'PUT',
      url: apiPaths.realtimeCustomer(second.accountNumber),
      headers: auth(token),
      payload: { version: 2, customer: asyncRecord().customer },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({
      error: 'customer-merged',
      message: `Customer ${second.accountNumber} was merged into ${first.accountNumber}. Open ${first.accountNumber} instead.`,
    });
    const card = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeLoyaltyCards(second.accountNumber),
      headers: auth(token),
    });
    expect(card.statusCode).toBe(409);

    const address = addressRecord({ accountNumber: second.accountNumber });
    const run = await uploadAndSync([address]);
    expect(run.failed).toBe(1);
    const ops = asyncOperationsResponseSchema.parse(
      (
        await server.app.inject({
          headers: server.admin,
          url: `${apiPaths.hqAsyncCustomers}?status=failed`,
        })
      ).json(),
    ).operations;
    expect(ops.map((o) => [o.guid, o.lastError])).toEqual([
      [
        address.guid,
        {
          code: 'customer-merged',
          values: { account: second.accountNumber, into: first.accountNumber },
        },
      ],
    ]);
  });

  it("moves the merged customer's other open flags to the kept one", async () => {
    server = await testServer({ customers: 0 });
    const { flag, first, second } = await flaggedPair();
    // A third customer with the second's e-mail: flagged against the second only.
    await uploadAndSync([asyncRecord({ phone: '', email: 'hanako.sato@example.com' })]);
    const third = (await flags()).flags.find((f) => f.id !== flag.id);
    expect(third?.customers[0].accountNumber).toBe(second.accountNumber);
    await review(apiPaths.hqDuplicateMerge(flag.id), { keep: first.accountNumber });
    const open = (await flags()).flags;
    expect(open.map((f) => f.customers.map((c) => c.accountNumber))).toEqual([
      [first.accountNumber, third?.customers[1].accountNumber],
    ]);
  });

  it('answers 404, 409 and 400 for an unknown flag, a resolved one and a foreign account', async () => {
    server = await testServer({ customers: 0 });
    const { flag, first } = await flaggedPair();
    expect((await review(apiPaths.hqDuplicateDistinct(9999))).statusCode).toBe(404);
    const foreign = await review(apiPaths.hqDuplicateMerge(flag.id), { keep: 'C000001' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ error: 'not-in-flag' });
    await review(apiPaths.hqDuplicateMerge(flag.id), { keep: first.accountNumber });
    const again = await review(apiPaths.hqDuplicateDistinct(flag.id));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'duplicate-resolved' });
    expect((await server.app.inject({ url: apiPaths.hqDuplicates })).statusCode).toBe(401);
  });
});
