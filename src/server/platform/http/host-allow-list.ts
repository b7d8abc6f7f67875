import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error.ts';
import { hostName } from './loopback.ts';
import { message } from '../../../contract/messages.ts';

/**
 * Refuses a request whose `Host` is not one of the server's names with 421 `unknown-host`:
 * a page on another site whose name an attacker points at this machine (DNS rebinding) reaches
 * nothing. Runs before every other hook.
 */
export function installHostAllowList(
  app: FastifyInstance,
  answersTo: (name: string) => boolean,
): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const name = hostName(request.headers.host);
    if (answersTo(name)) {
      done();
      return;
    }
    done(new HttpError(421, 'unknown-host', message('unknown-host', { name: name.slice(0, 100) })));
  });
}
