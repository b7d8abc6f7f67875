import type { HqLink } from '../link/link.ts';
import type { Clock } from '../platform/clock.ts';
import type { TestControlState } from '../testing/test-control-state.ts';
import type { ChannelConfigSource } from './channel-config.ts';
import type { ChannelDb } from './db/channel-db.ts';
import type { PokeHub } from './events/poke-hub.ts';

/** What the scale unit's route groups work with. */
export interface ScaleUnitContext {
  channelDb: ChannelDb;
  clock: Clock;
  /** HQ, through the link (real-time calls). */
  hq: HqLink;
  /** HQ's configuration (stores, registers, settings) as the scale unit has it. */
  config: ChannelConfigSource;
  /** The registers' event streams (issue 12). */
  pokes: PokeHub;
  /** The switches end-to-end tests flip (only with test controls on). */
  testState: TestControlState;
}
