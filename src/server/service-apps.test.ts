import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../contract/api-paths.ts';
import { linkPaths } from './link/wire.ts';
import type { ChannelDb } from './scale-unit/db/channel-db.ts';
import { serviceApps, testLinkSecret, type ServiceApps } from './testing/service-apps.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'pos-services-'));
mkdirSync(path.join(dist, 'hq'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>POS</title>');
writeFileSync(path.join(dist, 'hq', 'index.html'), '<!doctype html><title>HQ</title>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const secret = testLinkSecret;
let apps: ServiceApps;
let channelDb: ChannelDb;

beforeEach(async () => {
  apps = await serviceApps({ distDir: dist });
  channelDb = apps.channelDb;
});
afterEach(() => apps.close());

const html = { accept: 'text/html' };

describe('headquarters and a scale unit as separate services', () => {
  it('serves the HQ console at headquarters and the POS at the scale unit, not the other', async () => {
    const home = await apps.hq.inject({ url: '/', headers: html });
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe('/hq/');
    expect((await apps.hq.inject({ url: '/hq/', headers: html })).body).toContain('HQ');
    expect((await apps.scaleUnit.inject({ url: '/', headers: html })).body).toContain('POS');
    const console = await apps.scaleUnit.inject({ url: '/hq/', headers: html });
    expect(console.statusCode).toBe(404);
    expect(console.json()).toMatchObject({ message: 'The HQ console is served by headquarters.' });
  });

  it('answers each API at its own service only', async () => {
    const stores = await apps.hq.inject({ url: apiPaths.hqStores, headers: apps.admin });
    expect(stores.statusCode).toBe(200);
    expect((await apps.scaleUnit.inject({ url: apiPaths.hqStores })).statusCode).toBe(404);
    expect((await apps.hq.inject({ url: apiPaths.registerConfig })).statusCode).toBe(404);
    expect((await apps.scaleUnit.inject({ url: apiPaths.registerConfig })).statusCode).toBe(401);
  });

  it('checks only its own database for readiness', async () => {
    expect((await apps.hq.inject({ url: apiPaths.readyz })).json()).toEqual({
      status: 'ready',
      notReady: [],
    });
    channelDb.close();
    expect((await apps.scaleUnit.inject({ url: apiPaths.readyz })).json()).toEqual({
      status: 'not-ready',
      notReady: ['channelDatabase', 'migrations'],
    });
    expect((await apps.hq.inject({ url: apiPaths.readyz })).statusCode).toBe(200);
  });

  it('serves the link to the other service only with the service credential', async () => {
    const anonymous = await apps.scaleUnit.inject({ url: linkPaths.scaleUnitDescribe });
    expect(anonymous.statusCode).toBe(401);
    const described = await apps.scaleUnit.inject({
      url: linkPaths.scaleUnitDescribe,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(described.json()).toEqual({ id: 'shibuya', storeIds: ['S001'], connectedRegisters: 0 });
    const wrongUnit = await apps.hq.inject({
      url: linkPaths.hqConfig,
      headers: { authorization: `Bearer ${secret}`, 'x-scale-unit': 'osaka' },
    });
    expect(wrongUnit.statusCode).toBe(401);
    const config = await apps.hq.inject({
      url: linkPaths.hqConfig,
      headers: { authorization: `Bearer ${secret}`, 'x-scale-unit': 'shibuya' },
    });
    expect(config.statusCode).toBe(200);
  });
});
