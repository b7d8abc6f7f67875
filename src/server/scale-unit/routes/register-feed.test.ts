import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { feedResponseSchema } from '../../../contract/register.ts';
import { randomUUID } from 'node:crypto';
import { readSettings, writeSettings } from '../../testing/hq-access.ts';
import {
  activate,
  asyncRecord,
  auth,
  draft,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('customer feed (B7)', () => {
  it('pages through channel customers by feed counter', async () => {
    server = await testServer({ customers: 5 });
    await server.jobs.run('distribution-1010', 'manual');
    const token = await activate(server);
    const seen: string[] = [];
    let since = 0;
    for (let guard = 0; guard < 10; guard += 1) {
      const res = await server.app.inject({
        url: `${apiPaths.feed}?since=${since}&limit=3`,
        headers: auth(token),
      });
      const page = feedResponseSchema.parse(res.json());
      seen.push(...page.customers.map((c) => c.accountNumber));
      since = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual([
      'C000001',
      'C000002',
      'C000003',
      'C000004',
      'C000005',
      'C000006',
      'C000007',
    ]);
    const empty = await server.app.inject({
      url: `${apiPaths.feed}?since=${since}`,
      headers: auth(token),
    });
    expect(empty.json()).toEqual({ customers: [], cursor: since, hasMore: false });
  });

  it.each(['since=-1', 'since=abc', 'limit=0', 'limit=2001', 'limit=1.5', 'since=1&since=2'])(
    'answers 400 on a bad query (%s)',
    async (query) => {
      server = await testServer({ customers: 0 });
      const token = await activate(server);
      const res = await server.app.inject({
        url: `${apiPaths.feed}?${query}`,
        headers: auth(token),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'validation' });
    },
  );
});

describe('customer feed with shared customer data filtered (B4 on the server)', () => {
  function setFilter(on: boolean): void {
    writeSettings(server.hqDb, { ...readSettings(server.hqDb), filterSharedCustomerData: on });
  }

  async function feedNames(token: string): Promise<string[]> {
    const res = await server.app.inject({ url: `${apiPaths.feed}?since=0`, headers: auth(token) });
    expect(res.statusCode).toBe(200);
    return feedResponseSchema
      .parse(res.json())
      .customers.map((c) => c.lastName || c.organizationName)
      .sort();
  }

  /** Two registers of one store and one of another each create a customer, async and in real time. */
  async function customersOfThreeRegisters() {
    server = await testServer({ customers: 2 });
    const tokens = {
      r1: await activate(server, 'S001', 'S001-R1'),
      r2: await activate(server, 'S001', 'S001-R2'),
      osaka: await activate(server, 'S002', 'S002-R1'),
    };
    for (const [name, token] of Object.entries(tokens)) {
      const upload = await server.app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers: auth(token),
        payload: { records: [asyncRecord({ lastName: `Async-${name}` })] },
      });
      expect(upload.statusCode).toBe(200);
      const created = await server.app.inject({
        method: 'POST',
        url: apiPaths.realtimeCustomers,
        headers: auth(token),
        payload: { guid: randomUUID(), customer: draft({ lastName: `Realtime-${name}` }) },
      });
      expect(created.statusCode).toBe(201);
    }
    for (const job of ['p-job', 'sync-customers', 'distribution-1010'] as const) {
      await server.jobs.run(job, 'manual');
    }
    return tokens;
  }

  it('sends a register only the customers it created itself, async and real time', async () => {
    const tokens = await customersOfThreeRegisters();
    setFilter(true);
    expect(await feedNames(tokens.r1)).toEqual(['Async-r1', 'Realtime-r1']);
    expect(await feedNames(tokens.r2)).toEqual(['Async-r2', 'Realtime-r2']);
    expect(await feedNames(tokens.osaka)).toEqual(['Async-osaka', 'Realtime-osaka']);
  });

  it('sends every customer with the filter off', async () => {
    const tokens = await customersOfThreeRegisters();
    setFilter(false);
    const all = await feedNames(tokens.r1);
    expect(all).toHaveLength(2 + 2 + 6);
    expect(all).toEqual(
      expect.arrayContaining(['Async-r2', 'Realtime-osaka', 'Osaka Walk-in', 'Shibuya Walk-in']),
    );
  });
});
