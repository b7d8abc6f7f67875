import { inProcessHqLink, inProcessScaleUnitLink } from './link/in-process.ts';
import type { HqLink, ScaleUnitLink } from './link/link.ts';
import type { Clock } from './platform/clock.ts';
import type { HqDb } from './headquarters/db/hq-db.ts';
import { createJobRunner, type JobRunner } from './headquarters/jobs/job-runner.ts';
import { createHqLinkService } from './headquarters/link-service.ts';
import {
  scaleUnitDirectory,
  type ScaleUnitDirectory,
} from './headquarters/scale-units/scale-unit-directory.ts';
import { liveConfigSource, type ChannelConfigSource } from './scale-unit/channel-config.ts';
import type { ChannelDb } from './scale-unit/db/channel-db.ts';
import { createScaleUnitLinkService } from './scale-unit/link-service.ts';
import type { PokeHub } from './scale-unit/events/poke-hub.ts';
import { createRegisterPokeHub } from './scale-unit/events/register-pokes.ts';

/** The id of the one scale unit `npm start` runs beside HQ. */
export const localScaleUnitId = 'local';

/** Headquarters and its one scale unit in one process, joined by the in-process link. */
export interface InProcessSystem {
  /** What the scale unit calls HQ through. */
  hq: HqLink;
  /** What HQ's jobs and console call the scale unit through. */
  scaleUnits: ScaleUnitDirectory;
  scaleUnit: ScaleUnitLink;
  /** The scale unit reads HQ's configuration live: HQ is always there. */
  config: ChannelConfigSource;
  /** The registers' event streams. */
  pokes: PokeHub;
  jobs: JobRunner;
}

/** Joins HQ and the `local` scale unit, which serves every store, in this process. */
export function connectInProcess(deps: {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock: Clock;
  /** The event streams' ping interval (default 20 s; tests pass a short one). */
  heartbeatMs?: number;
}): InProcessSystem {
  const { hqDb, channelDb, clock } = deps;
  const pokes = createRegisterPokeHub(
    { channelDb, clock },
    deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs },
  );
  // Values cross the in-process link copied, as over HTTP: neither side shares an object.
  const hq = inProcessHqLink(createHqLinkService({ hqDb, clock }));
  const config = liveConfigSource(channelDb, hq);
  const scaleUnitService = createScaleUnitLinkService({
    id: localScaleUnitId,
    storeIds: null,
    channelDb,
    clock,
    config,
    pokes,
  });
  const scaleUnit = inProcessScaleUnitLink(scaleUnitService, localScaleUnitId);
  const scaleUnits = scaleUnitDirectory([{ id: localScaleUnitId, url: null, link: scaleUnit }]);
  const jobs = createJobRunner({ hqDb, clock, scaleUnits });
  return { hq, scaleUnits, scaleUnit, config, pokes, jobs };
}
