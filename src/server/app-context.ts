import type { RealtimeCapacity } from '../contract/hq-admin.ts';
import type { Clock } from './platform/clock.ts';
import type { ChannelDb } from './scale-unit/db/channel-db.ts';
import type { HqDb } from './headquarters/db/hq-db.ts';
import type { JobRunner } from './headquarters/jobs/job-runner.ts';
import type { AdminPasswordConfig } from './headquarters/admin-password-service.ts';
import type { PokeHub } from './scale-unit/events/poke-hub.ts';

/** Switches the end-to-end tests flip through /api/test/* (only with test controls on). */
export interface TestControlState {
  /** False: every scale-unit request has its socket destroyed without an answer. */
  scaleUnitReachable: boolean;
  /** How many coming upload requests answer `uploadFailureStatus` before doing any work. */
  uploadFailures: number;
  uploadFailureStatus: number;
  /** How many coming uploads are stored and then answered by a destroyed connection. */
  dropAfterCommit: number;
  /** Share (0 to 1) of register and real-time requests answered 503 before any work. */
  failureRate: number;
  /** Delay in ms before every register and real-time request is handled. */
  delayMs: number;
  /** The Real-time Service's capacity (benchmarks); null is unlimited. */
  realtimeCapacity: RealtimeCapacity;
  /** Calls that reached the Real-time Service since start or the last reset. */
  realtimeCalls: number;
}

/** When a register looks stuck at HQ (X3). */
export interface RegisterHealthThresholds {
  /** An activated register not heard from for this long. */
  silentMinutes: number;
  /** A register whose oldest waiting record is this old. */
  waitingMinutes: number;
}

/** What every route group works with. */
export interface AppContext {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock: Clock;
  jobs: JobRunner;
  testState: TestControlState;
  /** The HQ console password from the environment, and whether it is the default. */
  adminPassword: AdminPasswordConfig;
  /** The plain-http port, for the address the default-password refusal names. */
  httpPort: number;
  registerHealth: RegisterHealthThresholds;
  /** A number in [0, 1); tests pass their own for fault injection's failure rate. */
  random: () => number;
  /** The registers' event streams: `pokes.poke(target, topics)` tells them to download (issue 12). */
  pokes: PokeHub;
}
