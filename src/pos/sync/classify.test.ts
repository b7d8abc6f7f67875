import { describe, expect, it } from 'vitest';
import type { ApiFailure } from './api-client.ts';
import { classifyFailure, isCommunicationFailure, type FailureClass } from './classify.ts';

const http = (status: number): ApiFailure => ({
  kind: 'http',
  status,
  message: `HTTP ${status}`,
  body: null,
});

describe('classifyFailure', () => {
  const cases: [string, ApiFailure, FailureClass][] = [
    ['network error', { kind: 'network', message: 'down' }, 'retry'],
    ['time-out', { kind: 'timeout', message: 'slow' }, 'retry'],
    ['500', http(500), 'retry'],
    ['503', http(503), 'retry'],
    ['429', http(429), 'retry'],
    ['408', http(408), 'retry'],
    ['400 validation', http(400), 'reject'],
    ['413 too large', http(413), 'reject'],
    ['409', http(409), 'reject'],
    ['401', http(401), 'unauthorized'],
    ['403', http(403), 'unauthorized'],
    ['unreadable answer', { kind: 'invalid-response', message: '?' }, 'reject'],
  ];
  it.each(cases)('%s → %s', (_name, failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });

  it('treats only retryable failures as communication failures (B3 fallback)', () => {
    expect(isCommunicationFailure({ kind: 'timeout', message: '' })).toBe(true);
    expect(isCommunicationFailure(http(502))).toBe(true);
    expect(isCommunicationFailure(http(400))).toBe(false);
    expect(isCommunicationFailure(http(401))).toBe(false);
  });
});
