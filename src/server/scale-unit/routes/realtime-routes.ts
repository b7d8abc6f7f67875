import { accountParamsSchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  realtimeAddressRequestSchema,
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
} from '../../../contract/realtime.ts';
import { LinkUnreachableError } from '../../link/link.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { deviceOf, requireDevice } from '../http/device-auth.ts';
import type { ScaleUnitContext } from '../scale-unit-context.ts';
import { message } from '../../../contract/messages.ts';

/**
 * A call to HQ: when HQ does not answer, a 503 `hq-unreachable`, which the register treats like
 * no answer at all (async fallback where the operation has one, B1).
 */
async function toHq<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof LinkUnreachableError)) throw error;
    throw new HttpError(503, 'hq-unreachable', message('hq-unreachable'), {
      cause: error,
    });
  }
}

/**
 * The Real-time Service as registers see it (B1, B10 with 10.0.22 off, B11, B12): the scale unit
 * authenticates the register and passes each call to HQ through the link.
 */
export function realtimeRoutes(ctx: ScaleUnitContext): FastifyPluginCallback {
  return (app, _opts, done) => {
    requireDevice(app, ctx);

    app.post(apiPaths.realtimeCustomers, async (request, reply) => {
      const body = realtimeCreateRequestSchema.parse(request.body);
      const outcome = await toHq(() => ctx.hq.createCustomer(deviceOf(request), body));
      reply.code(outcome.created ? 201 : 200);
      return { customer: outcome.customer };
    });

    app.get(apiPaths.realtimeSearch, async (request) => {
      const { q } = searchAllStoresQuerySchema.parse(request.query);
      return { customers: await toHq(() => ctx.hq.searchCustomers(deviceOf(request), q)) };
    });

    app.put('/api/rts/customers/:account', async (request) => {
      const { account } = accountParamsSchema.parse(request.params);
      const body = realtimeEditRequestSchema.parse(request.body);
      const customer = await toHq(() => ctx.hq.editCustomer(deviceOf(request), account, body));
      return { customer };
    });

    app.post('/api/rts/customers/:account/addresses', async (request, reply) => {
      const { account } = accountParamsSchema.parse(request.params);
      const body = realtimeAddressRequestSchema.parse(request.body);
      const customer = await toHq(() => ctx.hq.addAddress(deviceOf(request), account, body));
      reply.code(201);
      return { customer };
    });

    app.post('/api/rts/customers/:account/loyalty-cards', async (request, reply) => {
      const { account } = accountParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const issued = await toHq(() => ctx.hq.issueLoyaltyCard(deviceOf(request), account));
      reply.code(201);
      return issued;
    });
    done();
  };
}
