import type { LiveState } from './register-events.ts';

/** What decides when the page polls the scale unit next (issue 12). */
export interface PollInputs {
  /** The event stream's state (this tab's, or that of the tab holding it). */
  live: LiveState;
  /** The register counts itself online (B3). */
  online: boolean;
  /** Records wait to upload (pending or sending). */
  waiting: boolean;
}

export interface PollIntervals {
  /** The short interval: uploads retried after backoff, a failed call checked again (5 s). */
  intervalMs: number;
  /** While the stream is down: config, feed and heartbeat this often (`streamDownPollMs`). */
  downPollMs: number;
}

/**
 * How long until the next poll, or null for none. An idle register with a live stream sends
 * nothing but its stream: the scale unit pokes it. Records waiting to upload keep the short
 * interval whatever the stream does (B5: retried as soon as their backoff is over), and so does
 * a live stream while a real-time call marked the register offline (B3: it comes back online
 * on its own). Otherwise, with the stream down or not yet up, once a minute.
 *
 *   | waiting | live stream | online | next poll  |
 *   | yes     | any         | any    | intervalMs |
 *   | no      | live        | yes    | none       |
 *   | no      | live        | no     | intervalMs |
 *   | no      | down/conn.  | any    | downPollMs |
 */
export function nextPollMs(inputs: PollInputs, intervals: PollIntervals): number | null {
  if (inputs.waiting) return intervals.intervalMs;
  if (inputs.live === 'live') return inputs.online ? null : intervals.intervalMs;
  return intervals.downPollMs;
}
