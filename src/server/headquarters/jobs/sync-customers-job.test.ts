import { afterEach, describe, expect, it } from 'vitest';
import { intakeAsyncRecords } from '../../testing/channel-access.ts';
import {
  asyncRecord,
  editRecord,
  testServer,
  type TestServer,
  jobContext,
} from '../../testing/test-support.ts';
import { listOperations } from '../async-operations.ts';
import { countCustomers, findCustomerByAsyncGuid } from '../customers.ts';
import { findStore } from '../stores.ts';
import { runPJob } from './p-job.ts';
import { runSyncCustomersJob } from './sync-customers-job.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const device = { storeId: 'S002', registerId: 'S002-R1' };
const now = '2025-01-01T09:00:00.000Z';

const ctx = () => jobContext(server);

const accountOf = (guid: string) => findCustomerByAsyncGuid(server.hqDb, guid)?.accountNumber;

describe('Synchronize customers, a batch at a time', () => {
  it('rolls the failing record back alone: the others convert once, with consecutive accounts', async () => {
    server = await testServer({ customers: 0 });
    const before = countCustomers(server.hqDb);
    const bad = asyncRecord({
      addresses: [
        {
          purpose: 'home',
          street: 'Main St 1',
          city: 'Nowhere',
          state: '',
          zip: '',
          country: 'XYZ',
          primary: true,
        },
      ],
    });
    const [first, second, third] = [asyncRecord(), asyncRecord(), asyncRecord()];
    const waiting = editRecord({ asyncGuid: bad.guid }, { phone: '06-0000-2222' });
    intakeAsyncRecords(server.channelDb, device, [first, bad, second, waiting, third], now);
    await runPJob(ctx());

    expect(await runSyncCustomersJob(ctx())).toMatchObject({ read: 5, done: 3, failed: 1 });
    expect(countCustomers(server.hqDb)).toBe(before + 3);
    const accounts = [first, second, third].map((r) => Number(accountOf(r.guid)?.slice(1)));
    expect(accounts).toEqual([accounts[0], (accounts[0] ?? 0) + 1, (accounts[0] ?? 0) + 2]);
    expect(findCustomerByAsyncGuid(server.hqDb, bad.guid)).toBeNull();
    const status = (guid: string) =>
      listOperations(server.hqDb, {}).find((o) => o.guid === guid)?.status;
    expect([bad, waiting].map((r) => status(r.guid))).toEqual(['failed', 'pending']);
  });

  it("gives a creation the store's defaults as an earlier edit in the same batch left them", async () => {
    server = await testServer({ customers: 0 });
    const defaultAccount = findStore(server.hqDb, 'S002')?.defaultCustomerAccount ?? '';
    const before = asyncRecord();
    const edit = editRecord({ accountNumber: defaultAccount }, { affiliations: ['VIP'] });
    const after = asyncRecord();
    intakeAsyncRecords(server.channelDb, device, [before, edit, after], now);
    await runPJob(ctx());

    expect(await runSyncCustomersJob(ctx())).toMatchObject({ read: 3, done: 3, failed: 0 });
    const affiliationsOf = (guid: string) =>
      findCustomerByAsyncGuid(server.hqDb, guid)?.affiliations;
    expect(affiliationsOf(before.guid)).not.toContain('VIP');
    expect(affiliationsOf(after.guid)).toContain('VIP');
  });
});
