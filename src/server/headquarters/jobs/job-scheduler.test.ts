import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobId } from '../../../contract/hq-admin.ts';
import { scaleUnitDirectory } from '../scale-units/scale-unit-directory.ts';
import { openHqDb } from '../db/hq-db.ts';
import { manualClock } from '../../testing/test-support.ts';
import { createJobRunner } from './job-runner.ts';
import { listRuns } from './job-runs.ts';
import { ensureJobSchedules, readSchedule, updateSchedule } from './job-schedules.ts';
import { createJobScheduler } from './job-scheduler.ts';
import type { JobFunction, JobResult } from './job-types.ts';

const empty: JobResult = { read: 0, done: 0, failed: 0, errors: [] };

function setup(functions?: Partial<Record<JobId, JobFunction>>) {
  const hqDb = openHqDb(':memory:');
  const clock = manualClock();
  const quick: JobFunction = () => Promise.resolve(empty);
  const runner = createJobRunner(
    { hqDb, clock, scaleUnits: scaleUnitDirectory([]) },
    { 'p-job': quick, 'sync-customers': quick, 'distribution-1010': quick, ...functions },
  );
  return { hqDb, clock, runner };
}

/** A job that runs until `finish` is called. */
function gate() {
  let finish: (r: JobResult) => void = () => undefined;
  let started = 0;
  const fn: JobFunction = () => {
    started += 1;
    return new Promise<JobResult>((resolve) => (finish = resolve));
  };
  return { fn, finish: (r: JobResult) => finish(r), started: () => started };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('job schedules', () => {
  it.each([
    { enabled: true, expected: { enabled: true, intervalSeconds: 5 } },
    { enabled: false, expected: { enabled: false, intervalSeconds: 5 } },
  ])('a fresh install schedules every job: enabled=$enabled', ({ enabled, expected }) => {
    const { hqDb } = setup();
    ensureJobSchedules(hqDb, enabled);
    expect(readSchedule(hqDb, 'p-job')).toEqual(expected);
    expect(readSchedule(hqDb, 'distribution-1010')).toEqual(expected);
  });

  it('keeps an administrator’s schedule on the next start', () => {
    const { hqDb } = setup();
    ensureJobSchedules(hqDb, true);
    updateSchedule(hqDb, 'sync-customers', { enabled: false });
    ensureJobSchedules(hqDb, true);
    expect(readSchedule(hqDb, 'sync-customers')).toEqual({ enabled: false, intervalSeconds: 5 });
  });
});

describe('job scheduler', () => {
  it('runs enabled jobs when due, by their interval, and skips disabled ones', async () => {
    const { hqDb, clock, runner } = setup();
    ensureJobSchedules(hqDb, true);
    updateSchedule(hqDb, 'distribution-1010', { enabled: false });
    updateSchedule(hqDb, 'sync-customers', { intervalSeconds: 60 });
    const scheduler = createJobScheduler({ hqDb, runner, clock });
    expect((await scheduler.tick()).map((r) => r.jobId)).toEqual(['p-job', 'sync-customers']);
    clock.advance(4_999);
    expect(await scheduler.tick()).toEqual([]);
    clock.advance(1);
    expect((await scheduler.tick()).map((r) => [r.jobId, r.trigger])).toEqual([
      ['p-job', 'schedule'],
    ]);
    clock.advance(55_000);
    expect((await scheduler.tick()).map((r) => r.jobId)).toEqual(['p-job', 'sync-customers']);
    expect(listRuns(hqDb, 'distribution-1010')).toEqual([]);
    expect(listRuns(hqDb, 'p-job')).toHaveLength(3);
  });

  it('never starts a job that is still running; Run now gets the running one’s result', async () => {
    const slow = gate();
    const { hqDb, clock, runner } = setup({ 'p-job': slow.fn });
    ensureJobSchedules(hqDb, true);
    const scheduler = createJobScheduler({ hqDb, runner, clock });
    const firstTick = scheduler.tick();
    clock.advance(60_000);
    await scheduler.tick();
    const manual = runner.run('p-job', 'manual');
    expect(runner.isRunning('p-job')).toBe(true);
    slow.finish({ read: 7, done: 7, failed: 0, errors: [] });
    const [first] = (await firstTick).filter((r) => r.jobId === 'p-job');
    expect(await manual).toEqual(first);
    expect(slow.started()).toBe(1);
    expect(listRuns(hqDb, 'p-job')).toHaveLength(1);
    expect(first).toMatchObject({ trigger: 'schedule', read: 7, done: 7 });
  });

  it('ticks on its own timer once started, and stops', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { hqDb, clock, runner } = setup();
    ensureJobSchedules(hqDb, true);
    const scheduler = createJobScheduler({ hqDb, runner, clock, tickMs: 1000 });
    expect(scheduler.isRunning()).toBe(false);
    scheduler.start();
    expect(scheduler.isRunning()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await runner.idle();
    expect(listRuns(hqDb, 'p-job')).toHaveLength(1);
    clock.advance(5000);
    await vi.advanceTimersByTimeAsync(1000);
    await runner.idle();
    expect(listRuns(hqDb, 'p-job')).toHaveLength(2);
    await scheduler.stop();
    expect(scheduler.isRunning()).toBe(false);
    clock.advance(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(listRuns(hqDb, 'p-job')).toHaveLength(2);
  });

  it('records a job that throws as a finished run with the error', async () => {
    const { hqDb, runner } = setup({
      'sync-customers': () => Promise.reject(new Error('disk full')),
    });
    const run = await runner.run('sync-customers', 'manual');
    expect(run).toMatchObject({
      errors: [{ code: 'job-stopped', values: { reason: 'disk full' } }],
      done: 0,
    });
    expect(run.endedAt).not.toBeNull();
    expect(listRuns(hqDb, 'sync-customers')).toEqual([run]);
  });
});
