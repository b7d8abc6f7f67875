import type { FastifyRequest } from 'fastify';

/**
 * A request's path as the router matches it: without the query string, percent-decoded, so
 * `/api/%68q/…` is `/api/hq/…` for every hook that decides by path (as it is for the router).
 */
export function requestPath(request: FastifyRequest): string {
  const raw = request.url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
