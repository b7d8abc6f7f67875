import { bearer } from '../../src/contract/register.ts';
import {
  getActivation,
  getConfig,
  saveActivation,
  saveConfig,
} from '../../src/pos/db/meta-repo.ts';
import { openPosDatabase, type PosDatabase } from '../../src/pos/db/schema.ts';
import { createApiClient, type ApiClient, type ApiFailure } from '../../src/pos/sync/api-client.ts';
import type { RegisterConfig } from '../../src/contract/register.ts';
import { englishText } from '../../src/contract/messages.ts';

/** One simulated register: its own database and API client, as the POS builds them. */
export interface SimulatedRegister {
  name: string;
  /** The register it is activated as, e.g. "S001-R3". */
  registerId: string;
  db: PosDatabase;
  api: ApiClient;
  /** `authorization` header value for calls made outside the API client. */
  authorization: () => Promise<string>;
}

const registers = new Map<string, SimulatedRegister>();
let opened = 0;

/** A failed call as an Error, so the scenario that called the harness sees why. */
export function failed(what: string, failure: ApiFailure): Error {
  return new Error(`${what}: ${failure.kind} ${englishText(failure.message)}`);
}

/** The register opened under `name`. */
export function registerNamed(name: string): SimulatedRegister {
  const register = registers.get(name);
  if (!register) throw new Error(`No simulated register is open under "${name}".`);
  return register;
}

/** The store's settings for the register, fetched and cached as downloadChanges does first. */
export async function downloadSettings(register: SimulatedRegister): Promise<RegisterConfig> {
  const config = await register.api.config();
  if (!config.ok) throw failed('Downloading the settings', config.failure);
  await saveConfig(register.db, config.value);
  return config.value;
}

/**
 * A new simulated register: a fresh database, the device token from the real activation call
 * with a code HQ issued for `registerId`
 * (stored where the POS keeps it, and read from there by every call), then its settings.
 */
export async function openRegister(registerId: string, activationCode: string): Promise<string> {
  opened += 1;
  const name = `bench-${registerId}-${Date.now()}-${opened}`;
  const db = openPosDatabase(name);
  const api = createApiClient({
    getToken: async () => (await getActivation(db))?.deviceToken ?? null,
  });
  const activation = await api.activate({ code: activationCode });
  if (!activation.ok) throw failed(`Activating ${registerId}`, activation.failure);
  await saveActivation(db, activation.value);
  const register: SimulatedRegister = {
    name,
    registerId,
    db,
    api,
    authorization: async () => {
      const token = (await getActivation(db))?.deviceToken;
      if (!token) throw new Error(`${name} has no device token.`);
      return bearer(token);
    },
  };
  await downloadSettings(register);
  registers.set(name, register);
  return name;
}

/** The register's cached settings; they are downloaded when it opens. */
export async function settingsOf(register: SimulatedRegister): Promise<RegisterConfig> {
  const config = await getConfig(register.db);
  if (!config) throw new Error(`${register.name} has no settings.`);
  return config;
}

/** Closes and deletes a register's database. */
export async function closeRegister(name: string): Promise<void> {
  const register = registerNamed(name);
  registers.delete(name);
  await register.db.delete();
}
