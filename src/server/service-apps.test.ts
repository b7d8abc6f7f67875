import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../contract/api-paths.ts';
import { openHqDb, type HqDb } from './headquarters/db/hq-db.ts';
import { seedDemoData } from './headquarters/demo-data.ts';
import { createHqApp } from './headquarters/hq-app.ts';
import { createJobRunner } from './headquarters/jobs/job-runner.ts';
import { createHqLinkService } from './headquarters/link-service.ts';
import { scaleUnitDirectory } from './headquarters/scale-units/scale-unit-directory.ts';
import { inProcessHqLink } from './link/in-process.ts';
import { linkPaths } from './link/wire.ts';
import { storedConfigSource } from './scale-unit/channel-config.ts';
import { openChannelDb, type ChannelDb } from './scale-unit/db/channel-db.ts';
import { createPokeHub } from './scale-unit/events/poke-hub.ts';
import { createScaleUnitLinkService } from './scale-unit/link-service.ts';
import { createScaleUnitApp } from './scale-unit/scale-unit-app.ts';
import { adminHeaders, manualClock, testAdminCredential } from './testing/test-support.ts';
import { normalTestState } from './testing/test-control-routes.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'pos-services-'));
mkdirSync(path.join(dist, 'hq'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>POS</title>');
writeFileSync(path.join(dist, 'hq', 'index.html'), '<!doctype html><title>HQ</title>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const secret = 'the-scale-unit-credential-for-tests';
let hqDb: HqDb;
let channelDb: ChannelDb;
let apps: ReturnType<typeof build>;

function build() {
  const clock = manualClock();
  hqDb = openHqDb(':memory:');
  channelDb = openChannelDb(':memory:');
  seedDemoData(hqDb, { customers: 2, clock });
  const config = storedConfigSource(channelDb);
  const pokes = createPokeHub();
  const link = createScaleUnitLinkService({
    id: 'shibuya',
    storeIds: ['S001'],
    channelDb,
    clock,
    config,
    pokes,
  });
  const scaleUnits = scaleUnitDirectory([{ id: 'shibuya', url: null, link }]);
  const hq = createHqApp({
    ctx: {
      hqDb,
      clock,
      scaleUnits,
      jobs: createJobRunner({ hqDb, clock, scaleUnits }),
      adminPassword: { fromEnv: testAdminCredential(), envIsDefault: false },
      httpPort: 8080,
      registerHealth: { silentMinutes: 10, waitingMinutes: 15 },
    },
    linkSecrets: (id) => (id === 'shibuya' ? secret : null),
    readiness: () => ({ jobScheduler: true }),
    distDir: dist,
  });
  const scaleUnit = createScaleUnitApp({
    ctx: {
      channelDb,
      clock,
      hq: inProcessHqLink(createHqLinkService({ hqDb, clock })),
      config,
      pokes,
      testState: normalTestState(),
    },
    link,
    linkSecret: secret,
    testControls: false,
    random: Math.random,
    distDir: dist,
  });
  return { hq, scaleUnit, admin: adminHeaders(hqDb, clock) };
}

beforeEach(() => {
  apps = build();
});
afterEach(async () => {
  await apps.hq.close();
  await apps.scaleUnit.close();
  hqDb.close();
  channelDb.close();
});

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
    channelDb = openChannelDb(':memory:');
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
