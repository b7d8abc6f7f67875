import type { QueueHealth, RegisterHealth } from '../../contract/health.ts';
import { message, type Message } from '../../contract/messages.ts';

/** When a register looks stuck at HQ (X3). */
export interface RegisterHealthThresholds {
  /** An activated register not heard from for this long. */
  silentMinutes: number;
  /** A register whose oldest waiting record is this old. */
  waitingMinutes: number;
}

const minuteMs = 60_000;

/** What HQ knows of one register when judging whether it is stuck. */
export interface RegisterState {
  activated: boolean;
  /** When its valid token was issued (the baseline before its first contact), or null. */
  activatedAt: string | null;
  lastSeenAt: string | null;
  queue: QueueHealth | null;
}

/**
 * Why a register looks stuck, first match wins (X3):
 * 1. activated and not heard from for `silentMinutes` (counted from its activation when that
 *    is later than its last call);
 * 2. its oldest waiting record is `waitingMinutes` old;
 * 3. records that need attention.
 * Null when none applies. Ages are whole minutes, rounded down.
 */
export function stuckReason(
  register: RegisterState,
  now: Date,
  thresholds: RegisterHealthThresholds,
): Message | null {
  const ageMinutes = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / minuteMs);
  // The later of its last call and its activation (a register activated again starts afresh).
  const contacts = [register.lastSeenAt, register.activatedAt].filter((t) => t !== null);
  const lastContact = contacts.sort().at(-1);
  if (register.activated && lastContact) {
    const silent = ageMinutes(lastContact);
    if (silent >= thresholds.silentMinutes) {
      return message(silent === 1 ? 'no-contact-one' : 'no-contact', { n: silent });
    }
  }
  const queue = register.queue;
  if (queue?.oldestWaitingAt) {
    const waiting = ageMinutes(queue.oldestWaitingAt);
    if (waiting >= thresholds.waitingMinutes) {
      return message(waiting === 1 ? 'records-waiting-one' : 'records-waiting', { n: waiting });
    }
  }
  if (queue && queue.needsAttention > 0) {
    const n = queue.needsAttention;
    return message(n === 1 ? 'records-need-attention-one' : 'records-need-attention', { n });
  }
  return null;
}

/** One register's health as the console shows it; a retired register is never stuck. */
export function registerHealth(
  register: { id: string; number: string; storeId: string; retiredAt: string | null },
  state: RegisterState,
  now: Date,
  thresholds: RegisterHealthThresholds,
): RegisterHealth {
  const retired = register.retiredAt !== null;
  return {
    registerId: register.id,
    registerNumber: register.number,
    storeId: register.storeId,
    activated: state.activated && !retired,
    retiredAt: register.retiredAt,
    lastSeenAt: state.lastSeenAt,
    queue: state.queue,
    stuckReason: retired ? null : stuckReason(state, now, thresholds),
  };
}
