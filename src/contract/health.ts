import { z } from './zod.ts';
import { asyncRecordSchema, uploadResultSchema } from './upload.ts';
import { messageSchema } from './message-schema.ts';

/** X3: what a register reports of its upload queue with every heartbeat. */
export const queueHealthSchema = z.strictObject({
  /** Records not yet accepted by the scale unit (waiting or being sent). */
  waiting: z.int().check(z.minimum(0), z.maximum(10_000_000)),
  /** Records the scale unit refused (Needs attention). */
  needsAttention: z.int().check(z.minimum(0), z.maximum(10_000_000)),
  /** When the oldest record still waiting was created, or null. */
  oldestWaitingAt: z.nullable(z.iso.datetime()),
  /** Whether the browser granted persistent storage (B15), or null when unknown. */
  persistentStorage: z.nullable(z.boolean()),
});
export type QueueHealth = z.infer<typeof queueHealthSchema>;

/** The heartbeat is a POST carrying the queue's health. */
export const heartbeatRequestSchema = z.strictObject({ queue: queueHealthSchema });

/** X3 at HQ: each register's last report, and whether it looks stuck. */
export const registerHealthSchema = z.strictObject({
  registerId: z.string(),
  registerNumber: z.string(),
  storeId: z.string(),
  activated: z.boolean(),
  /** When HQ retired the register (it is no longer in use), or null. A retired one is never stuck. */
  retiredAt: z.nullable(z.iso.datetime()),
  lastSeenAt: z.nullable(z.iso.datetime()),
  queue: z.nullable(queueHealthSchema),
  /** Why the register looks stuck (silent too long, or records waiting too long), or null. */
  stuckReason: z.nullable(messageSchema),
});
export type RegisterHealth = z.infer<typeof registerHealthSchema>;
export const registerHealthResponseSchema = z.strictObject({
  registers: z.array(registerHealthSchema),
  /** The thresholds used: no heartbeat for this long, or a record waiting this long, is stuck. */
  silentMinutes: z.int().check(z.minimum(1)),
  waitingMinutes: z.int().check(z.minimum(1)),
});

/** X4: the file a register exports with its unsynced records, for HQ to import. */
export const rescueFileSchema = z.strictObject({
  format: z.literal('pos-rescue/1'),
  storeId: z.string().check(z.minLength(1), z.maxLength(20)),
  registerId: z.string().check(z.minLength(1), z.maxLength(20)),
  exportedAt: z.iso.datetime(),
  records: z.array(asyncRecordSchema).check(z.maxLength(50_000)),
});
export type RescueFile = z.infer<typeof rescueFileSchema>;

/**
 * What HQ's import accepts: a rescue file whose records are checked one by one (like an
 * upload's), so one damaged record is refused alone and the rest still come in.
 */
export const rescueImportRequestSchema = z.extend(rescueFileSchema, {
  records: z.array(z.looseObject({ guid: z.uuid() })).check(z.maxLength(50_000)),
});

/** What an import did; importing the same file again accepts nothing new. */
export const rescueImportResultSchema = z.strictObject({
  accepted: z.int().check(z.minimum(0)),
  duplicates: z.int().check(z.minimum(0)),
  rejected: z.int().check(z.minimum(0)),
  results: z.array(uploadResultSchema),
});

/** An admin revoking a register's device token (a lost or stolen device). */
export const registerRevokeResponseSchema = z.strictObject({
  registerId: z.string(),
  revoked: z.boolean(),
});

/** GET apiPaths.healthz: the process answers. */
export const livenessSchema = z.strictObject({ status: z.literal('ok') });

/** The parts /readyz checks, each true when ready. */
export const readinessChecks = [
  'hqDatabase',
  'channelDatabase',
  'migrations',
  'jobScheduler',
] as const;
export type ReadinessCheck = (typeof readinessChecks)[number];

/**
 * GET apiPaths.readyz: 200 `ready` when every check passes, 503 `not-ready` naming those that
 * do not. Public: it tells nothing but this.
 */
export const readinessSchema = z.strictObject({
  status: z.enum(['ready', 'not-ready']),
  notReady: z.array(z.enum(readinessChecks)),
});
export type Readiness = z.infer<typeof readinessSchema>;
