import type { FastifyInstance } from 'fastify';
import { findUnsafeText, unsafeTextMessage } from '../../../contract/safe-text.ts';
import { HttpError } from './http-error.ts';
import { message } from '../../../contract/messages.ts';

/**
 * Refuses with a 400 any request whose query, path parameters or JSON body hold unsafe text
 * (see `findUnsafeText`) before a route runs. Routes in `perRecordRoutes` check their body's
 * records one by one instead (an upload's bad record never rejects the whole batch).
 */
export function installUnsafeTextGuard(
  app: FastifyInstance,
  perRecordRoutes: readonly string[],
): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const parts: [string, unknown][] = [
      ['query', request.query],
      ['params', request.params],
    ];
    if (!perRecordRoutes.includes(request.routeOptions.url ?? '')) parts.push(['', request.body]);
    for (const [where, value] of parts) {
      const path = findUnsafeText(value);
      if (path !== null) {
        const field = where && path !== '_' ? `${where}.${path}` : where || path;
        done(
          new HttpError(400, 'validation', message(unsafeTextMessage), {
            fields: { [field]: message(unsafeTextMessage) },
          }),
        );
        return;
      }
    }
    done();
  });
}
