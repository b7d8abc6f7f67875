import type { JobId } from '../../../contract/hq-admin.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ChannelDb } from '../../scale-unit/db/channel-db.ts';
import type { HqDb } from '../db/hq-db.ts';
import type { RegisterTopic } from '../../../contract/register-events.ts';

/** What a job needs: both databases and the clock (and the registers' pokes, issue 12). */
export interface JobContext {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock: Clock;
  /** Tells registers to download (the scale unit's poke hub; issue 12). */
  pokes?: {
    poke(
      target: 'all' | { registerIds: readonly string[] },
      topics: readonly RegisterTopic[],
    ): void;
  };
}

/** What one run of a job did. `errors` holds readable messages (capped, see `maxRunErrors`). */
export interface JobResult {
  read: number;
  done: number;
  failed: number;
  errors: string[];
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
