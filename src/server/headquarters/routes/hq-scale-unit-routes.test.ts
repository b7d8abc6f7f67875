import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { scaleUnitsResponseSchema, type ScaleUnitSummary } from '../../../contract/scale-units.ts';
import { createApp } from '../../app.ts';
import { LinkUnreachableError, type ScaleUnitInfo, type ScaleUnitLink } from '../../link/link.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { scaleUnitDirectory, type ScaleUnitEntry } from '../scale-units/scale-unit-directory.ts';
import { listScaleUnits } from '../scale-units/scale-unit-list.ts';
import {
  adminHeaders,
  jobContext,
  testAdminCredential,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';
import { message } from '../../../contract/messages.ts';
import { englishText, readMessage } from '../../../contract/messages.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const osakaUrl = 'https://su-osaka.example:8443';

/**
 * A scale unit HQ reaches over a link it controls: `describe` answers `info` while `up`, and
 * every call rejects with `LinkUnreachableError` otherwise.
 */
function fakeScaleUnit(id: string, info: Omit<ScaleUnitInfo, 'id'>) {
  const state = { up: true };
  const refused = () => Promise.reject(new LinkUnreachableError(id, 'connection refused'));
  const whenUp = <T>(answer: () => Promise<T>) => (state.up ? answer() : refused());
  const link: ScaleUnitLink = {
    describe: () => whenUp(() => Promise.resolve({ id, ...info })),
    pullRecords: () => whenUp(() => Promise.resolve([])),
    pushCustomers: () => whenUp(() => Promise.resolve()),
    pushConfig: () => whenUp(() => Promise.resolve()),
    issueActivationCode: refused,
    revokeRegister: refused,
    retireRegister: refused,
    registerActivity: () => whenUp(() => Promise.resolve([])),
    importRecords: refused,
  };
  return { state, entry: { id, url: osakaUrl, link } satisfies ScaleUnitEntry };
}

/** The test server with `extra` scale units after its in-process `local` one. */
async function serverWith(...extra: ScaleUnitEntry[]): Promise<TestServer> {
  const base = await testServer({ customers: 0 });
  void base.app.close();
  const scaleUnits = scaleUnitDirectory([...base.system.scaleUnits.list(), ...extra]);
  const jobs = createJobRunner({ hqDb: base.hqDb, clock: base.clock, scaleUnits });
  const system = { ...base.system, scaleUnits, jobs };
  const app = createApp({
    hqDb: base.hqDb,
    channelDb: base.channelDb,
    clock: base.clock,
    system,
    testControls: false,
    distDir: null,
    adminCredential: testAdminCredential(),
  });
  return { ...base, app, jobs, system, admin: adminHeaders(base.hqDb, base.clock) };
}

async function scaleUnits(): Promise<ScaleUnitSummary[]> {
  const res = await server.app.inject({ url: apiPaths.hqScaleUnits, headers: server.admin });
  expect(res.statusCode).toBe(200);
  return scaleUnitsResponseSchema.parse(res.json()).scaleUnits;
}

const start = '2025-01-01T09:00:00.000Z';
const never = {
  lastPullAt: null,
  lastPushAt: null,
  lastError: null,
  lastErrorAt: null,
};

describe('GET /api/hq/scale-units', () => {
  it('lists the in-process scale unit as reachable, with the stores it serves', async () => {
    server = await testServer({ customers: 0 });
    expect(await scaleUnits()).toEqual([
      {
        id: 'local',
        url: null,
        storeIds: ['S001', 'S002'],
        connectedRegisters: 0,
        reachable: true,
        lastContactAt: start,
        ...never,
      },
    ]);
  });

  it('shows the last pull and push once P-job and 1010 ran', async () => {
    server = await testServer({ customers: 0 });
    server.clock.advance(60_000);
    await server.jobs.run('p-job', 'manual');
    server.clock.advance(60_000);
    await server.jobs.run('distribution-1010', 'manual');
    server.clock.advance(60_000);
    const [local] = await scaleUnits();
    expect(local).toMatchObject({
      id: 'local',
      reachable: true,
      lastPullAt: '2025-01-01T09:01:00.000Z',
      lastPushAt: '2025-01-01T09:02:00.000Z',
      lastContactAt: '2025-01-01T09:03:00.000Z',
      lastError: null,
    });
  });

  it('lists a scale unit that is not reached as not reachable with its error, and the others as usual', async () => {
    const osaka = fakeScaleUnit('osaka', { storeIds: ['S002'], connectedRegisters: 3 });
    osaka.state.up = false;
    server = await serverWith(osaka.entry);
    const [local, unit] = await scaleUnits();
    expect(local).toMatchObject({ id: 'local', reachable: true, storeIds: ['S001', 'S002'] });
    expect(unit).toEqual({
      id: 'osaka',
      url: osakaUrl,
      storeIds: null,
      connectedRegisters: null,
      reachable: false,
      lastContactAt: null,
      lastPullAt: null,
      lastPushAt: null,
      lastError: message('scale-unit-unreachable', {
        id: 'osaka',
        reason: 'connection refused',
      }),
      lastErrorAt: start,
    });
    expect(englishText(readMessage(unit?.lastError))).toBe(
      "Scale unit 'osaka' was not reached (connection refused); it is caught up on a later run.",
    );
  });

  it('keeps what a scale unit last said while it is down, and clears its error once it answers', async () => {
    const osaka = fakeScaleUnit('osaka', { storeIds: ['S002'], connectedRegisters: 3 });
    server = await serverWith(osaka.entry);
    await server.jobs.run('p-job', 'manual');
    await server.jobs.run('distribution-1010', 'manual');
    expect((await scaleUnits())[1]).toMatchObject({
      reachable: true,
      storeIds: ['S002'],
      connectedRegisters: 3,
      lastPullAt: start,
      lastPushAt: start,
      lastError: null,
    });

    osaka.state.up = false;
    server.clock.advance(60_000);
    const run = await server.jobs.run('p-job', 'manual');
    expect(run.errors).toEqual([
      message('scale-unit-unreachable', { id: 'osaka', reason: 'connection refused' }),
    ]);
    const [local, down] = await scaleUnits();
    expect(local).toMatchObject({ reachable: true, lastPullAt: '2025-01-01T09:01:00.000Z' });
    expect(down).toMatchObject({
      reachable: false,
      storeIds: ['S002'],
      connectedRegisters: null,
      lastContactAt: start,
      lastPullAt: start,
      lastPushAt: start,
      lastError: run.errors[0],
      lastErrorAt: '2025-01-01T09:01:00.000Z',
    });

    osaka.state.up = true;
    server.clock.advance(60_000);
    expect((await scaleUnits())[1]).toMatchObject({
      reachable: true,
      connectedRegisters: 3,
      lastContactAt: '2025-01-01T09:02:00.000Z',
      lastError: null,
      lastErrorAt: null,
    });
  });
});

describe('listScaleUnits', () => {
  it('does not wait for a scale unit that does not answer in time', async () => {
    const silent = fakeScaleUnit('silent', { storeIds: [], connectedRegisters: 0 });
    const entry: ScaleUnitEntry = {
      ...silent.entry,
      link: { ...silent.entry.link, describe: () => new Promise<never>(() => {}) },
    };
    server = await serverWith(entry);
    const started = performance.now();
    const list = await listScaleUnits(jobContext(server), 50);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(list.scaleUnits.map((u) => [u.id, u.reachable])).toEqual([
      ['local', true],
      ['silent', false],
    ]);
    expect(list.scaleUnits[1]?.lastError).toEqual(
      message('scale-unit-unreachable', { id: 'silent', reason: 'no answer within 0.05 s' }),
    );
  });
});
