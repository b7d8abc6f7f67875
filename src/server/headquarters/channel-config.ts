import type { ChannelConfig } from '../link/link.ts';
import { contentHash } from '../platform/canonical-json.ts';
import { nowIso } from '../platform/clock.ts';
import { listAffiliations } from './affiliations.ts';
import type { HqDb } from './db/hq-db.ts';
import { scaleUnitFailure, type ScaleUnitCaller } from './scale-units/scale-unit-calls.ts';
import {
  readScaleUnitStatuses,
  recordConfigVersion,
  recordFailure,
} from './scale-units/scale-unit-status.ts';
import { readSettings } from './settings.ts';
import { listStores, storeDefaults } from './stores.ts';
import type { Message } from '../../contract/messages.ts';

/** HQ's configuration as scale units need it; its version is a hash of the rest. */
export function buildChannelConfig(db: HqDb): ChannelConfig {
  const content = {
    settings: readSettings(db),
    affiliations: listAffiliations(db),
    stores: listStores(db).map((store) => ({
      id: store.id,
      name: store.name,
      asyncCustomerMode: store.asyncCustomerMode,
      defaults: storeDefaults(db, store.id),
      registers: store.registers,
    })),
  };
  return { version: contentHash(content), ...content };
}

/**
 * Sends the channel configuration to every scale unit that does not have this version yet
 * (after an administrator's change, and with every 1010 run). A scale unit that is down is
 * recorded and skipped; it gets the configuration on a later call. Returns the failures by
 * scale unit id.
 */
export async function distributeConfig(ctx: ScaleUnitCaller): Promise<Map<string, Message>> {
  const config = buildChannelConfig(ctx.hqDb);
  const statuses = readScaleUnitStatuses(ctx.hqDb);
  const failures = new Map<string, Message>();
  for (const unit of ctx.scaleUnits.list()) {
    if (statuses.get(unit.id)?.configVersion === config.version) continue;
    try {
      await unit.link.pushConfig(config);
      recordConfigVersion(ctx.hqDb, unit.id, config.version, nowIso(ctx.clock));
    } catch (error) {
      const failure = scaleUnitFailure(unit.id, error);
      recordFailure(ctx.hqDb, unit.id, failure, nowIso(ctx.clock));
      failures.set(unit.id, failure);
    }
  }
  return failures;
}
