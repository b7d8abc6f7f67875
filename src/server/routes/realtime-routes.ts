import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../../contract/api-paths.ts';
import type { CustomerDraft } from '../../contract/customer.ts';
import {
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
} from '../../contract/realtime.ts';
import type { AppContext } from '../app-context.ts';
import { nowIso } from '../clock.ts';
import { checkCountries } from '../headquarters/countries.ts';
import {
  createCustomer,
  editCustomer,
  findCustomer,
  findCustomerByAsyncGuid,
  issueLoyaltyCard,
  searchCustomers,
} from '../headquarters/customers.ts';
import { storeDefaults } from '../headquarters/stores.ts';
import { deviceOf, requireDevice } from '../http/device-auth.ts';
import { HttpError } from '../http/http-error.ts';

const accountParamsSchema = z.object({ account: z.string().min(1).max(30) });
const searchLimit = 50;

/** HQ's own rules on a draft (country/region must exist); a 400 with fields otherwise. */
function checkHqRules(draft: CustomerDraft): void {
  const fields = checkCountries(draft.addresses, 'customer.');
  const first = Object.values(fields)[0];
  if (first) throw new HttpError(400, 'validation', first, { fields });
}

function notFound(account: string): HttpError {
  return new HttpError(404, 'not-found', `Customer '${account}' does not exist at HQ.`);
}

/** The Real-time Service: registers call HQ directly (B1, B11, B12). */
export function realtimeRoutes(ctx: AppContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    requireDevice(app, ctx.channelDb);

    app.post(apiPaths.realtimeCustomers, (request, reply) => {
      const device = deviceOf(request);
      const { guid, customer: draft } = realtimeCreateRequestSchema.parse(request.body);
      const outcome = hqDb.transaction(() => {
        const existing = findCustomerByAsyncGuid(hqDb, guid);
        if (existing) return { customer: existing, created: false };
        checkHqRules(draft);
        const defaults = storeDefaults(hqDb, device.storeId);
        if (!defaults) {
          throw new HttpError(
            409,
            'store-not-configured',
            `Store '${device.storeId}' has no default customer.`,
          );
        }
        const customer = createCustomer(hqDb, {
          draft,
          defaults,
          storeId: device.storeId,
          asyncGuid: guid,
          now: nowIso(ctx.clock),
        });
        return { customer, created: true };
      })();
      reply.code(outcome.created ? 201 : 200);
      return { customer: outcome.customer };
    });

    app.get(apiPaths.realtimeSearch, (request) => {
      const { q } = searchAllStoresQuerySchema.parse(request.query);
      return { customers: searchCustomers(hqDb, q, searchLimit).customers };
    });

    app.put('/api/rts/customers/:account', (request) => {
      const { account } = accountParamsSchema.parse(request.params);
      const { version, customer: draft } = realtimeEditRequestSchema.parse(request.body);
      const customer = hqDb.transaction(() => {
        const current = findCustomer(hqDb, account);
        if (!current) throw notFound(account);
        if (current.version !== version) {
          throw new HttpError(
            409,
            'conflict',
            `Customer ${account} was changed by someone else (version ${current.version}, not ${version}). Reload it and edit again.`,
          );
        }
        checkHqRules(draft);
        return editCustomer(hqDb, current, draft, nowIso(ctx.clock));
      })();
      return { customer };
    });

    app.post('/api/rts/customers/:account/loyalty-cards', (request, reply) => {
      const { account } = accountParamsSchema.parse(request.params);
      const issued = hqDb.transaction(() => {
        const current = findCustomer(hqDb, account);
        if (!current) throw notFound(account);
        return issueLoyaltyCard(hqDb, current, nowIso(ctx.clock));
      })();
      reply.code(201);
      return issued;
    });
    done();
  };
}
