import type { JobId, JobRun } from '../../../contract/hq-admin.ts';
import type { ScaleUnitCaller } from '../scale-units/scale-unit-calls.ts';

/** What a job needs: HQ's database, the clock and the scale units (through the link). */
export type JobContext = ScaleUnitCaller;

/** What one run of a job did. `errors` holds messages (capped, see `maxRunErrors`). */
export interface JobResult {
  read: number;
  done: number;
  failed: number;
  errors: JobRun['errors'];
}

/** A batch job: runs to completion, yielding to the event loop between batches. */
export type JobFunction = (ctx: JobContext) => Promise<JobResult>;

/** A run keeps at most this many error messages. */
export const maxRunErrors = 100;

/** Name, former name and description of each job, as the HQ console shows them. */
export const jobInfo: Record<
  JobId,
  { name: string; formerName: string | null; description: string }
> = {
  'p-job': {
    name: 'P-job',
    formerName: null,
    description:
      'P-0001 (upload of channel transactions): moves new asynchronous records from the channel database to HQ, incrementally by replication counter.',
  },
  'sync-customers': {
    name: 'Synchronize customers and channel requests',
    formerName: 'Synchronize customers and business partners from async mode',
    description:
      'Turns each pending asynchronous customer into an HQ customer with an account number, applies queued edits and addresses once their customer exists (in order), and marks each operation completed or failed.',
  },
  'distribution-1010': {
    name: '1010',
    formerName: null,
    description:
      'Customers distribution: sends new and changed customers, with each async customer’s account number, to the channel database.',
  },
};
