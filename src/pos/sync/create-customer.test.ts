import { describe, expect, it } from 'vitest';
import { englishText, message } from '../../contract/messages.ts';
import type { RealtimeCreateRequest } from '../../contract/realtime.ts';
import { getCustomer } from '../db/customers-repo.ts';
import { outboxEntriesFor } from '../db/outbox-repo.ts';
import { configuredDatabase, draft, freshDatabase, hqCustomer } from '../test-fixtures.ts';
import type { ApiFailure, ApiResult } from './api-client.ts';
import { chooseCreationMode, createCustomer } from './create-customer.ts';
import type { ConnectivityState } from './connectivity.ts';
import type { Customer } from '../../contract/customer.ts';

function deps(
  online: boolean,
  answer: (r: RealtimeCreateRequest) => ApiResult<{ customer: Customer }>,
) {
  const calls: RealtimeCreateRequest[] = [];
  let state: ConnectivityState = online
    ? { online: true, reason: null }
    : { online: false, reason: 'browser-offline' };
  let queued = 0;
  return {
    calls,
    queued: () => queued,
    state: () => state,
    make: (db: Awaited<ReturnType<typeof configuredDatabase>>) => ({
      db,
      api: {
        createCustomer: (r: RealtimeCreateRequest) => {
          calls.push(r);
          return Promise.resolve(answer(r));
        },
      },
      connectivity: {
        get: () => state,
        reportCommunicationFailure: () => (state = { online: false, reason: 'call-failed' }),
      },
      onQueued: () => (queued += 1),
      newGuid: () => '0b9f7a52-6c1e-4a51-9d6e-3a0a4b1f2c3d',
    }),
  };
}

const created = (r: RealtimeCreateRequest): ApiResult<{ customer: Customer }> => ({
  ok: true,
  value: { customer: hqCustomer({ ...r.customer, accountNumber: 'C000777', asyncGuid: r.guid }) },
});
const fails = (failure: ApiFailure) => (): ApiResult<{ customer: Customer }> => ({
  ok: false,
  failure,
});

describe('chooseCreationMode', () => {
  it.each([
    [false, true, 'sync'],
    [true, true, 'async'],
    [false, false, 'async'],
    [true, false, 'async'],
  ] as const)('async mode %s, online %s → %s', (asyncMode, online, mode) => {
    expect(chooseCreationMode(asyncMode, online)).toBe(mode);
  });
});

describe('createCustomer', () => {
  it('B1: creates at HQ in real time and stores the account number', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: false });
    const d = deps(true, created);
    const result = await createCustomer(d.make(db), draft());
    expect(result).toMatchObject({ ok: true, mode: 'sync', fellBackToAsync: false });
    if (!result.ok) return;
    expect(await getCustomer(db, result.localId)).toMatchObject({
      accountNumber: 'C000777',
      syncStatus: 'synced',
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('B2: in async mode makes no real-time call and queues the customer', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: true });
    const d = deps(true, created);
    const result = await createCustomer(d.make(db), draft());
    expect(result).toMatchObject({ ok: true, mode: 'async' });
    expect(d.calls).toHaveLength(0);
    expect(d.queued()).toBe(1);
    if (!result.ok) return;
    expect(await getCustomer(db, result.localId)).toMatchObject({
      syncStatus: 'pending',
      customerGroup: 'Retail',
      storeId: 'S001',
    });
    expect((await outboxEntriesFor(db, result.localId))[0]?.state).toBe('pending');
  });

  it('B3: offline creates asynchronously even with async mode off', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: false });
    const d = deps(false, created);
    expect(await createCustomer(d.make(db), draft())).toMatchObject({
      ok: true,
      mode: 'async',
      fellBackToAsync: false,
    });
    expect(d.calls).toHaveLength(0);
  });

  it.each<[string, ApiFailure]>([
    ['a network error', { kind: 'network', message: message('unreachable') }],
    ['a time-out', { kind: 'timeout', message: message('timeout', { seconds: 8 }) }],
    [
      'a 503',
      {
        kind: 'http',
        status: 503,
        message: message('server-answered', { status: 503 }),
        body: null,
      },
    ],
  ])(
    'B3: falls back to async after %s, with the same GUID, and goes offline',
    async (_name, failure) => {
      const db = await configuredDatabase({ asyncCustomerMode: false });
      const d = deps(true, fails(failure));
      const result = await createCustomer(d.make(db), draft());
      expect(result).toMatchObject({ ok: true, mode: 'async', fellBackToAsync: true });
      expect(d.state().online).toBe(false);
      const [entry] = await db.outbox.toArray();
      expect(entry?.recordId).toBe(d.calls[0]?.guid);
    },
  );

  it('B16: keeps the customer as pending when HQ no longer accepts the token, without going offline', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: false });
    const d = deps(
      true,
      fails({
        kind: 'http',
        status: 401,
        message: message('server-answered', { status: 401 }),
        body: null,
      }),
    );
    const result = await createCustomer(d.make(db), draft());
    expect(result).toMatchObject({ ok: true, mode: 'async', fellBackToAsync: true });
    expect(d.state().online).toBe(true);
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ recordId: d.calls[0]?.guid, state: 'pending' });
  });

  it('shows a validation refusal from HQ on the form instead of queueing', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: false });
    const d = deps(
      true,
      fails({
        kind: 'http',
        status: 400,
        message: message('invalid-request'),
        body: {
          error: 'validation',
          message: 'The request is not valid.',
          code: 'invalid-request',
          fields: { email: { code: 'invalid-email' } },
        },
      }),
    );
    expect(await createCustomer(d.make(db), draft())).toEqual({
      ok: false,
      message: message('invalid-request'),
      fields: { email: { code: 'invalid-email' } },
    });
    expect(await db.customers.count()).toBe(0);
  });

  it('B4: with shared customer data filtered, refuses offline and after a failed real-time call', async () => {
    const offline = await configuredDatabase({
      asyncCustomerMode: false,
      filterSharedCustomerData: true,
    });
    const d = deps(false, created);
    expect(await createCustomer(d.make(offline), draft())).toMatchObject({ ok: false });
    expect(await offline.customers.count()).toBe(0);

    const unreachable = await configuredDatabase({
      asyncCustomerMode: false,
      filterSharedCustomerData: true,
    });
    const f = deps(true, fails({ kind: 'network', message: message('unreachable') }));
    expect(await createCustomer(f.make(unreachable), draft())).toMatchObject({ ok: false });
    expect(await unreachable.outbox.count()).toBe(0);
  });

  it('marks a customer created in real time as created here', async () => {
    const db = await configuredDatabase({ asyncCustomerMode: false });
    const result = await createCustomer(deps(true, created).make(db), draft());
    if (!result.ok) throw new Error(englishText(result.message));
    expect((await getCustomer(db, result.localId))?.createdHere).toBe(1);
  });

  it('refuses before the first settings download', async () => {
    const d = deps(true, created);
    expect(await createCustomer(d.make(freshDatabase()), draft())).toMatchObject({ ok: false });
  });
});
