import { z } from './zod.ts';
import { jobIds } from './hq-admin.ts';
import { feedPageSizeMax } from './register.ts';

/**
 * Path and query parameters of the routes, in the contract so the API catalog
 * (contract/api-catalog) describes what the routes validate with.
 */

/** `/api/rts/customers/:account`: the customer's HQ account number (or what the register typed). */
export const accountParamsSchema = z.object({
  account: z.string().check(z.minLength(1), z.maxLength(30)),
});

/** `/api/hq/stores/:id` and `/api/hq/registers/:id`: a store or register ID. */
export const storeOrRegisterParamsSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(20)),
});

/** `/api/hq/async-customers/:guid`: an async operation's GUID. */
export const asyncOperationParamsSchema = z.object({
  guid: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** `/api/hq/duplicates/:id`: a likely duplicate's number. */
export const duplicateParamsSchema = z.object({
  id: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(2 ** 53 - 1)),
});

/** `/api/hq/jobs/:id`: one of the three jobs (the route answers another ID with 404). */
export const jobParamsSchema = z.object({ id: z.enum(jobIds) });

/** GET apiPaths.feed: customers changed after `since` (a cursor from the previous page). */
export const feedQuerySchema = z.object({
  since: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(feedPageSizeMax)),
    1000,
  ),
});
