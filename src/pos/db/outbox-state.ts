import type { Message, StoredMessage } from '../../contract/messages.ts';
/**
 * The upload queue's states, changed only through `transition`.
 *
 *   pending ──send──▶ sending ──accepted──▶ uploaded ──synced──▶ synced
 *      ▲                 │ │                                      ▲
 *      │◀──retry(backoff)┘ └──rejected──▶ rejected (Needs attention)
 *      │                                      │
 *      └──────────────resend (after a fix)────┘
 *
 * `retry-now` makes a pending entry due at once (the cashier pressed Sync now, or the register
 * was activated again): backoff protects the server, not the cashier's explicit request.
 * `interrupted` puts back a `sending` entry whose drain died (tab closed, worker stopped):
 * it is sent again, and the server's idempotency makes that harmless.
 * `synced` can also be reached from any earlier state: the account number may arrive by
 * download before the upload's answer did (the answer was lost after the commit).
 * "Waiting for network" is not a state: it is the connectivity flag beside the queue.
 */
export const outboxStates = ['pending', 'sending', 'uploaded', 'synced', 'rejected'] as const;
export type OutboxState = (typeof outboxStates)[number];

export type OutboxEvent =
  | { type: 'send' }
  | { type: 'accepted' }
  | { type: 'retry'; error: Message; nextAttemptAt: number }
  | { type: 'rejected'; reason: Message }
  | { type: 'synced' }
  | { type: 'resend' }
  | { type: 'interrupted' }
  | { type: 'retry-now' };

/** The part of an outbox entry the state machine owns. */
export interface OutboxStatus {
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  /** Why the last attempt failed (an English string in entries stored before issue 13). */
  lastError?: StoredMessage;
}

/** Thrown when an event does not apply to the entry's state: a bug, never a user error. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly from: OutboxState,
    readonly event: OutboxEvent['type'],
  ) {
    super(`Outbox entry in state "${from}" cannot take "${event}".`);
    this.name = 'InvalidTransitionError';
  }
}

/** Applies one event to an entry's status; returns a new status, never mutates. */
export function transition<T extends OutboxStatus>(entry: T, event: OutboxEvent): T {
  const fail = (): never => {
    throw new InvalidTransitionError(entry.state, event.type);
  };
  switch (event.type) {
    case 'send':
      return entry.state === 'pending'
        ? { ...entry, state: 'sending', attempts: entry.attempts + 1 }
        : fail();
    case 'accepted':
      return entry.state === 'sending' ? withoutError({ ...entry, state: 'uploaded' }) : fail();
    case 'retry':
      return entry.state === 'sending'
        ? { ...entry, state: 'pending', nextAttemptAt: event.nextAttemptAt, lastError: event.error }
        : fail();
    case 'rejected':
      return entry.state === 'sending'
        ? { ...entry, state: 'rejected', lastError: event.reason }
        : fail();
    case 'synced':
      return entry.state === 'synced' ? entry : withoutError({ ...entry, state: 'synced' });
    case 'retry-now':
      return entry.state === 'pending' ? { ...entry, nextAttemptAt: 0 } : fail();
    case 'interrupted':
      return entry.state === 'sending' ? { ...entry, state: 'pending' } : fail();
    case 'resend':
      return entry.state === 'rejected'
        ? withoutError({ ...entry, state: 'pending', nextAttemptAt: 0 })
        : fail();
  }
}

function withoutError<T extends OutboxStatus>(entry: T): T {
  const copy = { ...entry };
  delete copy.lastError;
  return copy;
}
