import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import path from 'node:path';
import { HttpError } from './http-error.ts';
import { message } from '../../../contract/messages.ts';

/**
 * Which app a service serves: both (`npm start`), the HQ console only (headquarters: '/' leads
 * to it), or the POS only (a scale unit: the console is at headquarters, so '/hq' is not found).
 */
export type ServedApps = 'pos-and-console' | 'console' | 'pos';

/** Serves the built POS at '/' and the HQ console at '/hq' from `distDir` (as `apps` says). */
export function registerStaticFiles(
  app: FastifyInstance,
  distDir: string,
  apps: ServedApps = 'pos-and-console',
): void {
  if (apps === 'console') app.get('/', (_request, reply) => reply.redirect('/hq/'));
  if (apps === 'pos') {
    app.addHook('onRequest', (request, _reply, done) => {
      const urlPath = request.url.split('?')[0] ?? '';
      done(
        urlPath === '/hq' || urlPath.startsWith('/hq/')
          ? new HttpError(404, 'not-found', message('console-at-hq'))
          : undefined,
      );
    });
  }
  void app.register(fastifyStatic, {
    root: path.resolve(distDir),
    wildcard: true,
    index: ['index.html'],
    redirect: false,
    // Issue 13: the build writes brotli and gzip files beside the assets worth it (vite.config.ts);
    // a client that accepts them gets that file, as it is, instead of the original.
    preCompressed: true,
    // Which file was sent depends on Accept-Encoding: no cache may give it to another client.
    setHeaders: (res) => {
      res.setHeader('vary', 'accept-encoding');
    },
  });
  if (apps === 'pos') return;
  const hqIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.sendFile('hq/index.html');
  app.get('/hq', hqIndex);
  app.get('/hq/', hqIndex);
}

/**
 * SPA fallback for unknown GETs outside /api/ that accept HTML: the HQ console's index under
 * /hq/, the POS's index elsewhere. Returns null when the request should get a 404 instead.
 */
export function spaFallback(request: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  const urlPath = request.url.split('?')[0] ?? '';
  const wantsHtml = (request.headers.accept ?? '').includes('text/html');
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !wantsHtml) return null;
  if (urlPath.startsWith('/api/') || urlPath === '/api') return null;
  const file = urlPath.startsWith('/hq/') ? 'hq/index.html' : 'index.html';
  return reply.sendFile(file);
}
