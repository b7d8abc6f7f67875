import type { Clock } from './clock.ts';
import type { ChannelDb } from './db/channel-db.ts';
import type { HqDb } from './db/hq-db.ts';
import type { JobRunner } from './headquarters/jobs/job-runner.ts';
import type { AdminCredential } from './http/admin-password.ts';

/** Switches the end-to-end tests flip through /api/test/* (only with test controls on). */
export interface TestControlState {
  /** False: every scale-unit request has its socket destroyed without an answer. */
  scaleUnitReachable: boolean;
  /** How many coming upload requests answer `uploadFailureStatus` before doing any work. */
  uploadFailures: number;
  uploadFailureStatus: number;
}

/** What every route group works with. */
export interface AppContext {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock: Clock;
  jobs: JobRunner;
  testState: TestControlState;
  /** The HQ console password's hash. */
  adminCredential: AdminCredential;
}
