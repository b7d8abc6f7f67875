import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../../contract/api-paths.ts';
import { hqStorePatchSchema, type HqStore } from '../../contract/hq-admin.ts';
import type { AppContext } from '../app-context.ts';
import { findStore, listStores, setAsyncCustomerMode, toHqStore } from '../headquarters/stores.ts';
import { HttpError } from '../http/http-error.ts';
import { activatedRegisterIds } from '../scale-unit/devices.ts';

const storeParamsSchema = z.object({ id: z.string().min(1).max(20) });

/** HQ console: stores, their registers and the functionality profile's async mode. */
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
      const { asyncCustomerMode } = hqStorePatchSchema.parse(request.body);
      if (!setAsyncCustomerMode(hqDb, id, asyncCustomerMode)) {
        throw new HttpError(404, 'not-found', `Store '${id}' does not exist.`);
      }
      const store = findStore(hqDb, id);
      return { store: store && toHqStore(hqDb, store, activatedRegisterIds(ctx.channelDb)) };
    });
    done();
  };
}
