import { asyncOperationParamsSchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { displayName } from '../../../contract/customer.ts';
import {
  asyncOperationFixSchema,
  asyncOperationStatsQuerySchema,
  asyncOperationsQuerySchema,
  type AsyncOperation,
} from '../../../contract/hq-admin.ts';
import { asyncRecordSchema, type AsyncRecord } from '../../../contract/upload.ts';
import type { HqContext } from '../hq-context.ts';
import { nowIso } from '../../platform/clock.ts';
import type { HqDb } from '../db/hq-db.ts';
import { checkRecordRules } from '../async-conversions.ts';
import {
  findOperation,
  listOperations,
  operationStats,
  replacePayload,
  requeueOperation,
} from '../async-operations.ts';
import { sameRef } from '../customer-refs.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { canonicalJson } from '../../platform/canonical-json.ts';
import { message } from '../../../contract/messages.ts';

function operationOrThrow(db: HqDb, params: unknown) {
  const { guid } = asyncOperationParamsSchema.parse(params);
  const found = findOperation(db, guid);
  if (!found) throw new HttpError(404, 'not-found', message('operation-not-found', { guid }));
  return found;
}

function storedRecord(payload: string): AsyncRecord {
  const parsed = asyncRecordSchema.safeParse(JSON.parse(payload));
  if (!parsed.success) {
    throw new HttpError(500, 'unreadable-record', message('operation-unreadable'));
  }
  return parsed.data;
}

/** True when the fix keeps what may not change: GUID, kind and the customer it belongs to. */
function keepsIdentity(before: AsyncRecord, after: AsyncRecord): boolean {
  if (before.guid !== after.guid) return false;
  if (before.kind === 'customer-create') return after.kind === 'customer-create';
  if (after.kind === 'customer-create' || before.kind !== after.kind) return false;
  return sameRef(before.customer, after.customer);
}

function nameAfterFix(operation: AsyncOperation, record: AsyncRecord): string {
  return record.kind === 'customer-create' ? displayName(record.customer) : operation.name;
}

/**
 * HQ console: Customer synchronization status (B13) — the list, one operation with its record,
 * the fix of a failed one, Synchronize again, and the counts by status over time for the chart.
 */
export function hqAsyncCustomerRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqAsyncCustomers, (request) => {
      const filter = asyncOperationsQuerySchema.parse(request.query);
      return { operations: listOperations(hqDb, filter) };
    });

    app.get(apiPaths.hqAsyncCustomerStats, (request) => {
      const { hours, bucketMinutes } = asyncOperationStatsQuerySchema.parse(request.query);
      return { buckets: operationStats(hqDb, ctx.clock.now(), hours ?? 24, bucketMinutes ?? 60) };
    });

    app.get('/api/hq/async-customers/:guid', (request) => {
      const { operation, payload } = operationOrThrow(hqDb, request.params);
      return { operation, record: storedRecord(payload) };
    });

    app.put('/api/hq/async-customers/:guid', (request) => {
      const updated = hqDb.transaction(() => {
        const { operation, payload } = operationOrThrow(hqDb, request.params);
        if (operation.status !== 'failed') {
          throw new HttpError(
            409,
            'not-failed',
            message('not-failed', { status: operation.status }),
          );
        }
        const { record } = asyncOperationFixSchema.parse(request.body);
        if (!keepsIdentity(storedRecord(payload), record)) {
          throw new HttpError(400, 'validation', message('identity-fixed'));
        }
        const fields = Object.fromEntries(
          Object.entries(checkRecordRules(hqDb, record)).map(([path, m]) => [`record.${path}`, m]),
        );
        const first = Object.values(fields)[0];
        if (first) throw new HttpError(400, 'validation', first, { fields });
        replacePayload(
          hqDb,
          operation.guid,
          { payload: canonicalJson(record), name: nameAfterFix(operation, record) },
          nowIso(ctx.clock),
        );
        return findOperation(hqDb, operation.guid);
      })();
      return { operation: updated?.operation };
    });

    app.post('/api/hq/async-customers/:guid/resync', async (request) => {
      const { operation } = operationOrThrow(hqDb, request.params);
      expectNoBody(request.body);
      if (operation.status === 'completed') {
        throw new HttpError(409, 'completed', message('completed'));
      }
      requeueOperation(hqDb, operation.guid, nowIso(ctx.clock));
      // A run already going may have passed this operation: let it finish, then run again.
      if (ctx.jobs.isRunning('sync-customers')) await ctx.jobs.run('sync-customers', 'manual');
      await ctx.jobs.run('sync-customers', 'manual');
      return { operation: findOperation(hqDb, operation.guid)?.operation };
    });
    done();
  };
}
