import { z } from './zod.ts';
import { messageSchema } from './message-schema.ts';

/**
 * One scale unit as the HQ console's Scale units section lists it (issue 12): where HQ reaches
 * it, what it serves, whether it answered just now, and what HQ last heard from it.
 */
export const scaleUnitSummarySchema = z.strictObject({
  id: z.string(),
  /** Where HQ reaches it; null: in HQ's own process (`npm start`). */
  url: z.nullable(z.string()),
  /** The stores it said it serves the last time it answered; null before it ever answered. */
  storeIds: z.nullable(z.array(z.string())),
  /** Registers with a live event stream now; null when it did not answer this request. */
  connectedRegisters: z.nullable(z.int().check(z.minimum(0))),
  /** Whether it answered the describe call HQ made for this request (within a short bound). */
  reachable: z.boolean(),
  /** When it last answered any call of HQ's. */
  lastContactAt: z.nullable(z.iso.datetime()),
  /** The last successful P-job pull from it. */
  lastPullAt: z.nullable(z.iso.datetime()),
  /** The last successful 1010 push to it. */
  lastPushAt: z.nullable(z.iso.datetime()),
  /**
   * The last failure to reach it or its refusal, as in the jobs' history
   * (`scale-unit-unreachable`, `scale-unit-refused`); null once a later call succeeded.
   */
  lastError: z.nullable(messageSchema),
  lastErrorAt: z.nullable(z.iso.datetime()),
});
export type ScaleUnitSummary = z.infer<typeof scaleUnitSummarySchema>;

/** Reply to GET apiPaths.hqScaleUnits: every configured scale unit, in the jobs' order. */
export const scaleUnitsResponseSchema = z.strictObject({
  scaleUnits: z.array(scaleUnitSummarySchema),
});
export type ScaleUnitsResponse = z.infer<typeof scaleUnitsResponseSchema>;
