import { afterEach, describe, expect, it } from 'vitest';
import { openHqDb, type HqDb } from './headquarters/db/hq-db.ts';
import { seedDemoData } from './headquarters/demo-data.ts';
import { createJobRunner, type JobRunner } from './headquarters/jobs/job-runner.ts';
import { createHqLinkService } from './headquarters/link-service.ts';
import { scaleUnitDirectory } from './headquarters/scale-units/scale-unit-directory.ts';
import { readScaleUnitStatuses } from './headquarters/scale-units/scale-unit-status.ts';
import { inProcessScaleUnitLink } from './link/in-process.ts';
import { LinkUnreachableError, type ScaleUnitLink } from './link/link.ts';
import { storedConfigSource } from './scale-unit/channel-config.ts';
import { intakeAsyncRecords } from './scale-unit/async-records.ts';
import { readCustomerFeed } from './scale-unit/channel-customers.ts';
import { openChannelDb, type ChannelDb } from './scale-unit/db/channel-db.ts';
import { awaitFirstConfig } from './scale-unit/first-config.ts';
import { createScaleUnitLinkService } from './scale-unit/link-service.ts';
import { noPokes } from './scale-unit/events/poke-hub.ts';
import { asyncRecord, manualClock } from './testing/test-support.ts';

/** A scale unit's link that can be cut (every call unreachable) or lose its next answer. */
function switchable(link: ScaleUnitLink) {
  const state = { down: false, loseNextAnswer: false };
  const guard = <T>(call: () => Promise<T>): Promise<T> => {
    if (state.down) return Promise.reject(new LinkUnreachableError('scale unit', 'test: down'));
    return call().then((answer) => {
      if (!state.loseNextAnswer) return answer;
      state.loseNextAnswer = false;
      throw new LinkUnreachableError('scale unit', 'test: answer lost');
    });
  };
  const wrapped = Object.fromEntries(
    Object.entries(link).map(([name, fn]) => [
      name,
      (...args: unknown[]) => guard(() => (fn as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as unknown as ScaleUnitLink;
  return { link: wrapped, state };
}

interface Unit {
  id: string;
  channelDb: ChannelDb;
  link: ScaleUnitLink;
  state: { down: boolean; loseNextAnswer: boolean };
}

let hqDb: HqDb;
let units: Unit[] = [];
let jobs: JobRunner;

function setup() {
  const clock = manualClock();
  hqDb = openHqDb(':memory:');
  seedDemoData(hqDb, { customers: 4, clock });
  units = [
    { id: 'shibuya', stores: ['S001'] },
    { id: 'osaka', stores: ['S002'] },
  ].map(({ id, stores }) => {
    const channelDb = openChannelDb(':memory:');
    const service = createScaleUnitLinkService({
      id,
      storeIds: stores,
      channelDb,
      clock,
      config: storedConfigSource(channelDb),
      pokes: noPokes,
    });
    const { link, state } = switchable(inProcessScaleUnitLink(service, id));
    return { id, channelDb, state, link };
  });
  const scaleUnits = scaleUnitDirectory(units.map(({ id, link }) => ({ id, url: null, link })));
  jobs = createJobRunner({ hqDb, clock, scaleUnits });
  return { clock };
}

const unit = (id: string): Unit => {
  const found = units.find((u) => u.id === id);
  if (!found) throw new Error(id);
  return found;
};
const hqOperations = () =>
  (hqDb.prepare('SELECT COUNT(*) AS n FROM async_customers').get() as { n: number }).n;
const now = '2025-01-01T09:00:00.000Z';

afterEach(() => {
  hqDb.close();
  for (const u of units) u.channelDb.close();
});

describe('HQ and two scale units through the link', () => {
  it('pulls every scale unit’s records once, skips one that is down and catches it up later', async () => {
    setup();
    intakeAsyncRecords(
      unit('shibuya').channelDb,
      { storeId: 'S001', registerId: 'S001-R1' },
      [asyncRecord(), asyncRecord()],
      now,
    );
    intakeAsyncRecords(
      unit('osaka').channelDb,
      { storeId: 'S002', registerId: 'S002-R1' },
      [asyncRecord()],
      now,
    );
    unit('osaka').state.down = true;

    const first = await jobs.run('p-job', 'manual');
    expect(first).toMatchObject({ read: 2, done: 2 });
    expect(first.errors).toEqual([
      { code: 'scale-unit-unreachable', values: { id: 'osaka', reason: 'test: down' } },
    ]);
    expect(readScaleUnitStatuses(hqDb).get('osaka')?.lastError?.code).toBe(
      'scale-unit-unreachable',
    );

    unit('osaka').state.down = false;
    const second = await jobs.run('p-job', 'manual');
    expect(second).toMatchObject({ read: 1, done: 1, errors: [] });
    expect(hqOperations()).toBe(3);
    expect(readScaleUnitStatuses(hqDb).get('osaka')).toMatchObject({ lastError: null });
  });

  it('takes a page whose answer was lost only once when it is pulled again', async () => {
    setup();
    intakeAsyncRecords(
      unit('shibuya').channelDb,
      { storeId: 'S001', registerId: 'S001-R1' },
      [asyncRecord(), asyncRecord()],
      now,
    );
    unit('shibuya').state.loseNextAnswer = true;
    expect((await jobs.run('p-job', 'manual')).errors).toHaveLength(1);
    expect(hqOperations()).toBe(0);
    expect(await jobs.run('p-job', 'manual')).toMatchObject({ read: 2, done: 2, errors: [] });
    expect(await jobs.run('p-job', 'manual')).toMatchObject({ read: 0, done: 0 });
    expect(hqOperations()).toBe(2);
  });

  it('distributes configuration and customers to each scale unit by its own cursor', async () => {
    setup();
    unit('osaka').state.down = true;
    const first = await jobs.run('distribution-1010', 'manual');
    expect(first.errors).toHaveLength(1);
    const shibuyaFeed = readCustomerFeed(unit('shibuya').channelDb, 0, 100, null);
    expect(shibuyaFeed.customers.length).toBeGreaterThan(0);
    expect(readCustomerFeed(unit('osaka').channelDb, 0, 100, null).customers).toEqual([]);
    expect(await storedConfigSource(unit('osaka').channelDb).read()).toBeNull();

    unit('osaka').state.down = false;
    const second = await jobs.run('distribution-1010', 'manual');
    expect(second.errors).toEqual([]);
    expect(readCustomerFeed(unit('osaka').channelDb, 0, 100, null).customers).toHaveLength(
      shibuyaFeed.customers.length,
    );
    expect(
      (await storedConfigSource(unit('osaka').channelDb).read())?.stores.map((s) => s.name),
    ).toEqual(['Shibuya Store', 'Osaka Store']);
    // Nothing new: nothing sent again to either.
    expect(await jobs.run('distribution-1010', 'manual')).toMatchObject({ read: 0, errors: [] });
  });

  it('gives a new scale unit its first configuration by asking HQ', async () => {
    const { clock } = setup();
    const channelDb = unit('shibuya').channelDb;
    const config = storedConfigSource(channelDb);
    const link = createScaleUnitLinkService({
      id: 'shibuya',
      storeIds: ['S001'],
      channelDb,
      clock,
      config,
      pokes: noPokes,
    });
    let calls = 0;
    const hq = createHqLinkService({ hqDb, clock });
    const flaky = {
      ...hq,
      channelConfig: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new LinkUnreachableError('HQ', 'test: not started'))
          : hq.channelConfig();
      },
    };
    const logs: string[] = [];
    const waiting = awaitFirstConfig({
      hq: flaky,
      link,
      config,
      log: (m) => logs.push(m),
      retryMs: 1,
    });
    await waiting.done;
    waiting.stop();
    expect(calls).toBe(2);
    expect(logs[0]).toContain('No configuration from HQ yet');
    expect((await config.read())?.stores.map((s) => s.id)).toEqual(['S001', 'S002']);
  });
});
