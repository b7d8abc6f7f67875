import { createObservable, type Observable } from './observable.ts';

/** Why the register counts as offline (B3). */
export type OfflineReason = 'browser-offline' | 'no-heartbeat' | 'call-failed';

export interface ConnectivityState {
  online: boolean;
  reason: OfflineReason | null;
}

export interface Connectivity extends Observable<ConnectivityState> {
  /** Asks the browser, then the scale unit's heartbeat; updates and returns whether online. */
  check: () => Promise<boolean>;
  /** A real-time call failed with a communication error or time-out. */
  reportCommunicationFailure: () => void;
  /** Listens to the browser's online/offline events; returns a stop function. */
  start: () => () => void;
}

const onlineState: ConnectivityState = { online: true, reason: null };
const offlineStates: Record<OfflineReason, ConnectivityState> = {
  'browser-offline': { online: false, reason: 'browser-offline' },
  'no-heartbeat': { online: false, reason: 'no-heartbeat' },
  'call-failed': { online: false, reason: 'call-failed' },
};

/**
 * The register's online/offline state: offline when the browser is offline, when the scale
 * unit misses its heartbeat, or when a real-time call failed to communicate. It turns online
 * again by itself on the next good heartbeat.
 */
export function createConnectivity(heartbeat: () => Promise<boolean>): Connectivity {
  const browserOnline = () =>
    (globalThis.navigator as { onLine?: boolean } | undefined)?.onLine ?? true;
  const state = createObservable<ConnectivityState>(
    browserOnline() ? onlineState : offlineStates['browser-offline'],
  );
  return {
    get: state.get,
    subscribe: state.subscribe,
    async check() {
      if (!browserOnline()) {
        state.set(offlineStates['browser-offline']);
        return false;
      }
      const reachable = await heartbeat();
      // The browser may have gone offline while the heartbeat was on its way: it has the last word.
      if (!browserOnline()) {
        state.set(offlineStates['browser-offline']);
        return false;
      }
      state.set(reachable ? onlineState : offlineStates['no-heartbeat']);
      return reachable;
    },
    reportCommunicationFailure() {
      state.set(offlineStates['call-failed']);
    },
    start() {
      const goOffline = () => state.set(offlineStates['browser-offline']);
      const goOnline = () => void this.check();
      globalThis.addEventListener('offline', goOffline);
      globalThis.addEventListener('online', goOnline);
      // The sync layer starts once the first screen is idle: a change before then is not missed.
      if (!browserOnline()) goOffline();
      else if (state.get().reason === 'browser-offline') goOnline();
      return () => {
        globalThis.removeEventListener('offline', goOffline);
        globalThis.removeEventListener('online', goOnline);
      };
    },
  };
}
