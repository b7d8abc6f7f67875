import { storeOrRegisterParamsSchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  hqRegisterCreateSchema,
  hqStoreCreateSchema,
  hqStorePatchSchema,
  type HqStore,
  type hqRegisterCreateResponseSchema,
  type hqStorePatchResponseSchema,
} from '../../../contract/hq-admin.ts';
import type { HqContext } from '../hq-context.ts';
import { nowIso } from '../../platform/clock.ts';
import { addRegister, addStore, updateStore, type StoreAdminProblem } from '../store-admin.ts';
import { listStores, toHqStore, type StoreRecord } from '../stores.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { message } from '../../../contract/messages.ts';
import { distributeConfig } from '../channel-config.ts';
import { registerActivityEverywhere } from '../scale-units/scale-unit-calls.ts';

/** The HTTP answer to a refused store or register change of `store` (and register `number`). */
export function storeAdminError(
  refusal: StoreAdminProblem,
  store: string,
  number?: string,
): HttpError {
  switch (refusal.problem) {
    case 'not-found':
      return new HttpError(404, 'not-found', message('store-not-found', { store }));
    case 'store-exists':
      return new HttpError(409, 'store-exists', message('store-exists', { store }));
    case 'register-exists':
      return new HttpError(
        409,
        'register-exists',
        message('register-exists', { store, number: number ?? '' }),
      );
    case 'store-not-configured':
      return new HttpError(409, 'store-not-configured', message('store-has-no-default', { store }));
    case 'validation': {
      const first = Object.values(refusal.fields)[0] ?? message('invalid-value');
      return new HttpError(400, 'validation', first, { fields: refusal.fields });
    }
  }
}

/**
 * HQ console: stores, their registers, the functionality profile's async mode and the default
 * customer's values new customers inherit (group, currency, language, receipt, affiliations);
 * adding a store (with its default customer), renaming it, and adding registers (issue 11).
 */
export function hqStoreRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  const activatedIds = async () =>
    new Set(
      [...(await registerActivityEverywhere(ctx)).values()]
        .filter((register) => register.activatedAt !== null)
        .map((register) => register.registerId),
    );
  // A change reaches the scale units (and their registers) before the console hears it is done.
  const storeReply = async (
    store: StoreRecord,
  ): Promise<z.infer<typeof hqStorePatchResponseSchema>> => {
    await distributeConfig(ctx);
    const body = toHqStore(hqDb, store, await activatedIds());
    if (!body) throw storeAdminError({ problem: 'store-not-configured' }, store.id);
    return { store: body };
  };

  return (app, _opts, done) => {
    app.get(apiPaths.hqStores, async () => {
      const active = await activatedIds();
      const stores = listStores(hqDb)
        .map((s) => toHqStore(hqDb, s, active))
        .filter((s): s is HqStore => s !== null);
      return { stores };
    });

    app.post(apiPaths.hqStores, async (request, reply) => {
      const store = hqStoreCreateSchema.parse(request.body);
      const outcome = hqDb.transaction(() => addStore(hqDb, store, nowIso(ctx.clock)))();
      if (!outcome.ok) throw storeAdminError(outcome, store.id);
      reply.code(201);
      return storeReply(outcome.store);
    });

    app.patch('/api/hq/stores/:id', async (request) => {
      const { id } = storeOrRegisterParamsSchema.parse(request.params);
      const patch = hqStorePatchSchema.parse(request.body);
      const outcome = hqDb.transaction(() => updateStore(hqDb, id, patch, nowIso(ctx.clock)))();
      if (!outcome.ok) throw storeAdminError(outcome, id);
      return storeReply(outcome.store);
    });

    app.post('/api/hq/stores/:id/registers', async (request, reply) => {
      const { id } = storeOrRegisterParamsSchema.parse(request.params);
      const { number } = hqRegisterCreateSchema.parse(request.body);
      const outcome = hqDb.transaction(() => addRegister(hqDb, id, number))();
      if (!outcome.ok) throw storeAdminError(outcome, id, number);
      const { store } = await storeReply(outcome.store);
      const register = store.registers.find((r) => r.id === outcome.register.id);
      if (!register) throw new Error(`register ${outcome.register.id} is not in its store`);
      const body: z.infer<typeof hqRegisterCreateResponseSchema> = { register, store };
      reply.code(201);
      return body;
    });
    done();
  };
}
