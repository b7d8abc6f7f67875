import { z } from './zod.ts';

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
   * The last failure to reach it or its refusal, worded as in the jobs' history (see
   * `scaleUnitErrorTemplates`); null once a later call succeeded.
   */
  lastError: z.nullable(z.string()),
  lastErrorAt: z.nullable(z.iso.datetime()),
});
export type ScaleUnitSummary = z.infer<typeof scaleUnitSummarySchema>;

/** Reply to GET apiPaths.hqScaleUnits: every configured scale unit, in the jobs' order. */
export const scaleUnitsResponseSchema = z.strictObject({
  scaleUnits: z.array(scaleUnitSummarySchema),
});
export type ScaleUnitsResponse = z.infer<typeof scaleUnitsResponseSchema>;

/**
 * How HQ words a failed call to a scale unit (the jobs' history, `lastError`), in English; the
 * console's catalogs translate them by these templates.
 */
export const scaleUnitErrorTemplates = {
  unreachable: "Scale unit '{{id}}' was not reached ({{reason}}); it is caught up on a later run.",
  refused: "Scale unit '{{id}}' refused the call: {{message}}",
} as const;

/** A failed call's message as HQ records it: the kind's template filled with `values`. */
export function scaleUnitErrorMessage(
  kind: keyof typeof scaleUnitErrorTemplates,
  values: { id: string; reason?: string; message?: string },
): string {
  return scaleUnitErrorTemplates[kind].replace(
    /\{\{(\w+)\}\}/g,
    (_, name: 'id' | 'reason' | 'message') => values[name] ?? '',
  );
}
