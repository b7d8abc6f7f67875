import { duplicateParamsSchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  duplicateMergeSchema,
  duplicatesQuerySchema,
  type duplicateResponseSchema,
  type duplicatesResponseSchema,
} from '../../../contract/duplicates.ts';
import type { HqContext } from '../hq-context.ts';
import { nowIso } from '../../platform/clock.ts';
import {
  confirmDistinct,
  mergeDuplicate,
  type ReviewOutcome,
  type ReviewProblem,
} from '../customer-merge.ts';
import { listDuplicateFlags } from '../duplicate-flags.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { message } from '../../../contract/messages.ts';

/** The most flags one answer lists. */
const listLimit = 200;

function refusal(problem: ReviewProblem): HttpError {
  switch (problem) {
    case 'not-found':
      return new HttpError(404, 'not-found', message('duplicate-not-found'));
    case 'resolved':
      return new HttpError(409, 'duplicate-resolved', message('duplicate-resolved'));
    case 'not-in-flag':
      return new HttpError(400, 'not-in-flag', message('not-in-flag'));
  }
}

function answer(outcome: ReviewOutcome): z.infer<typeof duplicateResponseSchema> {
  if (!outcome.ok) throw refusal(outcome.problem);
  return { flag: outcome.flag };
}

/**
 * HQ console, duplicate review (X2): the likely duplicates the sync job flagged, open or
 * resolved; confirm a pair as distinct; merge it, keeping one account (1010 then takes the
 * merge to the registers).
 */
export function hqDuplicateRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqDuplicates, (request): z.infer<typeof duplicatesResponseSchema> => {
      const { status } = duplicatesQuerySchema.parse(request.query);
      return listDuplicateFlags(hqDb, status ?? 'open', listLimit);
    });

    app.post('/api/hq/duplicates/:id/distinct', (request) => {
      const { id } = duplicateParamsSchema.parse(request.params);
      expectNoBody(request.body);
      return answer(hqDb.transaction(() => confirmDistinct(hqDb, id, nowIso(ctx.clock)))());
    });

    app.post('/api/hq/duplicates/:id/merge', (request) => {
      const { id } = duplicateParamsSchema.parse(request.params);
      const { keep } = duplicateMergeSchema.parse(request.body);
      return answer(hqDb.transaction(() => mergeDuplicate(hqDb, id, keep, nowIso(ctx.clock)))());
    });
    done();
  };
}
