import { describe, expect, it } from 'vitest';
import type { ApiFailure } from './api-client.ts';
import {
  classifyFailure,
  isCommunicationFailure,
  realtimeValue,
  type FailureClass,
} from './classify.ts';
import { plainText } from '../../contract/messages.ts';

const http = (status: number): ApiFailure => ({
  kind: 'http',
  status,
  message: plainText(`HTTP ${status}`),
  body: null,
});

describe('classifyFailure', () => {
  const cases: [string, ApiFailure, FailureClass][] = [
    ['network error', { kind: 'network', message: plainText('down') }, 'retry'],
    ['time-out', { kind: 'timeout', message: plainText('slow') }, 'retry'],
    ['500', http(500), 'retry'],
    ['503', http(503), 'retry'],
    ['429', http(429), 'retry'],
    ['408', http(408), 'retry'],
    ['400 validation', http(400), 'reject'],
    ['413 too large', http(413), 'reject'],
    ['409', http(409), 'reject'],
    ['401', http(401), 'unauthorized'],
    ['403', http(403), 'unauthorized'],
    ['unreadable answer', { kind: 'invalid-response', message: plainText('?') }, 'reject'],
  ];
  it.each(cases)('%s → %s', (_name, failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });

  it('treats only retryable failures as communication failures (B3 fallback)', () => {
    expect(isCommunicationFailure({ kind: 'timeout', message: plainText('') })).toBe(true);
    expect(isCommunicationFailure(http(502))).toBe(true);
    expect(isCommunicationFailure(http(400))).toBe(false);
    expect(isCommunicationFailure(http(401))).toBe(false);
  });
});

describe('realtimeValue', () => {
  it('returns the value, or throws the message and reports only communication failures', () => {
    let reported = 0;
    const connectivity = { reportCommunicationFailure: () => (reported += 1) };
    expect(realtimeValue({ ok: true, value: 42 }, connectivity)).toBe(42);
    expect(() => realtimeValue({ ok: false, failure: http(409) }, connectivity)).toThrow(
      'HTTP 409',
    );
    expect(reported).toBe(0);
    expect(() =>
      realtimeValue(
        { ok: false, failure: { kind: 'network', message: plainText('down') } },
        connectivity,
      ),
    ).toThrow('down');
    expect(reported).toBe(1);
  });
});
