import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import path from 'node:path';

/** Serves the built POS at '/' and the HQ console at '/hq' from `distDir`. */
export function registerStaticFiles(app: FastifyInstance, distDir: string): void {
  void app.register(fastifyStatic, {
    root: path.resolve(distDir),
    wildcard: true,
    index: ['index.html'],
    redirect: false,
  });
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
