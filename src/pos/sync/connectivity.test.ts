// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectivity } from './connectivity.ts';

/** The browser's navigator.onLine, as a test sets it. */
function browserOnline(online: boolean) {
  vi.stubGlobal('navigator', { onLine: online });
}

afterEach(() => vi.unstubAllGlobals());

describe('connectivity', () => {
  it('turns offline when the browser went offline before it started listening', () => {
    browserOnline(true);
    const connectivity = createConnectivity(() => Promise.resolve(true));
    browserOnline(false);
    const stop = connectivity.start();
    expect(connectivity.get()).toEqual({ online: false, reason: 'browser-offline' });
    stop();
  });

  it('checks the heartbeat when the browser came back online before it started listening', async () => {
    browserOnline(false);
    const heartbeat = vi.fn(() => Promise.resolve(true));
    const connectivity = createConnectivity(heartbeat);
    browserOnline(true);
    const stop = connectivity.start();
    await vi.waitFor(() => expect(connectivity.get()).toEqual({ online: true, reason: null }));
    expect(heartbeat).toHaveBeenCalledOnce();
    stop();
  });

  it('follows the browser offline event once started', () => {
    browserOnline(true);
    const connectivity = createConnectivity(() => Promise.resolve(true));
    const stop = connectivity.start();
    expect(connectivity.get().online).toBe(true);
    browserOnline(false);
    globalThis.dispatchEvent(new Event('offline'));
    expect(connectivity.get()).toEqual({ online: false, reason: 'browser-offline' });
    stop();
  });

  it('stays offline when a heartbeat sent before the browser went offline answers after', async () => {
    browserOnline(true);
    let answer: (reachable: boolean) => void = () => undefined;
    const connectivity = createConnectivity(
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    const stop = connectivity.start();
    const checked = connectivity.check();
    browserOnline(false);
    globalThis.dispatchEvent(new Event('offline'));
    answer(true);
    expect(await checked).toBe(false);
    expect(connectivity.get()).toEqual({ online: false, reason: 'browser-offline' });
    stop();
  });
});
