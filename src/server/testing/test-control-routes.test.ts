import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../contract/api-paths.ts';
import { countAsyncRecords } from '../scale-unit/async-records.ts';
import {
  activate,
  activationCode,
  asyncRecord,
  auth,
  queueHealth,
  testServer,
  type TestServer,
} from './test-support.ts';

let server: TestServer;

function postHeartbeat(base: string, token: string): Promise<Response> {
  return fetch(base + apiPaths.heartbeat, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify({ queue: queueHealth() }),
  });
}
afterEach(async () => {
  await server.app.close();
});

describe('test controls', () => {
  it('are not served unless enabled', async () => {
    server = await testServer({ testControls: false });
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.testScaleUnit,
      payload: { reachable: false },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });

  it('an unreachable scale unit drops register connections; HQ admin keeps working', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const off = await fetch(base + apiPaths.testScaleUnit, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reachable: false }),
    });
    expect(off.status).toBe(200);
    for (const path of [apiPaths.registerConfig, `${apiPaths.realtimeSearch}?q=sato`]) {
      await expect(fetch(base + path, { headers: auth(token) }), path).rejects.toThrow(TypeError);
    }
    await expect(postHeartbeat(base, token)).rejects.toThrow(TypeError);
    const hq = await fetch(base + apiPaths.hqJobs, { headers: server.admin });
    expect(hq.status).toBe(200);
    await fetch(base + apiPaths.testScaleUnit, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reachable: true }),
    });
    const back = await postHeartbeat(base, token);
    expect(back.status).toBe(200);
  });

  it('answers the next N uploads with the injected 5xx before doing any work', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    const set = await server.app.inject({
      method: 'POST',
      url: apiPaths.testFaults,
      payload: { uploadFailures: 2, status: 503 },
    });
    expect(set.statusCode).toBe(200);
    const payload = { records: [asyncRecord()] };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await server.app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers: auth(token),
        payload,
      });
      statuses.push(res.statusCode);
      if (i === 0) expect(countAsyncRecords(server.channelDb)).toBe(0);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(countAsyncRecords(server.channelDb)).toBe(1);
  });

  it.each([
    { url: apiPaths.testFaults, payload: { uploadFailures: 1, status: 404 } },
    { url: apiPaths.testScaleUnit, payload: { reachable: 'no' } },
  ])('validates $url', async ({ url, payload }) => {
    server = await testServer({ testControls: true });
    const res = await server.app.inject({ method: 'POST', url, payload });
    expect(res.statusCode).toBe(400);
  });

  it('dropAfterCommit: the next N uploads are stored, then the connection is dropped unanswered', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const set = await setFaults({ uploadFailures: 0, status: 503, dropAfterCommit: 2 });
    expect(set).toEqual({
      uploadFailures: 0,
      status: 503,
      dropAfterCommit: 2,
      failureRate: 0,
      delayMs: 0,
      uploadsAnswerOnly: false,
    });
    const records = [asyncRecord(), asyncRecord(), asyncRecord()];
    const send = (record: (typeof records)[number]) =>
      fetch(base + apiPaths.upload, {
        method: 'POST',
        headers: { ...auth(token), 'content-type': 'application/json' },
        body: JSON.stringify({ records: [record] }),
      });
    await expect(send(records[0]!)).rejects.toThrow(TypeError);
    expect(countAsyncRecords(server.channelDb)).toBe(1);
    await expect(send(records[1]!)).rejects.toThrow(TypeError);
    expect(countAsyncRecords(server.channelDb)).toBe(2);
    const answered = await send(records[2]!);
    expect(answered.status).toBe(200);
    const retry = await send(records[0]!);
    expect(await retry.json()).toEqual({
      results: [{ guid: records[0]!.guid, outcome: 'duplicate' }],
    });
    expect(countAsyncRecords(server.channelDb)).toBe(3);
  });

  it('uploadsAnswerOnly: uploads are answered, every record accepted, and nothing is stored', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    await setFaults({ uploadFailures: 0, status: 503, uploadsAnswerOnly: true });
    const records = [asyncRecord(), asyncRecord()];
    const upload = () =>
      server.app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers: auth(token),
        payload: { records },
      });
    expect((await upload()).json()).toEqual({
      results: records.map(({ guid }) => ({ guid, outcome: 'accepted' })),
    });
    expect(countAsyncRecords(server.channelDb)).toBe(0);
    await setFaults({ uploadFailures: 0, status: 503 });
    expect((await upload()).json()).toEqual({
      results: records.map(({ guid }) => ({ guid, outcome: 'accepted' })),
    });
    expect(countAsyncRecords(server.channelDb)).toBe(2);
  });

  it('failureRate: that share of register and real-time requests answers 503 before any work', async () => {
    const draws = [0.1, 0.9, 0.2, 0.95, 0.29];
    server = await testServer({ testControls: true, random: () => draws.shift() ?? 0.99 });
    const token = await activate(server);
    await setFaults({ uploadFailures: 0, status: 503, failureRate: 0.3 });
    const upload = () =>
      server.app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers: auth(token),
        payload: { records: [asyncRecord()] },
      });
    const statuses = [
      (await upload()).statusCode,
      (await upload()).statusCode,
      (await server.app.inject({ url: `${apiPaths.realtimeSearch}?q=sato`, headers: auth(token) }))
        .statusCode,
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).statusCode,
      (await upload()).statusCode,
    ];
    expect(statuses).toEqual([503, 200, 503, 200, 503]);
    expect(countAsyncRecords(server.channelDb)).toBe(1);
    const failed = await upload();
    expect(failed.statusCode).toBe(200);
    expect(
      (await server.app.inject({ url: apiPaths.hqJobs, headers: server.admin })).statusCode,
    ).toBe(200);
  });

  it('failureRate 1 answers 503 with a JSON body and records no contact', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    await setFaults({ uploadFailures: 0, status: 503, failureRate: 1 });
    server.clock.advance(60_000);
    const res = await server.app.inject({ url: apiPaths.feed, headers: auth(token) });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: 'fault-injected',
      message: 'Injected failure (HTTP 503) for testing.',
      code: 'plain-text',
      values: { text: 'Injected failure (HTTP 503) for testing.' },
    });
    const seen = server.channelDb.prepare('SELECT COUNT(*) AS n FROM register_health').get();
    expect(seen).toEqual({ n: 0 });
    const activation = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      payload: { code: await activationCode(server, 'S001-R2') },
    });
    expect(activation.statusCode).toBe(201);
  });

  it('delayMs: waits before handling each register and real-time request, not HQ ones', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    await setFaults({ uploadFailures: 0, status: 503, delayMs: 150 });
    let started = performance.now();
    expect((await server.app.inject({ url: apiPaths.feed, headers: auth(token) })).statusCode).toBe(
      200,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    expect(
      (await server.app.inject({ url: `${apiPaths.realtimeSearch}?q=sato`, headers: auth(token) }))
        .statusCode,
    ).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    await server.app.inject({ url: apiPaths.hqJobs, headers: server.admin });
    expect(performance.now() - started).toBeLessThan(140);
  });

  it('setting the faults replaces all of them; zeros clear them', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    await setFaults({ uploadFailures: 3, status: 502, failureRate: 1, delayMs: 10 });
    expect(await setFaults({ uploadFailures: 0, status: 503, dropAfterCommit: 1 })).toEqual({
      uploadFailures: 0,
      status: 503,
      dropAfterCommit: 1,
      failureRate: 0,
      delayMs: 0,
      uploadsAnswerOnly: false,
    });
    const cleared = await setFaults({
      uploadFailures: 0,
      status: 503,
      dropAfterCommit: 0,
      failureRate: 0,
      delayMs: 0,
      uploadsAnswerOnly: false,
    });
    expect(cleared).toMatchObject({ dropAfterCommit: 0, failureRate: 0, delayMs: 0 });
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [asyncRecord()] },
    });
    expect(res.statusCode).toBe(200);
  });

  it('realtime capacity: at most N real-time calls served at once, each held latencyMs', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    const set = await server.app.inject({
      method: 'POST',
      url: apiPaths.testRealtimeCapacity,
      payload: { capacity: { concurrency: 2, latencyMs: 100 } },
    });
    expect(set.json()).toEqual({ capacity: { concurrency: 2, latencyMs: 100 } });
    const search = () =>
      server.app.inject({ url: `${apiPaths.realtimeSearch}?q=sato`, headers: auth(token) });
    const started = performance.now();
    const answers = await Promise.all([search(), search(), search(), search(), search()]);
    // Five calls through two slots of 100 ms: three rounds.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const feedStarted = performance.now();
    await server.app.inject({ url: apiPaths.feed, headers: auth(token) });
    expect(performance.now() - feedStarted).toBeLessThan(90);

    await server.app.inject({
      method: 'POST',
      url: apiPaths.testRealtimeCapacity,
      payload: { capacity: null },
    });
    const unlimited = performance.now();
    await Promise.all([search(), search(), search()]);
    expect(performance.now() - unlimited).toBeLessThan(90);
  });

  it('stats count the real-time calls only, and DELETE resets them', async () => {
    server = await testServer({ testControls: true });
    const token = await activate(server);
    const stats = async (): Promise<unknown> =>
      (await server.app.inject({ url: apiPaths.testStats })).json();
    expect(await stats()).toEqual({ realtimeCalls: 0 });
    await server.app.inject({ url: `${apiPaths.realtimeSearch}?q=sato`, headers: auth(token) });
    await server.app.inject({ url: apiPaths.feed, headers: auth(token) });
    await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [asyncRecord()] },
    });
    expect(await stats()).toEqual({ realtimeCalls: 1 });
    const reset = await server.app.inject({ method: 'DELETE', url: apiPaths.testStats });
    expect(reset.json()).toEqual({ realtimeCalls: 0 });
    expect(await stats()).toEqual({ realtimeCalls: 0 });
  });
});

async function setFaults(payload: Record<string, number | boolean>): Promise<unknown> {
  const res = await server.app.inject({ method: 'POST', url: apiPaths.testFaults, payload });
  expect(res.statusCode).toBe(200);
  return res.json();
}
