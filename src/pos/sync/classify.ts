import type { ApiFailure, ApiResult } from './api-client.ts';
import { englishText } from '../../contract/messages.ts';

/**
 * What to do after a failed call:
 * - retry: network error, time-out, 5xx, 408, 429: try again later with backoff;
 * - unauthorized: 401/403: the register must be activated again; keep everything, retry later;
 * - reject: any other 4xx, or an answer we cannot read: the data itself is refused, retrying
 *   the same request cannot help.
 */
export type FailureClass = 'retry' | 'unauthorized' | 'reject';

export function classifyFailure(failure: ApiFailure): FailureClass {
  switch (failure.kind) {
    case 'network':
    case 'timeout':
      return 'retry';
    case 'invalid-response':
      return 'reject';
    case 'http':
      if (failure.status === 401 || failure.status === 403) return 'unauthorized';
      if (failure.status >= 500 || failure.status === 408 || failure.status === 429) return 'retry';
      return 'reject';
  }
}

/**
 * B3: a real-time call that fails this way means the register is offline, so the customer is
 * created asynchronously instead. HQ answering 5xx counts too: nothing the cashier typed is lost.
 */
export function isCommunicationFailure(failure: ApiFailure): boolean {
  return classifyFailure(failure) === 'retry';
}

/** A real-time call that failed: its message is the failure's, and the failure is kept. */
export class CallFailedError extends Error {
  override readonly name = 'CallFailedError';
  readonly failure: ApiFailure;

  constructor(failure: ApiFailure) {
    super(englishText(failure.message));
    this.failure = failure;
  }
}

/**
 * The value of a real-time call, or a CallFailedError with the failure to show. A failure to
 * communicate also marks the register offline (B3).
 */
export function realtimeValue<T>(
  result: ApiResult<T>,
  connectivity: { reportCommunicationFailure: () => void },
): T {
  if (result.ok) return result.value;
  if (isCommunicationFailure(result.failure)) connectivity.reportCommunicationFailure();
  throw new CallFailedError(result.failure);
}
