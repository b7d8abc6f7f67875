import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../sync/api-client.ts';
import { idleActivity } from '../sync/idle-activity.ts';
import { createObservable } from '../sync/observable.ts';
import type { LiveState } from '../sync/register-events.ts';
import type { SyncActivity, SyncEngine } from '../sync/sync-engine.ts';
import { deferLayer, deferredApi, deferredEngine } from './deferred-sync.ts';
import type { SyncLayer } from './sync-layer.ts';

function fakeLayer() {
  const activity = createObservable<SyncActivity>(idleActivity);
  const stop = vi.fn();
  const engine = {
    activity,
    live: createObservable<LiveState>('live'),
    syncNow: vi.fn(() => Promise.resolve()),
    download: vi.fn(() => Promise.resolve()),
    start: vi.fn(() => stop),
  } satisfies SyncEngine;
  const searchAllStores = vi.fn(() =>
    Promise.resolve({ ok: true, value: { customers: [] } } as const),
  );
  const layer = {
    api: { searchAllStores } as unknown as ApiClient,
    engine,
    heartbeat: () => Promise.resolve(true),
  } satisfies SyncLayer;
  const create = vi.fn(() => Promise.resolve(layer));
  return { layer, create, activity, stop, searchAllStores };
}

describe('the deferred sync layer (issue 13)', () => {
  it('is not loaded until something needs it, then loaded once', async () => {
    const { create, searchAllStores } = fakeLayer();
    const deferred = deferLayer(create);
    const api = deferredApi(deferred);
    const engine = deferredEngine(deferred);
    expect(create).not.toHaveBeenCalled();

    await api.searchAllStores('Tana');
    await engine.syncNow({ retryNow: true });
    expect(searchAllStores).toHaveBeenCalledWith('Tana');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows idle until loaded, then follows the loaded sync loop', async () => {
    const { create, activity } = fakeLayer();
    const deferred = deferLayer(create);
    const engine = deferredEngine(deferred);
    expect(engine.activity.get()).toEqual(idleActivity);
    expect(engine.live.get()).toBe('connecting');

    const changes = vi.fn();
    engine.activity.subscribe(changes);
    await deferred.load();
    await vi.waitFor(() => expect(engine.live.get()).toBe('live'));
    const uploading: SyncActivity = { ...idleActivity, phase: 'uploading' };
    activity.set(uploading);
    expect(engine.activity.get()).toBe(uploading);
    expect(changes).toHaveBeenCalled();
  });

  it('start loads and starts the loop; stop before it loaded never starts it', async () => {
    const started = fakeLayer();
    const stop = deferredEngine(deferLayer(started.create)).start();
    await vi.waitFor(() => expect(started.layer.engine.start).toHaveBeenCalledTimes(1));
    stop();
    expect(started.stop).toHaveBeenCalledTimes(1);

    const stoppedEarly = fakeLayer();
    const deferred = deferLayer(stoppedEarly.create);
    deferredEngine(deferred).start()();
    await deferred.loaded;
    expect(stoppedEarly.layer.engine.start).not.toHaveBeenCalled();
  });
});
