import { z } from 'zod';
import { jobIds } from './hq-admin.ts';
import { feedPageSizeMax } from './register.ts';

/**
 * Path and query parameters of the routes, in the contract so the API catalog
 * (contract/api-catalog) describes what the routes validate with.
 */

/** `/api/rts/customers/:account`: the customer's HQ account number (or what the register typed). */
export const accountParamsSchema = z.object({ account: z.string().min(1).max(30) });

/** `/api/hq/stores/:id` and `/api/hq/registers/:id`: a store or register ID. */
export const storeOrRegisterParamsSchema = z.object({ id: z.string().min(1).max(20) });

/** `/api/hq/async-customers/:guid`: an async operation's GUID. */
export const asyncOperationParamsSchema = z.object({ guid: z.string().min(1).max(100) });

/** `/api/hq/duplicates/:id`: a likely duplicate's number. */
export const duplicateParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 53 - 1),
});

/** `/api/hq/jobs/:id`: one of the three jobs (the route answers another ID with 404). */
export const jobParamsSchema = z.object({ id: z.enum(jobIds) });

/** GET apiPaths.feed: customers changed after `since` (a cursor from the previous page). */
export const feedQuerySchema = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(feedPageSizeMax).default(1000),
});
