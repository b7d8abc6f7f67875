import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  jobIds,
  jobSchedulePatchSchema,
  type Job,
  type JobId,
} from '../../../contract/hq-admin.ts';
import type { HqContext } from '../hq-context.ts';
import type { HqDb } from '../db/hq-db.ts';
import { lastRun, listRuns } from '../jobs/job-runs.ts';
import { readSchedule, updateSchedule } from '../jobs/job-schedules.ts';
import { jobInfo } from '../jobs/job-types.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { message } from '../../../contract/messages.ts';

const jobParamsSchema = z.object({ id: z.string() });

function jobIdFrom(params: unknown): JobId {
  const { id } = jobParamsSchema.parse(params);
  const known = jobIds.find((j) => j === id);
  if (!known) throw new HttpError(404, 'not-found', message('job-not-found', { id }));
  return known;
}

function describeJob(db: HqDb, id: JobId): Job {
  return { id, ...jobInfo[id], schedule: readSchedule(db, id), lastRun: lastRun(db, id) };
}

/**
 * HQ console: the three batch jobs (B6) — list with schedule and last run, change a schedule,
 * Run now (synchronous: answers with the finished run; if the job is already running, with that
 * run's result), and run history (newest first, up to 50).
 */
export function hqJobRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqJobs, () => ({ jobs: jobIds.map((id) => describeJob(hqDb, id)) }));

    app.patch('/api/hq/jobs/:id', (request) => {
      const id = jobIdFrom(request.params);
      const patch = jobSchedulePatchSchema.parse(request.body);
      updateSchedule(hqDb, id, {
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
        ...(patch.intervalSeconds === undefined ? {} : { intervalSeconds: patch.intervalSeconds }),
      });
      return { job: describeJob(hqDb, id) };
    });

    app.post('/api/hq/jobs/:id/run', async (request) => {
      const id = jobIdFrom(request.params);
      expectNoBody(request.body);
      return { run: await ctx.jobs.run(id, 'manual') };
    });

    app.get('/api/hq/jobs/:id/runs', (request) => {
      const id = jobIdFrom(request.params);
      return { runs: listRuns(hqDb, id, 50) };
    });
    done();
  };
}
