import { describe, expect, it } from 'vitest';
import { plainText } from '../../contract/messages.ts';
import {
  InvalidTransitionError,
  transition,
  type OutboxEvent,
  type OutboxState,
  type OutboxStatus,
} from './outbox-state.ts';

const at = (state: OutboxState, extra: Partial<OutboxStatus> = {}): OutboxStatus => ({
  state,
  attempts: 1,
  nextAttemptAt: 5,
  ...extra,
});

describe('outbox transition', () => {
  const allowed: [OutboxState, OutboxEvent, Partial<OutboxStatus>][] = [
    ['pending', { type: 'send' }, { state: 'sending', attempts: 2 }],
    ['sending', { type: 'accepted' }, { state: 'uploaded' }],
    [
      'sending',
      { type: 'retry', error: plainText('HTTP 503'), nextAttemptAt: 5000 },
      { state: 'pending', nextAttemptAt: 5000, lastError: plainText('HTTP 503') },
    ],
    [
      'sending',
      { type: 'rejected', reason: plainText('Bad email') },
      { state: 'rejected', lastError: plainText('Bad email') },
    ],
    ['sending', { type: 'interrupted' }, { state: 'pending', attempts: 1 }],
    ['rejected', { type: 'resend' }, { state: 'pending', nextAttemptAt: 0 }],
    ['pending', { type: 'retry-now' }, { state: 'pending', nextAttemptAt: 0 }],
    ['pending', { type: 'synced' }, { state: 'synced' }],
    ['sending', { type: 'synced' }, { state: 'synced' }],
    ['uploaded', { type: 'synced' }, { state: 'synced' }],
    ['synced', { type: 'synced' }, { state: 'synced' }],
  ];
  it.each(allowed)('%s + %o → %o', (from, event, expected) => {
    expect(transition(at(from), event)).toMatchObject(expected);
  });

  it('clears the last error when an entry is accepted or resent', () => {
    expect(
      transition(at('sending', { lastError: plainText('HTTP 503') }), { type: 'accepted' }),
    ).not.toHaveProperty('lastError');
    expect(transition(at('rejected', { lastError: 'Bad' }), { type: 'resend' })).not.toHaveProperty(
      'lastError',
    );
  });

  const refused: [OutboxState, OutboxEvent['type']][] = [
    ['sending', 'send'],
    ['uploaded', 'send'],
    ['synced', 'send'],
    ['rejected', 'send'],
    ['pending', 'accepted'],
    ['uploaded', 'accepted'],
    ['synced', 'retry'],
    ['uploaded', 'rejected'],
    ['pending', 'resend'],
    ['uploaded', 'interrupted'],
    ['sending', 'retry-now'],
    ['rejected', 'retry-now'],
  ];
  it.each(refused)('refuses %s + %s', (from, type) => {
    const event = { type, error: 'x', reason: 'x', nextAttemptAt: 1 } as OutboxEvent;
    expect(() => transition(at(from), event)).toThrow(InvalidTransitionError);
  });

  it('never mutates the entry it is given', () => {
    const entry = at('pending');
    transition(entry, { type: 'send' });
    expect(entry).toEqual(at('pending'));
  });
});
