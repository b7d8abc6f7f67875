import { promised, type ScaleUnitLink } from '../link/link.ts';
import { nowIso, type Clock } from '../platform/clock.ts';
import { discardActivationCodes, issueActivationCode } from './activation-codes.ts';
import { asyncRecordsAfter, intakeAsyncRecords } from './async-records.ts';
import { storesConcerned, type ChannelConfigSource } from './channel-config.ts';
import { upsertChannelCustomers } from './channel-customers.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { activatedRegisters, revokeRegisterTokens } from './devices.ts';
import type { RegisterPokes } from './events/poke-hub.ts';
import { readRegisterContacts } from './register-health.ts';

/** What the scale unit's side of the link works with. */
export interface ScaleUnitLinkDeps {
  id: string;
  /** The stores it serves (its settings); null: every store in the configuration (`npm start`). */
  storeIds: readonly string[] | null;
  channelDb: ChannelDb;
  clock: Clock;
  config: ChannelConfigSource;
  /** The registers' event streams: told what changed for them. */
  pokes: RegisterPokes;
}

/**
 * The scale unit's side of the link: what HQ asks of it (P-job pulls, 1010 pushes, activation
 * codes, register status, rescue imports), over the channel database. Served in-process or over
 * HTTP (see link/).
 */
export function createScaleUnitLinkService(deps: ScaleUnitLinkDeps): ScaleUnitLink {
  const { channelDb: db, clock } = deps;
  // A register whose tokens end must not keep its event stream either.
  const revoke = (registerId: string, now: string) => {
    const revoked = revokeRegisterTokens(db, registerId, now);
    deps.pokes.disconnect({ registerIds: [registerId] });
    return revoked;
  };
  const retire = (registerId: string, now: string) =>
    db.transaction(() => {
      revoke(registerId, now);
      discardActivationCodes(db, registerId);
    })();
  return {
    async describe() {
      const storeIds =
        deps.storeIds ?? (await deps.config.read())?.stores.map((store) => store.id) ?? [];
      return {
        id: deps.id,
        storeIds: [...storeIds],
        connectedRegisters: deps.pokes.connectedRegisters(),
      };
    },
    pullRecords: (after, limit) => promised(() => asyncRecordsAfter(db, after, limit)),
    async pushCustomers(customers) {
      upsertChannelCustomers(db, customers);
      // B4: with shared customer data filtered, a register only gets the customers it created.
      const filtered = (await deps.config.read())?.settings.filterSharedCustomerData ?? false;
      const origins = customers.flatMap(({ originRegisterId }) =>
        originRegisterId === null ? [] : [originRegisterId],
      );
      deps.pokes.poke(filtered ? { registerIds: [...new Set(origins)] } : 'all', ['customers']);
    },
    pushConfig: (config) =>
      promised(() => {
        const now = nowIso(clock);
        const previous = deps.config.store(config, now);
        // A register HQ retired while this scale unit was away: its tokens and codes end here.
        for (const store of config.stores) {
          for (const register of store.registers) {
            if (register.retiredAt !== null) retire(register.id, now);
          }
        }
        const stores = storesConcerned(previous, config);
        if (stores === 'all') deps.pokes.poke('all', ['config']);
        else if (stores.length > 0) deps.pokes.poke({ storeIds: stores }, ['config']);
      }),
    issueActivationCode: (device) => promised(() => issueActivationCode(db, device, clock.now())),
    revokeRegister: (registerId) =>
      promised(() => ({ revoked: revoke(registerId, nowIso(clock)) > 0 })),
    retireRegister: (registerId) => promised(() => retire(registerId, nowIso(clock))),
    registerActivity: () =>
      promised(() => {
        const contacts = readRegisterContacts(db);
        const activated = activatedRegisters(db);
        const ids = new Set([...contacts.keys(), ...activated.keys()]);
        return [...ids].map((registerId) => {
          const contact = contacts.get(registerId);
          const activation = activated.get(registerId);
          return {
            registerId,
            storeId: contact?.storeId ?? activation?.storeId ?? '',
            lastSeenAt: contact?.lastSeenAt ?? null,
            queue: contact?.queue ?? null,
            activatedAt: activation?.activatedAt ?? null,
          };
        });
      }),
    importRecords: (device, records) =>
      promised(() => intakeAsyncRecords(db, device, records, nowIso(clock))),
  };
}
