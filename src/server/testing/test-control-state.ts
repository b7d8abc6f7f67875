import type { RealtimeCapacity } from '../../contract/hq-admin.ts';

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
  /** Uploads answered with every record accepted, nothing stored (the bench's no-op drain). */
  uploadsAnswerOnly: boolean;
  /** The Real-time Service's capacity (benchmarks); null is unlimited. */
  realtimeCapacity: RealtimeCapacity;
  /** Calls that reached the Real-time Service since start or the last reset. */
  realtimeCalls: number;
}
