import type { FastifyInstance } from 'fastify';
import { hostName, isLoopbackName } from './loopback.ts';
import { requestPath } from './request-path.ts';

/** Paths plain http still serves by any name: what a tablet needs before it trusts the CA. */
function servedOverHttp(path: string): boolean {
  return (
    path === '/tablet' || path.startsWith('/tablet/') || path === '/healthz' || path === '/readyz'
  );
}

/**
 * Plain http by a name that is not loopback gets 308 to the same name, path and query over
 * https: the page's origin, not the socket, decides whether the browser grants a secure context.
 * Only names the Host allow-list accepted get here, so this never redirects elsewhere.
 */
export function installHttpsRedirect(app: FastifyInstance, httpsPort: number): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') return;
    const name = hostName(request.headers.host);
    if (isLoopbackName(name) || servedOverHttp(requestPath(request))) return;
    const port = httpsPort === 443 ? '' : `:${httpsPort}`;
    return reply.redirect(`https://${name}${port}${request.url}`, 308);
  });
}
