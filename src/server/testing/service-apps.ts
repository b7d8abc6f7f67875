import type { FastifyInstance } from 'fastify';
import type { HqDb } from '../headquarters/db/hq-db.ts';
import { seedDemoData } from '../headquarters/demo-data.ts';
import { createHqApp } from '../headquarters/hq-app.ts';
import { createJobRunner } from '../headquarters/jobs/job-runner.ts';
import { createHqLinkService } from '../headquarters/link-service.ts';
import { scaleUnitDirectory } from '../headquarters/scale-units/scale-unit-directory.ts';
import { inProcessHqLink, inProcessScaleUnitLink } from '../link/in-process.ts';
import { storedConfigSource } from '../scale-unit/channel-config.ts';
import type { ChannelDb } from '../scale-unit/db/channel-db.ts';
import { createRegisterPokeHub } from '../scale-unit/events/register-pokes.ts';
import { createScaleUnitLinkService } from '../scale-unit/link-service.ts';
import { createScaleUnitApp } from '../scale-unit/scale-unit-app.ts';
import { normalTestState } from './test-control-routes.ts';
import { testDatabases } from './test-db.ts';
import { adminHeaders, manualClock, testAdminCredential } from './test-support.ts';

/** The service credential the separate-service test apps share. */
export const testLinkSecret = 'the-scale-unit-credential-for-tests';

/** Headquarters and one scale unit (`shibuya`, store S001) as two apps, as two processes run them. */
export interface ServiceApps {
  hq: FastifyInstance;
  scaleUnit: FastifyInstance;
  hqDb: HqDb;
  channelDb: ChannelDb;
  /** Headers of a signed-in HQ console. */
  admin: { cookie: string };
  close(): Promise<void>;
}

/**
 * Builds the two service apps on in-memory databases, joined by the in-process link (the HTTP
 * link has its own tests); `distDir` serves static files, `testControls` the test routes.
 */
export async function serviceApps(
  options: { distDir?: string; testControls?: boolean } = {},
): Promise<ServiceApps> {
  const clock = manualClock();
  const { hqDb, channelDb } = await testDatabases();
  seedDemoData(hqDb, { customers: 2, clock });
  const config = storedConfigSource(channelDb);
  const pokes = createRegisterPokeHub({ channelDb, clock });
  const link = createScaleUnitLinkService({
    id: 'shibuya',
    storeIds: ['S001'],
    channelDb,
    clock,
    config,
    pokes,
  });
  const scaleUnits = scaleUnitDirectory([
    { id: 'shibuya', url: null, link: inProcessScaleUnitLink(link, 'shibuya') },
  ]);
  const distDir = options.distDir === undefined ? {} : { distDir: options.distDir };
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
    linkSecrets: (id) => (id === 'shibuya' ? testLinkSecret : null),
    readiness: () => ({ jobScheduler: true }),
    ...distDir,
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
    linkSecret: testLinkSecret,
    testControls: options.testControls ?? false,
    random: Math.random,
    ...distDir,
  });
  return {
    hq,
    scaleUnit,
    hqDb,
    channelDb,
    admin: adminHeaders(hqDb, clock),
    async close() {
      await hq.close();
      await scaleUnit.close();
      hqDb.close();
      if (channelDb.open) channelDb.close();
    },
  };
}
