import type { RegisteredRoute } from '../platform/openapi/openapi-route.ts';

/** The files of the POS and the HQ console (@fastify/static's wildcard and the console's index). */
const staticFileRoutes = new Set(['/*', '/hq', '/hq/']);

/**
 * The API an integrator can call, of the routes an app registered (issue 12's OpenAPI coverage
 * tests). Left out, and only these: static files and the SPA fallback (pages, not API); the HEAD
 * routes Fastify adds beside each GET (the same route without a body); and the test controls
 * under /api/test/, which exist only in test runs (TEST_CONTROLS) and are no contract.
 */
export function apiRoutes(routes: readonly RegisteredRoute[]): RegisteredRoute[] {
  const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.path));
  return routes.filter(
    (r) =>
      !staticFileRoutes.has(r.path) &&
      !(r.method === 'HEAD' && gets.has(r.path)) &&
      !r.path.startsWith('/api/test/'),
  );
}
