import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { livenessSchema, readinessSchema } from '../../../contract/health.ts';
import { testServer, type TestServer } from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('health checks (public)', () => {
  it('answers /healthz with ok, without a session, and never cached', async () => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({ url: apiPaths.healthz });
    expect(res.statusCode).toBe(200);
    expect(livenessSchema.parse(res.json())).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is ready when both databases answer, migrations are done and the scheduler runs', async () => {
    server = await testServer({ customers: 0, readiness: () => ({ jobScheduler: true }) });
    const res = await server.app.inject({ url: apiPaths.readyz });
    expect(res.statusCode).toBe(200);
    expect(readinessSchema.parse(res.json())).toEqual({ status: 'ready', notReady: [] });
  });

  it('answers 503 naming the job scheduler while it is not running', async () => {
    let running = false;
    server = await testServer({ customers: 0, readiness: () => ({ jobScheduler: running }) });
    const res = await server.app.inject({ url: apiPaths.readyz });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'not-ready', notReady: ['jobScheduler'] });
    running = true;
    expect((await server.app.inject({ url: apiPaths.readyz })).statusCode).toBe(200);
  });

  it('answers 503 naming a database that no longer answers, and migrations not done', async () => {
    server = await testServer({ customers: 0 });
    server.channelDb.pragma('user_version = 1');
    expect((await server.app.inject({ url: apiPaths.readyz })).json()).toEqual({
      status: 'not-ready',
      notReady: ['migrations'],
    });
    server.channelDb.close();
    const res = await server.app.inject({ url: apiPaths.readyz });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      status: 'not-ready',
      notReady: ['channelDatabase', 'migrations'],
    });
  });
});

describe('API answers are never cached', () => {
  it.each([
    { method: 'GET' as const, url: apiPaths.hqSession, status: 200 },
    { method: 'GET' as const, url: apiPaths.hqStores, status: 401 },
    { method: 'GET' as const, url: apiPaths.feed, status: 401 },
    { method: 'POST' as const, url: apiPaths.hqSession, status: 400 },
    { method: 'GET' as const, url: '/api/nope', status: 404 },
  ])('$method $url ($status) carries Cache-Control: no-store', async ({ method, url, status }) => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({ method, url });
    expect(res.statusCode).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('signed-in answers with customer data too', async () => {
    server = await testServer({ customers: 3 });
    const res = await server.app.inject({ url: apiPaths.hqCustomers, headers: server.admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
