import {
  LinkUnreachableError,
  type RegisterActivity,
  type ScaleUnitInfo,
} from '../../link/link.ts';
import { nowIso, type Clock } from '../../platform/clock.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import type { HqDb } from '../db/hq-db.ts';
import type { ScaleUnitDirectory, ScaleUnitEntry } from './scale-unit-directory.ts';
import {
  readScaleUnitStatuses,
  recordDescription,
  recordFailure,
  recordTransfer,
} from './scale-unit-status.ts';
import { message, type Message } from '../../../contract/messages.ts';

/** What HQ code needs to call its scale units. */
export interface ScaleUnitCaller {
  hqDb: HqDb;
  clock: Clock;
  scaleUnits: ScaleUnitDirectory;
}

/** How a failed call to a scale unit reads in a job's history and in the console. */
export function scaleUnitFailure(id: string, error: unknown): Message {
  if (error instanceof LinkUnreachableError) {
    return message('scale-unit-unreachable', { id, reason: error.reason });
  }
  const refusal = error instanceof Error ? error.message : String(error);
  return message('scale-unit-refused', { id, message: refusal });
}

/** A scale unit's answer, or `LinkUnreachableError` when there is none within `ms`. */
function answerWithin<T>(
  unit: ScaleUnitEntry,
  answer: Promise<T>,
  ms: number | undefined,
): Promise<T> {
  if (ms === undefined) return answer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LinkUnreachableError(unit.id, `no answer within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/**
 * Asks every scale unit at once what it serves, giving each at most `timeoutMs` when set (a
 * late answer is ignored); records the answers and the failures. Returns what each one that
 * answered said, by id.
 */
export async function describeScaleUnits(
  ctx: ScaleUnitCaller,
  options: { timeoutMs?: number } = {},
): Promise<Map<string, ScaleUnitInfo>> {
  const answers = await Promise.all(
    ctx.scaleUnits.list().map(async (unit) => {
      try {
        const info = await answerWithin(unit, unit.link.describe(), options.timeoutMs);
        recordDescription(ctx.hqDb, unit.id, info, nowIso(ctx.clock));
        return [[unit.id, info] as const];
      } catch (error) {
        recordFailure(ctx.hqDb, unit.id, scaleUnitFailure(unit.id, error), nowIso(ctx.clock));
        return [];
      }
    }),
  );
  return new Map(answers.flat());
}

function knownFor(ctx: ScaleUnitCaller, storeId: string): ScaleUnitEntry | null {
  const statuses = readScaleUnitStatuses(ctx.hqDb);
  return (
    ctx.scaleUnits.list().find((unit) => statuses.get(unit.id)?.storeIds?.includes(storeId)) ?? null
  );
}

/**
 * The scale unit serving a store, by what the scale units last said (asking them again when
 * none claims it). A 503 `scale-unit-unknown` when none does, or none answers.
 */
export async function scaleUnitForStore(
  ctx: ScaleUnitCaller,
  storeId: string,
): Promise<ScaleUnitEntry> {
  const known = knownFor(ctx, storeId);
  if (known) return known;
  await describeScaleUnits(ctx);
  const found = knownFor(ctx, storeId);
  if (found) return found;
  throw new HttpError(503, 'scale-unit-unknown', message('scale-unit-unknown', { store: storeId }));
}

/**
 * Runs a call to one scale unit for an administrator's request: a scale unit that is not
 * reached becomes a 503 `scale-unit-unreachable` (recorded for the console), a refusal passes on.
 */
export async function callScaleUnit<T>(
  ctx: ScaleUnitCaller,
  unit: ScaleUnitEntry,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof LinkUnreachableError)) throw error;
    recordFailure(ctx.hqDb, unit.id, scaleUnitFailure(unit.id, error), nowIso(ctx.clock));
    throw new HttpError(
      503,
      'scale-unit-unreachable',
      message('scale-unit-down', { id: unit.id, reason: error.reason }),
      { cause: error },
    );
  }
}

/** How long the console waits for a scale unit's answer before calling it unreachable. */
export const consoleAnswerMs = 2000;

/**
 * What every scale unit that answers within `consoleAnswerMs` says of its registers, by
 * register id. One that does not is left out (its registers read as not heard from; the Scale
 * units list says it is unreachable), so a dead scale unit never holds up the console.
 */
export async function registerActivityEverywhere(
  ctx: ScaleUnitCaller,
): Promise<Map<string, RegisterActivity>> {
  const answers = await Promise.allSettled(
    ctx.scaleUnits
      .list()
      .map((unit) => answerWithin(unit, unit.link.registerActivity(), consoleAnswerMs)),
  );
  return new Map(
    answers.flatMap((answer) =>
      answer.status === 'fulfilled' ? answer.value.map((r) => [r.registerId, r] as const) : [],
    ),
  );
}

/**
 * A job's transfer with one scale unit: on success its last pull or push is recorded; on any
 * failure the scale unit's last error is, and the readable message is returned (the job names it
 * in its run and goes on to the next scale unit). Null when the transfer succeeded.
 */
export async function transferWith(
  ctx: ScaleUnitCaller,
  unit: ScaleUnitEntry,
  kind: 'pull' | 'push',
  transfer: () => Promise<void>,
): Promise<Message | null> {
  try {
    await transfer();
    recordTransfer(ctx.hqDb, unit.id, kind, nowIso(ctx.clock));
    return null;
  } catch (error) {
    const failure = scaleUnitFailure(unit.id, error);
    recordFailure(ctx.hqDb, unit.id, failure, nowIso(ctx.clock));
    return failure;
  }
}
