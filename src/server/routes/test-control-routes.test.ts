import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../contract/api-paths.ts';
import { countAsyncRecords } from '../scale-unit/async-records.ts';
import { activate, asyncRecord, auth, testServer, type TestServer } from '../test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('test controls', () => {
  it('are not served unless enabled', async () => {
    server = testServer({ testControls: false });
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.testScaleUnit,
      payload: { reachable: false },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });

  it('an unreachable scale unit drops register connections; HQ admin keeps working', async () => {
    server = testServer({ testControls: true });
    const token = await activate(server.app);
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const off = await fetch(base + apiPaths.testScaleUnit, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reachable: false }),
    });
    expect(off.status).toBe(200);
    for (const path of [
      apiPaths.heartbeat,
      apiPaths.activationStores,
      `${apiPaths.realtimeSearch}?q=sato`,
    ]) {
      await expect(fetch(base + path, { headers: auth(token) }), path).rejects.toThrow(TypeError);
    }
    const hq = await fetch(base + apiPaths.hqJobs, { headers: server.admin });
    expect(hq.status).toBe(200);
    await fetch(base + apiPaths.testScaleUnit, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reachable: true }),
    });
    const back = await fetch(base + apiPaths.heartbeat, { headers: auth(token) });
    expect(back.status).toBe(200);
  });

  it('answers the next N uploads with the injected 5xx before doing any work', async () => {
    server = testServer({ testControls: true });
    const token = await activate(server.app);
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
    server = testServer({ testControls: true });
    const res = await server.app.inject({ method: 'POST', url, payload });
    expect(res.statusCode).toBe(400);
  });
});
