import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  registerHealthResponseSchema,
  registerRevokeResponseSchema,
  rescueImportResultSchema,
} from '../../../contract/health.ts';
import { message } from '../../../contract/messages.ts';
import { countAsyncRecords } from '../../testing/channel-access.ts';
import {
  activate,
  addressRecord,
  asyncRecord,
  auth,
  editRecord,
  heartbeat,
  queueHealth,
  rescueFile,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

function revoke(id: string) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqRegisterRevoke(id),
    headers: server.admin,
  });
}

function importRescue(payload: unknown) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqRescueImport,
    headers: server.admin,
    payload: payload as Record<string, unknown>,
  });
}

async function imported(payload: unknown) {
  const res = await importRescue(payload);
  expect(res.statusCode).toBe(200);
  return rescueImportResultSchema.parse(res.json());
}

describe('revoking a register (B16)', () => {
  it('revokes the token: every call with it is then 401 and stores nothing', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S001', 'S001-R2');
    expect((await heartbeat(server.app, token)).statusCode).toBe(200);
    const res = await revoke('S001-R2');
    expect(res.statusCode).toBe(200);
    expect(registerRevokeResponseSchema.parse(res.json())).toEqual({
      registerId: 'S001-R2',
      revoked: true,
    });
    server.clock.advance(60_000);
    const calls = [
      { method: 'POST' as const, url: apiPaths.upload, payload: { records: [asyncRecord()] } },
      { method: 'POST' as const, url: apiPaths.heartbeat, payload: { queue: queueHealth() } },
      { method: 'GET' as const, url: apiPaths.feed },
      { method: 'GET' as const, url: apiPaths.registerConfig },
      {
        method: 'POST' as const,
        url: apiPaths.realtimeCustomers,
        payload: { guid: randomUUID(), customer: asyncRecord().customer },
      },
    ];
    for (const call of calls) {
      const refused = await server.app.inject({ ...call, headers: auth(token) });
      expect(refused.statusCode, call.url).toBe(401);
      expect(refused.json()).toMatchObject({ error: 'unauthorized' });
    }
    expect(countAsyncRecords(server.channelDb)).toBe(0);
    expect(server.hqDb.prepare('SELECT COUNT(*) AS n FROM customers').get()).toEqual({ n: 2 });
    const health = registerHealthResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.hqRegisterHealth, headers: server.admin })).json(),
    );
    expect(health.registers.find((r) => r.registerId === 'S001-R2')).toMatchObject({
      activated: false,
      lastSeenAt: '2025-01-01T09:00:00.000Z',
    });
  });

  it('answers revoked: false for a register with no valid token, and the register can activate again', async () => {
    server = await testServer({ customers: 0 });
    expect((await revoke('S001-R1')).json()).toEqual({ registerId: 'S001-R1', revoked: false });
    const token = await activate(server);
    expect((await revoke('S001-R1')).json()).toEqual({ registerId: 'S001-R1', revoked: true });
    expect((await revoke('S001-R1')).json()).toEqual({ registerId: 'S001-R1', revoked: false });
    expect((await heartbeat(server.app, token)).statusCode).toBe(401);
    const fresh = await activate(server);
    expect((await heartbeat(server.app, fresh)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown register and revokes nothing', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const res = await revoke('S009-R1');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
    expect((await heartbeat(server.app, token)).statusCode).toBe(200);
  });

  it('revokes only the named register', async () => {
    server = await testServer({ customers: 0 });
    const one = await activate(server, 'S001', 'S001-R1');
    const two = await activate(server, 'S001', 'S001-R2');
    await revoke('S001-R1');
    expect((await heartbeat(server.app, one)).statusCode).toBe(401);
    expect((await heartbeat(server.app, two)).statusCode).toBe(200);
  });
});

describe('rescue import (X4)', () => {
  it('stores the records attributed to the file’s store and register, like an upload', async () => {
    server = await testServer({ customers: 0 });
    const records = [asyncRecord(), asyncRecord({ lastName: 'Abe' })];
    const result = await imported(rescueFile(records, { storeId: 'S002', registerId: 'S002-R1' }));
    expect(result).toEqual({
      accepted: 2,
      duplicates: 0,
      rejected: 0,
      results: records.map((r) => ({ guid: r.guid, outcome: 'accepted' })),
    });
    const rows = server.channelDb
      .prepare('SELECT guid, store_id AS s, register_id AS r FROM async_records ORDER BY 1')
      .all();
    expect(rows).toEqual(
      records
        .map((r) => ({ guid: r.guid, s: 'S002', r: 'S002-R1' }))
        .sort((a, b) => a.guid.localeCompare(b.guid)),
    );
    await server.jobs.run('p-job', 'manual');
    const ops = server.hqDb.prepare('SELECT COUNT(*) AS n FROM async_customers').get();
    expect(ops).toEqual({ n: 2 });
  });

  it('imports the same file twice: the second time everything is a duplicate', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const uploaded = asyncRecord();
    await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [uploaded] },
    });
    const file = rescueFile([uploaded, asyncRecord()]);
    expect(await imported(file)).toMatchObject({ accepted: 1, duplicates: 1, rejected: 0 });
    expect(await imported(file)).toMatchObject({ accepted: 0, duplicates: 2, rejected: 0 });
    expect(countAsyncRecords(server.channelDb)).toBe(2);
  });

  it('rejects a GUID reused with other content, and a duplicate GUID within the file', async () => {
    server = await testServer({ customers: 0 });
    const first = asyncRecord();
    await imported(rescueFile([first]));
    const reused = { ...first, customer: { ...first.customer, firstName: 'Other' } };
    const twin = asyncRecord();
    const twinOther = { ...twin, customer: { ...twin.customer, lastName: 'Else' } };
    const result = await imported(rescueFile([reused, twin, twinOther]));
    expect(result.results).toEqual([
      { guid: first.guid, outcome: 'rejected', message: message('guid-reused') },
      { guid: twin.guid, outcome: 'accepted' },
      { guid: twin.guid, outcome: 'rejected', message: message('guid-reused') },
    ]);
    expect(result).toMatchObject({ accepted: 1, duplicates: 0, rejected: 2 });
    const stored = server.channelDb
      .prepare('SELECT payload FROM async_records WHERE guid = ?')
      .get(twin.guid) as { payload: string };
    expect(JSON.parse(stored.payload)).toMatchObject({ customer: { lastName: 'Mori' } });
  });

  it.each([
    {
      name: 'an unknown store',
      file: { storeId: 'S999', registerId: 'S001-R1' },
      error: 'unknown-store',
    },
    { name: 'an unknown register', file: { registerId: 'S001-R9' }, error: 'unknown-register' },
    {
      name: 'a register of another store',
      file: { storeId: 'S001', registerId: 'S002-R1' },
      error: 'register-not-in-store',
    },
  ])('refuses a file from $name with 400 and stores nothing', async ({ file, error }) => {
    server = await testServer({ customers: 0 });
    const res = await importRescue(rescueFile([asyncRecord()], file));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error });
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });

  it('takes a file over 1 MiB (up to 20 MiB) where every other route stops at 1 MiB', async () => {
    server = await testServer({ customers: 0 });
    const records = Array.from({ length: 3000 }, () =>
      asyncRecord({ organizationName: 'Rescue Holdings Corporation of Tokyo' }),
    );
    const file = rescueFile(records);
    expect(JSON.stringify(file).length).toBeGreaterThan(1024 * 1024);
    const result = await imported(file);
    expect(result.accepted).toBe(3000);
    expect(countAsyncRecords(server.channelDb)).toBe(3000);
    const elsewhere = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqAffiliations,
      headers: { ...server.admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ id: 'BIG', name: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(elsewhere.statusCode).toBe(413);
    expect(elsewhere.json()).toEqual({
      error: 'payload-too-large',
      message: 'The request body is larger than 1 MiB.',
      code: 'body-too-large',
      values: { size: '1 MiB' },
    });
  });

  it('answers 413 for a file over 20 MiB and stores nothing', async () => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqRescueImport,
      headers: { ...server.admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...rescueFile([]), padding: 'x'.repeat(20 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      error: 'payload-too-large',
      message: 'The request body is larger than 20 MiB.',
      code: 'body-too-large',
      values: { size: '20 MiB' },
    });
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });

  it('applies store isolation to imported records too', async () => {
    server = await testServer({ customers: 0 });
    const created = asyncRecord();
    await imported(rescueFile([created], { storeId: 'S002', registerId: 'S002-R1' }));
    const edit = editRecord({ asyncGuid: created.guid });
    const result = await imported(rescueFile([edit]));
    expect(result.results).toEqual([
      { guid: edit.guid, outcome: 'rejected', message: { code: 'other-store-customer' } },
    ]);
    const address = addressRecord({ asyncGuid: created.guid });
    expect(
      await imported(rescueFile([address], { storeId: 'S002', registerId: 'S002-R1' })),
    ).toMatchObject({ accepted: 1 });
  });
});
