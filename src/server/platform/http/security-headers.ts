import type { FastifyInstance, FastifyReply } from 'fastify';
import { requestPath } from './request-path.ts';

/** The Content-Security-Policy every response carries. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Sets the security headers every response carries on one reply. */
export function applySecurityHeaders(reply: FastifyReply): void {
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
}

/**
 * Adds the security headers to every response, `Cache-Control: no-store` to every API answer
 * and health check (customer data and sessions stay out of every cache), and `no-cache` to the
 * service worker and the web manifest so a new version is always found.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(reply);
    const path = requestPath(request);
    if (path.startsWith('/api/') || path === '/healthz' || path === '/readyz') {
      reply.header('cache-control', 'no-store');
    } else if (path === '/sw.js' || path.endsWith('.webmanifest')) {
      reply.header('cache-control', 'no-cache');
    }
    return payload;
  });
}
