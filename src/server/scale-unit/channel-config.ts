import {
  promised,
  type ChannelConfig,
  type ChannelStore,
  type HqLink,
  type LinkDevice,
} from '../link/link.ts';
import { statement } from '../platform/db/sqlite.ts';
import type { ChannelDb } from './db/channel-db.ts';

/**
 * Where the scale unit reads HQ's configuration from: the copy HQ last pushed (a separate
 * scale unit), or HQ itself (`npm start`'s one process, where HQ is always there).
 */
export interface ChannelConfigSource {
  /** The configuration, or null while the scale unit has none yet. */
  read(): Promise<ChannelConfig | null>;
  /** Keeps what HQ pushed; returns the configuration it replaces (null: none). */
  store(config: ChannelConfig, now: string): ChannelConfig | null;
}

function readStored(db: ChannelDb): ChannelConfig | null {
  const row = statement(db, 'SELECT data FROM channel_config WHERE id = 1').get() as
    { data: string } | undefined;
  return row ? (JSON.parse(row.data) as ChannelConfig) : null;
}

function writeStored(db: ChannelDb, config: ChannelConfig, now: string): ChannelConfig | null {
  return db.transaction(() => {
    const previous = readStored(db);
    statement(
      db,
      `INSERT INTO channel_config (id, version, data, received_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data,
         received_at = excluded.received_at`,
    ).run(config.version, JSON.stringify(config), now);
    return previous;
  })();
}

/** The copy in the channel database, as HQ last pushed it. */
export function storedConfigSource(db: ChannelDb): ChannelConfigSource {
  return {
    read: () => promised(() => readStored(db)),
    store: (config, now) => writeStored(db, config, now),
  };
}

/** HQ's own configuration, read through the link on every call (one process only). */
export function liveConfigSource(db: ChannelDb, hq: HqLink): ChannelConfigSource {
  return {
    read: () => hq.channelConfig(),
    store: (config, now) => writeStored(db, config, now),
  };
}

/** A store and one of its registers in the configuration, or null when either is unknown. */
export function findDeviceStore(
  config: ChannelConfig | null,
  device: LinkDevice,
): { store: ChannelStore; register: ChannelStore['registers'][number] } | null {
  const store = config?.stores.find((candidate) => candidate.id === device.storeId);
  const register = store?.registers.find((candidate) => candidate.id === device.registerId);
  return store && register ? { store, register } : null;
}

/**
 * Which stores' registers a new configuration concerns: every store when settings or
 * affiliations changed, else the stores whose part changed (added, removed or different).
 */
export function storesConcerned(
  previous: ChannelConfig | null,
  next: ChannelConfig,
): 'all' | string[] {
  if (
    !previous ||
    JSON.stringify(previous.settings) !== JSON.stringify(next.settings) ||
    JSON.stringify(previous.affiliations) !== JSON.stringify(next.affiliations)
  ) {
    return 'all';
  }
  const before = new Map(previous.stores.map((store) => [store.id, JSON.stringify(store)]));
  const after = new Map(next.stores.map((store) => [store.id, JSON.stringify(store)]));
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => before.get(id) !== after.get(id));
}
