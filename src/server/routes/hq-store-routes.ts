import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../../contract/api-paths.ts';
import { hqStorePatchSchema, type HqStore } from '../../contract/hq-admin.ts';
import type { AppContext } from '../app-context.ts';
import { nowIso } from '../clock.ts';
import { checkAffiliations } from '../headquarters/affiliations.ts';
import { findCustomer, setCustomerDefaults } from '../headquarters/customers.ts';
import { findStore, listStores, setAsyncCustomerMode, toHqStore } from '../headquarters/stores.ts';
import { HttpError } from '../http/http-error.ts';
import { activatedRegisterIds } from '../scale-unit/devices.ts';

const storeParamsSchema = z.object({ id: z.string().min(1).max(20) });

/**
 * HQ console: stores, their registers, the functionality profile's async mode and the default
 * customer's values new customers inherit (group, currency, language, receipt, affiliations).
 */
export function hqStoreRoutes(ctx: AppContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqStores, () => {
      const active = activatedRegisterIds(ctx.channelDb);
      const stores = listStores(hqDb)
        .map((s) => toHqStore(hqDb, s, active))
        .filter((s): s is HqStore => s !== null);
      return { stores };
    });

    app.patch('/api/hq/stores/:id', (request) => {
      const { id } = storeParamsSchema.parse(request.params);
      const patch = hqStorePatchSchema.parse(request.body);
      const store = hqDb.transaction(() => {
        const found = findStore(hqDb, id);
        if (!found) throw new HttpError(404, 'not-found', `Store '${id}' does not exist.`);
        if (patch.defaults) {
          const fields = checkAffiliations(
            hqDb,
            patch.defaults.affiliations,
            'defaults.affiliations',
          );
          const first = Object.values(fields)[0];
          if (first) throw new HttpError(400, 'validation', first, { fields });
          const defaultCustomer = findCustomer(hqDb, found.defaultCustomerAccount);
          if (!defaultCustomer) {
            throw new HttpError(
              409,
              'store-not-configured',
              `Store '${id}' has no default customer.`,
            );
          }
          setCustomerDefaults(hqDb, defaultCustomer, patch.defaults, nowIso(ctx.clock));
        }
        if (patch.asyncCustomerMode !== undefined) {
          setAsyncCustomerMode(hqDb, id, patch.asyncCustomerMode);
        }
        return findStore(hqDb, id);
      })();
      return { store: store && toHqStore(hqDb, store, activatedRegisterIds(ctx.channelDb)) };
    });
    done();
  };
}
