import type { ScaleUnitsResponse } from '../../../contract/scale-units.ts';
import { consoleAnswerMs, describeScaleUnits, type ScaleUnitCaller } from './scale-unit-calls.ts';
import { readScaleUnitStatuses } from './scale-unit-status.ts';

/**
 * The HQ console's Scale units list: asks every scale unit to describe itself now (all at once,
 * each for at most `timeoutMs`, so a dead one cannot hold the console), records what they said,
 * and joins that with what HQ last heard from each (last pull, push and error), in the jobs' order.
 */
export async function listScaleUnits(
  ctx: ScaleUnitCaller,
  timeoutMs = consoleAnswerMs,
): Promise<ScaleUnitsResponse> {
  const answered = await describeScaleUnits(ctx, { timeoutMs });
  const statuses = readScaleUnitStatuses(ctx.hqDb);
  return {
    scaleUnits: ctx.scaleUnits.list().map((unit) => {
      const status = statuses.get(unit.id);
      const info = answered.get(unit.id);
      return {
        id: unit.id,
        url: unit.url,
        storeIds: info?.storeIds ?? status?.storeIds ?? null,
        connectedRegisters: info?.connectedRegisters ?? null,
        reachable: info !== undefined,
        lastContactAt: status?.lastContactAt ?? null,
        lastPullAt: status?.lastPullAt ?? null,
        lastPushAt: status?.lastPushAt ?? null,
        lastError: status?.lastError ?? null,
        lastErrorAt: status?.lastErrorAt ?? null,
      };
    }),
  };
}
