import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { uploadResponseSchema } from '../../../contract/upload.ts';
import { countAsyncRecords } from '../async-records.ts';
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

async function upload(token: string, payload: unknown) {
  const res = await server.app.inject({
    method: 'POST',
    url: apiPaths.upload,
    headers: auth(token),
    payload: payload as Record<string, unknown>,
  });
  return res;
}

async function outcomes(token: string, records: unknown[]) {
  const res = await upload(token, { records });
  expect(res.statusCode).toBe(200);
  return uploadResponseSchema.parse(res.json()).results;
}

describe('async record upload (B5)', () => {
  it('accepts new records and stores them with counter, store, register and time', async () => {
    server = await testServer();
    const token = await activate(server, 'S001', 'S001-R2');
    const records = [asyncRecord(), asyncRecord({ firstName: 'Ken' })];
    const results = await outcomes(token, records);
    expect(results).toEqual(records.map((r) => ({ guid: r.guid, outcome: 'accepted' })));
    const rows = server.channelDb
      .prepare(
        'SELECT replication_counter, guid, store_id, register_id, received_at FROM async_records ORDER BY replication_counter',
      )
      .all();
    expect(rows).toEqual([
      {
        replication_counter: 1,
        guid: records[0]?.guid,
        store_id: 'S001',
        register_id: 'S001-R2',
        received_at: '2025-01-01T09:00:00.000Z',
      },
      {
        replication_counter: 2,
        guid: records[1]?.guid,
        store_id: 'S001',
        register_id: 'S001-R2',
        received_at: '2025-01-01T09:00:00.000Z',
      },
    ]);
  });

  it('answers duplicate when the same batch is sent twice, storing each record once', async () => {
    server = await testServer();
    const token = await activate(server);
    const records = [asyncRecord(), asyncRecord({ lastName: 'Abe' })];
    await outcomes(token, records);
    const again = await outcomes(token, records);
    expect(again.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(countAsyncRecords(server.channelDb)).toBe(2);
  });

  it('treats whitespace-only differences and key order as the same content', async () => {
    server = await testServer();
    const token = await activate(server);
    const record = asyncRecord();
    await outcomes(token, [record]);
    const reordered = {
      customer: { ...record.customer, firstName: ` ${record.customer.firstName} ` },
      createdAt: record.createdAt,
      guid: record.guid,
      kind: record.kind,
    };
    expect((await outcomes(token, [reordered]))[0]?.outcome).toBe('duplicate');
  });

  it('rejects a GUID already used for a different customer', async () => {
    server = await testServer();
    const token = await activate(server);
    const record = asyncRecord();
    await outcomes(token, [record]);
    const [result] = await outcomes(token, [
      { ...record, customer: { ...record.customer, firstName: 'Other' } },
    ]);
    expect(result).toEqual({
      guid: record.guid,
      outcome: 'rejected',
      message: { code: 'guid-reused' },
    });
    expect(countAsyncRecords(server.channelDb)).toBe(1);
  });

  it('rejects only the invalid record in a batch and stores the others', async () => {
    server = await testServer();
    const token = await activate(server);
    const good1 = asyncRecord();
    const bad = asyncRecord({ firstName: '', email: 'not-an-email' });
    const good2 = asyncRecord();
    const results = await outcomes(token, [good1, bad, good2]);
    expect(results.map((r) => r.outcome)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(results[1]?.message).toEqual({
      code: 'invalid-email',
      field: 'customer.email',
    });
    expect(countAsyncRecords(server.channelDb)).toBe(2);
  });

  it('rejects a record of an unknown kind or with extra fields, one by one', async () => {
    server = await testServer();
    const token = await activate(server);
    const odd = { ...asyncRecord(), kind: 'customer-delete' };
    const extra = { ...asyncRecord(), secret: 1 };
    const results = await outcomes(token, [odd, extra, asyncRecord()]);
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'accepted']);
  });

  it.each([
    { name: 'no records', payload: { records: [] } },
    { name: 'records not an array', payload: { records: 'x' } },
    { name: 'a record without a GUID', payload: { records: [{ kind: 'customer-create' }] } },
    {
      name: 'a GUID that is not a UUID',
      payload: { records: [{ ...asyncRecord(), guid: '123' }] },
    },
    { name: 'an unknown envelope field', payload: { records: [asyncRecord()], extra: true } },
  ])('answers 400 validation and stores nothing for $name', async ({ payload }) => {
    server = await testServer();
    const token = await activate(server);
    const res = await upload(token, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation' });
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });

  it('answers 400 on malformed JSON and stores nothing', async () => {
    server = await testServer();
    const token = await activate(server);
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: { ...auth(token), 'content-type': 'application/json' },
      payload: '{"records": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'malformed-json' });
    expect(res.headers['content-type']).toContain('application/json');
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });

  it('answers 413 on a body over 1 MiB and stores nothing', async () => {
    server = await testServer();
    const token = await activate(server);
    const big = JSON.stringify({
      records: [asyncRecord({ organizationName: 'x'.repeat(1024 * 1024) })],
    });
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: { ...auth(token), 'content-type': 'application/json' },
      payload: big,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'payload-too-large' });
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });

  it('answers 415 for a body that is not JSON', async () => {
    server = await testServer();
    const token = await activate(server);
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: { ...auth(token), 'content-type': 'application/xml' },
      payload: '<records/>',
    });
    expect(res.statusCode).toBe(415);
    expect(countAsyncRecords(server.channelDb)).toBe(0);
  });
});

describe('store isolation at intake', () => {
  const otherStore = { code: 'other-store-customer' };

  it('rejects an edit or address of a pending customer another store created', async () => {
    server = await testServer();
    const shibuya = await activate(server, 'S001', 'S001-R1');
    const osaka = await activate(server, 'S002', 'S002-R1');
    const created = asyncRecord();
    await outcomes(shibuya, [created]);
    const edit = editRecord({ asyncGuid: created.guid }, { firstName: 'Hijacked' });
    const address = addressRecord({ asyncGuid: created.guid });
    expect(await outcomes(osaka, [edit, address])).toEqual([
      { guid: edit.guid, outcome: 'rejected', message: otherStore },
      { guid: address.guid, outcome: 'rejected', message: otherStore },
    ]);
    expect(countAsyncRecords(server.channelDb)).toBe(1);
  });

  it('accepts them from any register of the creating store, and a GUID not seen yet', async () => {
    server = await testServer();
    const one = await activate(server, 'S001', 'S001-R1');
    const two = await activate(server, 'S001', 'S001-R2');
    const osaka = await activate(server, 'S002', 'S002-R1');
    const created = asyncRecord();
    await outcomes(one, [created]);
    const edit = editRecord({ asyncGuid: created.guid });
    const unseen = addressRecord({ asyncGuid: asyncRecord().guid });
    const results = await outcomes(two, [edit]);
    expect(results).toEqual([{ guid: edit.guid, outcome: 'accepted' }]);
    expect(await outcomes(osaka, [unseen])).toEqual([{ guid: unseen.guid, outcome: 'accepted' }]);
  });

  it('accepts a creation and its edit in one batch, and edits by account number from any store', async () => {
    server = await testServer();
    const osaka = await activate(server, 'S002', 'S002-R1');
    const created = asyncRecord();
    const edit = editRecord({ asyncGuid: created.guid });
    const byAccount = addressRecord({ accountNumber: 'C000001' });
    const results = await outcomes(osaka, [created, edit, byAccount]);
    expect(results.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('still answers duplicate to a retry of a record stored before', async () => {
    server = await testServer();
    const shibuya = await activate(server, 'S001', 'S001-R1');
    const created = asyncRecord();
    const edit = editRecord({ asyncGuid: created.guid });
    await outcomes(shibuya, [created, edit]);
    expect((await outcomes(shibuya, [edit]))[0]?.outcome).toBe('duplicate');
  });
});

describe('unsafe text in uploaded records', () => {
  it.each([
    { name: 'NUL', text: 'Ai\u0000ko' },
    { name: 'a lone surrogate', text: 'Ai\ud800ko' },
    { name: 'a right-to-left override', text: 'Ai\u202Eko' },
    { name: 'a line break', text: 'Ai\nko' },
  ])('rejects only the record whose name holds $name', async ({ text }) => {
    server = await testServer();
    const token = await activate(server);
    const bad = asyncRecord({ firstName: text });
    const good = asyncRecord();
    const results = await outcomes(token, [bad, good]);
    expect(results[0]).toEqual({
      guid: bad.guid,
      outcome: 'rejected',
      message: { code: 'unsafe-text', field: 'customer.firstName' },
    });
    expect(results[1]).toEqual({ guid: good.guid, outcome: 'accepted' });
    expect(countAsyncRecords(server.channelDb)).toBe(1);
  });
});
