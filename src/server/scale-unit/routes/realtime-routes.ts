import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Customer, CustomerDraft } from '../../../contract/customer.ts';
import {
  realtimeAddressRequestSchema,
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
} from '../../../contract/realtime.ts';
import type { AppContext } from '../../app-context.ts';
import { nowIso } from '../../platform/clock.ts';
import type { HqDb } from '../../headquarters/db/hq-db.ts';
import { checkAffiliations } from '../../headquarters/affiliations.ts';
import { checkCountries, checkCountry } from '../../headquarters/countries.ts';
import {
  addAddress,
  createCustomer,
  editCustomer,
  findCustomer,
  findCustomerByAsyncGuid,
  issueLoyaltyCard,
  maxAddresses,
  mergedMessage,
  searchCustomers,
} from '../../headquarters/customers.ts';
import {
  creationFingerprint,
  recordRealtimeCreation,
} from '../../headquarters/realtime-creations.ts';
import { readSettings } from '../../headquarters/settings.ts';
import { storeDefaults } from '../../headquarters/stores.ts';
import { deviceOf, requireDevice } from '../http/device-auth.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { guidReusedMessage } from '../async-records.ts';
import { contentHash } from '../../platform/canonical-json.ts';

const accountParamsSchema = z.object({ account: z.string().min(1).max(30) });
const searchLimit = 50;

function refuse(fields: Record<string, string>): void {
  const first = Object.values(fields)[0];
  if (first) throw new HttpError(400, 'validation', first, { fields });
}

/** HQ's own rules on a draft (countries/regions and affiliations exist); a 400 with fields. */
function checkHqRules(db: HqDb, draft: CustomerDraft): void {
  refuse({
    ...checkCountries(draft.addresses, 'customer.'),
    ...checkAffiliations(db, draft.affiliations, 'customer.affiliations'),
  });
}

/**
 * B4 on the server: with shared customer data filtered, the only store whose customers a register
 * may see or change is its own (null: every store).
 */
function visibleStore(db: HqDb, request: FastifyRequest): string | null {
  return readSettings(db).filterSharedCustomerData ? deviceOf(request).storeId : null;
}

/**
 * The customer a real-time change is for: it must exist, be visible to the register (see
 * `visibleStore`; another store's customer is answered as unknown) and not be merged into another.
 */
function customerToChange(db: HqDb, account: string, onlyStore: string | null): Customer {
  const customer = findCustomer(db, account);
  if (!customer || (onlyStore !== null && customer.storeId !== onlyStore))
    throw new HttpError(404, 'not-found', `Customer '${account}' does not exist at HQ.`);
  if (customer.mergedInto) throw new HttpError(409, 'customer-merged', mergedMessage(customer));
  return customer;
}

/** The Real-time Service: registers call HQ directly (B1, B10 with 10.0.22 off, B11, B12). */
export function realtimeRoutes(ctx: AppContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    requireDevice(app, ctx);

    app.post(apiPaths.realtimeCustomers, (request, reply) => {
      const device = deviceOf(request);
      const { guid, customer: draft } = realtimeCreateRequestSchema.parse(request.body);
      const hash = contentHash(draft);
      const outcome = hqDb.transaction(() => {
        const existing = findCustomerByAsyncGuid(hqDb, guid);
        if (existing) {
          const first = creationFingerprint(hqDb, guid);
          // A retry gets the original answer; the same GUID for another customer is refused.
          if (first !== null && first !== hash) {
            throw new HttpError(409, 'guid-reused', guidReusedMessage);
          }
          return { customer: existing, created: false };
        }
        checkHqRules(hqDb, draft);
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
          originRegisterId: device.registerId,
          asyncGuid: guid,
          now: nowIso(ctx.clock),
        });
        recordRealtimeCreation(hqDb, guid, hash);
        return { customer, created: true };
      })();
      reply.code(outcome.created ? 201 : 200);
      return { customer: outcome.customer };
    });

    app.get(apiPaths.realtimeSearch, (request) => {
      const { q } = searchAllStoresQuerySchema.parse(request.query);
      const onlyStore = visibleStore(hqDb, request);
      return { customers: searchCustomers(hqDb, q, searchLimit, onlyStore).customers };
    });

    app.put('/api/rts/customers/:account', (request) => {
      const { account } = accountParamsSchema.parse(request.params);
      const { version, customer: draft } = realtimeEditRequestSchema.parse(request.body);
      const customer = hqDb.transaction(() => {
        const current = customerToChange(hqDb, account, visibleStore(hqDb, request));
        if (current.version !== version) {
          throw new HttpError(
            409,
            'conflict',
            `Customer ${account} was changed by someone else (version ${current.version}, not ${version}). Reload it and edit again.`,
          );
        }
        checkHqRules(hqDb, draft);
        return editCustomer(hqDb, current, draft, nowIso(ctx.clock));
      })();
      return { customer };
    });

    app.post('/api/rts/customers/:account/addresses', (request, reply) => {
      const { account } = accountParamsSchema.parse(request.params);
      const { address } = realtimeAddressRequestSchema.parse(request.body);
      const customer = hqDb.transaction(() => {
        const current = customerToChange(hqDb, account, visibleStore(hqDb, request));
        refuse(checkCountry(address.country, 'address.country'));
        if (current.addresses.length >= maxAddresses) {
          throw new HttpError(
            400,
            'validation',
            `A customer can have at most ${maxAddresses} addresses.`,
            {
              fields: { address: `A customer can have at most ${maxAddresses} addresses.` },
            },
          );
        }
        return addAddress(hqDb, current, address, nowIso(ctx.clock));
      })();
      reply.code(201);
      return { customer };
    });

    app.post('/api/rts/customers/:account/loyalty-cards', (request, reply) => {
      const { account } = accountParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const issued = hqDb.transaction(() => {
        const current = customerToChange(hqDb, account, visibleStore(hqDb, request));
        return issueLoyaltyCard(hqDb, current, nowIso(ctx.clock));
      })();
      reply.code(201);
      return issued;
    });
    done();
  };
}
