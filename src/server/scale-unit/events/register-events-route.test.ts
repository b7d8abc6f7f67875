import { createParser } from 'eventsource-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { registerHealthResponseSchema } from '../../../contract/health.ts';
import { helloEventSchema, pokeEventSchema } from '../../../contract/register-events.ts';
import {
  activate,
  asyncRecord,
  auth,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

type Item =
  | { kind: 'event'; event: string | undefined; data: string }
  | { kind: 'comment'; comment: string }
  | { kind: 'end' };

/** An open event stream read with fetch and eventsource-parser, one item at a time. */
async function openEvents(base: string, token: string) {
  const response = await fetch(base + apiPaths.registerEvents, { headers: auth(token) });
  const items: Item[] = [];
  let wake: (() => void) | null = null;
  const push = (item: Item) => {
    items.push(item);
    wake?.();
  };
  const parser = createParser({
    onEvent: (e) => push({ kind: 'event', event: e.event, data: e.data }),
    onComment: (comment) => push({ kind: 'comment', comment }),
  });
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // A destroyed connection ends the stream like a closed one.
    }
    push({ kind: 'end' });
  })();
  return {
    response,
    /** The next item, waiting for it. */
    async next(): Promise<Item> {
      for (;;) {
        const item = items.shift();
        if (item) return item;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

async function listening(options: Parameters<typeof testServer>[0] = {}) {
  server = await testServer({ customers: 0, ...options });
  return server.app.listen({ port: 0, host: '127.0.0.1' });
}

async function expectHello(stream: Awaited<ReturnType<typeof openEvents>>, heartbeatMs: number) {
  const hello = await stream.next();
  expect(hello).toMatchObject({ kind: 'event', event: 'hello' });
  if (hello.kind !== 'event') throw new Error('no hello');
  expect(helloEventSchema.parse(JSON.parse(hello.data))).toEqual({ heartbeatMs });
}

async function expectPoke(stream: Awaited<ReturnType<typeof openEvents>>, topics: string[]) {
  const poke = await stream.next();
  if (poke.kind !== 'event' || poke.event !== 'poke') throw new Error(`not a poke: ${poke.kind}`);
  expect(pokeEventSchema.parse(JSON.parse(poke.data))).toEqual({ topics });
}

async function lastSeen(registerId: string): Promise<string | null> {
  const res = await server.app.inject({ url: apiPaths.hqRegisterHealth, headers: server.admin });
  const found = registerHealthResponseSchema
    .parse(res.json())
    .registers.find((r) => r.registerId === registerId);
  return found?.lastSeenAt ?? null;
}

describe('GET /api/register/events (issue 12)', () => {
  it('answers an event stream that starts with hello and records the contact', async () => {
    const base = await listening();
    const token = await activate(server);
    const stream = await openEvents(base, token);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
    await expectHello(stream, 20_000);
    expect(await lastSeen('S001-R1')).toBe('2025-01-01T09:00:00.000Z');
    expect(server.pokes.connectedRegisters()).toBe(1);
  });

  it('refuses a request without a valid device token (401) and opens no stream', async () => {
    const base = await listening();
    for (const headers of [{}, auth('not-a-token')]) {
      const res = await fetch(base + apiPaths.registerEvents, { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
    expect(server.pokes.connectedRegisters()).toBe(0);
  });

  it('pokes every connected register with customers after 1010 distributes', async () => {
    const base = await listening();
    const token = await activate(server);
    const other = await openEvents(base, await activate(server, 'S002', 'S002-R1'));
    const stream = await openEvents(base, token);
    await expectHello(stream, 20_000);
    await expectHello(other, 20_000);
    const upload = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [asyncRecord()] },
    });
    expect(upload.statusCode).toBe(200);
    await server.jobs.run('p-job', 'manual');
    await server.jobs.run('sync-customers', 'manual');
    await server.jobs.run('distribution-1010', 'manual');
    await expectPoke(stream, ['customers']);
    await expectPoke(other, ['customers']);
  });

  it('with shared customer data filtered (B4), 1010 pokes only the origin register', async () => {
    const base = await listening();
    const token = await activate(server);
    const other = await openEvents(base, await activate(server, 'S001', 'S001-R2'));
    const stream = await openEvents(base, token);
    await expectHello(stream, 20_000);
    await expectHello(other, 20_000);
    const patch = await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqSettings,
      headers: server.admin,
      payload: { filterSharedCustomerData: true },
    });
    expect(patch.statusCode).toBe(200);
    await expectPoke(stream, ['config']);
    await expectPoke(other, ['config']);
    await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [asyncRecord()] },
    });
    for (const job of ['p-job', 'sync-customers', 'distribution-1010'] as const) {
      await server.jobs.run(job, 'manual');
    }
    await expectPoke(stream, ['customers']);
    // Another poke to both shows that nothing for R2 came before it.
    server.pokes.poke('all', ['config']);
    await expectPoke(other, ['config']);
  });

  it('coalesces an HQ settings change and a store change into one config poke', async () => {
    const base = await listening();
    const stream = await openEvents(base, await activate(server));
    await expectHello(stream, 20_000);
    await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqStore('S001'),
      headers: server.admin,
      payload: { asyncCustomerMode: true },
    });
    await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqSettings,
      headers: server.admin,
      payload: { features: { asyncAddressCreation: true } },
    });
    server.pokes.poke({ storeIds: ['S001'] }, ['customers']);
    await expectPoke(stream, ['config', 'customers']);
    server.pokes.poke({ storeIds: ['S002'] }, ['config']);
    server.pokes.poke({ storeIds: ['S001'] }, ['config']);
    await expectPoke(stream, ['config']);
  });

  it('sends a ping each heartbeat and records the contact with it', async () => {
    const base = await listening({ heartbeatMs: 1000 });
    const stream = await openEvents(base, await activate(server));
    await expectHello(stream, 1000);
    server.clock.advance(60_000);
    expect(await stream.next()).toEqual({ kind: 'comment', comment: 'ping' });
    expect(await lastSeen('S001-R1')).toBe('2025-01-01T09:01:00.000Z');
  });

  it('ends the stream of a register when HQ revokes it', async () => {
    const base = await listening();
    const stream = await openEvents(base, await activate(server));
    await expectHello(stream, 20_000);
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqRegisterRevoke('S001-R1'),
      headers: server.admin,
    });
    expect(res.statusCode).toBe(200);
    expect(await stream.next()).toEqual({ kind: 'end' });
    expect(server.pokes.connectedRegisters()).toBe(0);
  });

  it('ends every stream when the app closes, without waiting for them', async () => {
    const base = await listening();
    const stream = await openEvents(base, await activate(server));
    await expectHello(stream, 20_000);
    await server.app.close();
    expect(await stream.next()).toEqual({ kind: 'end' });
  });
});
