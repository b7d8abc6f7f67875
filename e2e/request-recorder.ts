import type { BrowserContext, Request } from '@playwright/test';

/** Every request the context sends (pages and service worker), by path, from now on. */
export function recordRequests(context: BrowserContext) {
  const seen: { path: string; request: Request }[] = [];
  let lastAt = Date.now();
  context.on('request', (request) => {
    const url = new URL(request.url());
    seen.push({ path: url.pathname, request });
    lastAt = Date.now();
  });
  return {
    seen,
    /** When the last request was sent (ms since the epoch). */
    lastAt: () => lastAt,
    /** The paths of the requests sent since `from` (an index into `seen`). */
    pathsSince: (from: number) => seen.slice(from).map((r) => r.path),
  };
}
