import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { registerHealthResponseSchema, type RegisterHealth } from '../../../contract/health.ts';
import {
  activate,
  asyncRecord,
  auth,
  heartbeat,
  queueHealth,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const minute = 60_000;

async function health() {
  const res = await server.app.inject({ url: apiPaths.hqRegisterHealth, headers: server.admin });
  expect(res.statusCode).toBe(200);
  return registerHealthResponseSchema.parse(res.json());
}

async function registerHealthOf(id: string): Promise<RegisterHealth> {
  const found = (await health()).registers.find((r) => r.registerId === id);
  if (!found) throw new Error(`no register ${id}`);
  return found;
}

describe('heartbeat with queue health (X3)', () => {
  it('answers {ok, serverTime} and stores the queue report and the time', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S001', 'S001-R2');
    const queue = queueHealth({
      waiting: 3,
      needsAttention: 1,
      oldestWaitingAt: '2025-01-01T08:58:00.000Z',
      persistentStorage: false,
    });
    server.clock.advance(5000);
    const res = await heartbeat(server.app, token, queue);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, serverTime: '2025-01-01T09:00:05.000Z' });
    expect(await registerHealthOf('S001-R2')).toEqual({
      registerId: 'S001-R2',
      registerNumber: '2',
      storeId: 'S001',
      activated: true,
      retiredAt: null,
      lastSeenAt: '2025-01-01T09:00:05.000Z',
      queue,
      stuckReason: { code: 'records-need-attention-one', values: { n: 1 } },
    });
  });

  it.each([
    { name: 'no queue', payload: {} },
    { name: 'a negative depth', payload: { queue: queueHealth({ waiting: -1 }) } },
    { name: 'a bad time', payload: { queue: queueHealth({ oldestWaitingAt: 'yesterday' }) } },
    { name: 'an unknown field', payload: { queue: queueHealth(), extra: 1 } },
  ])('refuses a heartbeat with $name (400) and stores no report', async ({ payload }) => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.heartbeat,
      headers: auth(token),
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation' });
    expect((await registerHealthOf('S001-R1')).queue).toBeNull();
  });

  it('records contact on upload, feed and config calls, and on the old GET heartbeat', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    expect((await registerHealthOf('S001-R1')).lastSeenAt).toBeNull();
    const calls = [
      () =>
        server.app.inject({
          method: 'POST',
          url: apiPaths.upload,
          headers: auth(token),
          payload: { records: [asyncRecord()] },
        }),
      () => server.app.inject({ url: apiPaths.feed, headers: auth(token) }),
      () => server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) }),
      () => server.app.inject({ url: apiPaths.heartbeat, headers: auth(token) }),
    ];
    for (const call of calls) {
      server.clock.advance(minute);
      const res = await call();
      expect(res.statusCode).toBe(200);
      expect((await registerHealthOf('S001-R1')).lastSeenAt).toBe(server.clock.now().toISOString());
    }
    expect((await registerHealthOf('S001-R1')).queue).toBeNull();
  });
});

describe('register health at HQ (X3)', () => {
  it('lists every register of every store, activated or not, with the thresholds', async () => {
    server = await testServer({ customers: 0 });
    await activate(server, 'S002', 'S002-R1');
    const body = await health();
    expect(body.silentMinutes).toBe(10);
    expect(body.waitingMinutes).toBe(15);
    expect(body.registers.map((r) => [r.storeId, r.registerId, r.activated])).toEqual([
      ['S001', 'S001-R1', false],
      ['S001', 'S001-R2', false],
      ['S002', 'S002-R1', true],
    ]);
    expect(body.registers.every((r) => r.stuckReason === null && r.queue === null)).toBe(true);
  });

  it('calls an activated register stuck after silentMinutes without contact', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    expect((await heartbeat(server.app, token)).statusCode).toBe(200);
    server.clock.advance(10 * minute - 1);
    expect((await registerHealthOf('S001-R1')).stuckReason).toBeNull();
    server.clock.advance(1);
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'no-contact',
      values: { n: 10 },
    });
    server.clock.advance(25 * minute);
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'no-contact',
      values: { n: 35 },
    });
    expect((await registerHealthOf('S001-R2')).stuckReason).toBeNull();
    await heartbeat(server.app, token);
    expect((await registerHealthOf('S001-R1')).stuckReason).toBeNull();
  });

  it('counts silence from activation for a register that never called', async () => {
    server = await testServer({ customers: 0 });
    await activate(server, 'S001', 'S001-R2');
    server.clock.advance(11 * minute);
    const register = await registerHealthOf('S001-R2');
    expect(register.lastSeenAt).toBeNull();
    expect(register.stuckReason).toEqual({ code: 'no-contact', values: { n: 11 } });
  });

  it('calls a register stuck when its oldest waiting record is waitingMinutes old', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const oldest = new Date(server.clock.now().getTime() - 14 * minute).toISOString();
    await heartbeat(server.app, token, queueHealth({ waiting: 4, oldestWaitingAt: oldest }));
    expect((await registerHealthOf('S001-R1')).stuckReason).toBeNull();
    server.clock.advance(minute);
    await heartbeat(server.app, token, queueHealth({ waiting: 4, oldestWaitingAt: oldest }));
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'records-waiting',
      values: { n: 15 },
    });
  });

  it('names records that need attention, in the plural too', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    await heartbeat(server.app, token, queueHealth({ needsAttention: 3 }));
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'records-need-attention',
      values: { n: 3 },
    });
  });

  it('gives silence first, then waiting, then attention', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const oldest = new Date(server.clock.now().getTime() - 20 * minute).toISOString();
    await heartbeat(
      server.app,
      token,
      queueHealth({ waiting: 1, needsAttention: 2, oldestWaitingAt: oldest }),
    );
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'records-waiting',
      values: { n: 20 },
    });
    server.clock.advance(10 * minute);
    expect((await registerHealthOf('S001-R1')).stuckReason).toEqual({
      code: 'no-contact',
      values: { n: 10 },
    });
  });

  it('uses the thresholds the server was started with', async () => {
    server = await testServer({
      customers: 0,
      registerHealth: { silentMinutes: 2, waitingMinutes: 3 },
    });
    const token = await activate(server);
    await heartbeat(server.app, token);
    server.clock.advance(2 * minute);
    const body = await health();
    expect(body).toMatchObject({ silentMinutes: 2, waitingMinutes: 3 });
    expect(body.registers[0]?.stuckReason).toEqual({ code: 'no-contact', values: { n: 2 } });
  });

  it('does not call a register that is not activated silent', async () => {
    server = await testServer({ customers: 0 });
    server.clock.advance(60 * minute);
    expect((await health()).registers.every((r) => r.stuckReason === null)).toBe(true);
  });
});
