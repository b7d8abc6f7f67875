import { HttpError } from './http-error.ts';
import { message } from '../../../contract/messages.ts';

/**
 * For routes that take no body (Run now, Synchronize again, revoke, sign out, issue loyalty
 * card): nothing, or an empty JSON object, is fine; anything else is a 400, so a client that
 * sends data by mistake learns it was not used.
 */
export function expectNoBody(body: unknown): void {
  if (body === undefined) return;
  const isEmptyObject =
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    Object.keys(body).length === 0;
  if (!isEmptyObject) {
    throw new HttpError(400, 'validation', message('no-body'));
  }
}
