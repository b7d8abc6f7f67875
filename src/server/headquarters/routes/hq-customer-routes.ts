import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { hqCustomersQuerySchema } from '../../../contract/hq-admin.ts';
import type { HqContext } from '../hq-context.ts';
import { searchCustomersWithTotal } from '../customer-search.ts';

const defaultCustomerLimit = 100;

/** HQ console: the customer list. */
export function hqCustomerRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqCustomers, (request) => {
      const { q, limit } = hqCustomersQuerySchema.parse(request.query);
      return searchCustomersWithTotal(hqDb, q ?? '', limit ?? defaultCustomerLimit);
    });
    done();
  };
}
