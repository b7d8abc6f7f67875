import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivationResponse, RegisterConfig } from '../../contract/register.ts';
import { readStoredActivation, readStoredConfig } from '../db/stored-meta.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient } from '../sync/api-client.ts';
import type { Connectivity, ConnectivityState } from '../sync/connectivity.ts';
import type { Observable } from '../sync/observable.ts';
import type { SyncActivity, SyncEngine } from '../sync/sync-engine.ts';

/** Everything the register's screens need, made once at start (see app/create-services.ts). */
export interface PosServices {
  db: PosDatabase;
  api: ApiClient;
  connectivity: Connectivity;
  engine: SyncEngine;
  /** Starts uploading queued records: the page now, and Background Sync for a closed tab. */
  requestUpload: () => void;
  /** Whether the browser has Background Sync; without it records upload only while the register is open. */
  backgroundSync: boolean;
  /** True when a new version of the app is waiting. */
  updateAvailable: Observable<boolean>;
  /** Activates the waiting version and reloads. */
  applyUpdate: () => void;
}

const ServicesContext = createContext<PosServices | null>(null);

/** The cached settings, read once for every screen (see `useRegisterConfig`). */
const ConfigContext = createContext<RegisterConfig | null | undefined>(undefined);

/**
 * Provides the services to every screen, and the register's cached settings from one live query
 * (many screens show them; each asking the database on every change would repeat the read).
 */
export function ServicesProvider({
  services,
  children,
}: {
  services: PosServices;
  children: ReactNode;
}) {
  const config = useLiveQuery(() => readStoredConfig(services.db), [services.db]);
  return (
    <ServicesContext value={services}>
      <ConfigContext value={config}>{children}</ConfigContext>
    </ServicesContext>
  );
}

/** The register's services; throws outside ServicesProvider (a wiring bug). */
export function useServices(): PosServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider.');
  return services;
}

/** Reads an observable and re-renders when it changes. */
export function useObservable<T>(observable: Observable<T>): T {
  return useSyncExternalStore(observable.subscribe, observable.get, observable.get);
}

/** Online / offline, with the reason (B3). */
export function useConnectivity(): ConnectivityState {
  return useObservable(useServices().connectivity);
}

/** What the sync loop is doing now. */
export function useSyncActivity(): SyncActivity {
  return useObservable(useServices().engine.activity);
}

/** The cached register settings; undefined while loading, null before the first download. */
export function useRegisterConfig(): RegisterConfig | null | undefined {
  return useContext(ConfigContext);
}

/** The register's activation; undefined while loading, null when not activated. */
export function useActivation(): ActivationResponse | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readStoredActivation(db), [db]);
}
