import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyServerFactory,
  type FastifyServerOptions,
} from 'fastify';
import { existsSync } from 'node:fs';
import { installCompression } from './http/compression.ts';
import { frameworkErrorReply, installErrorHandler } from './http/error-handler.ts';
import { installHostAllowList } from './http/host-allow-list.ts';
import { installHttpsRedirect } from './http/https-redirect.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { installUnsafeTextGuard } from './http/unsafe-text-guard.ts';
import { spaFallback } from './http/static-routes.ts';
import type { HttpsSide } from './tls/https-side.ts';

/** Request bodies larger than this are refused with 413 (routes that need more say so). */
export const bodyLimitBytes = 1024 * 1024;

/** What every service's Fastify app starts from. */
export interface BaseAppOptions {
  /** The built POS and HQ console; null or a missing directory serves no static files. */
  distDir?: string | null;
  /** Fastify's logger: off in tests; pino options (JSON, or pino-pretty on a terminal) in main. */
  logger?: FastifyServerOptions['logger'];
  /** Makes the server(s) the app answers on (main: plain http and https, one handler). */
  serverFactory?: FastifyServerFactory;
  /**
   * The https side (issue 11): Host allow-list, redirect to https, the tablet downloads. Absent
   * (most unit tests): any Host is answered and nothing is redirected.
   */
  https?: HttpsSide;
  /** Routes whose body holds records checked one by one for unsafe text (see the guard). */
  perRecordRoutes: readonly string[];
}

/** The static files' directory when it exists. */
export function existingDistDir(distDir: string | null | undefined): string | null {
  return distDir && existsSync(distDir) ? distDir : null;
}

/**
 * A Fastify app with what every service needs before its routes: errors as JSON (the SPA for
 * unknown pages when static files are served), compressed answers, the Host allow-list and https
 * redirect, the security headers and the unsafe-text guard. It does not listen.
 */
export function createBaseApp(options: BaseAppOptions): FastifyInstance {
  // Registers call often: log start-up, warnings and errors, not every request.
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: bodyLimitBytes,
    frameworkErrors: frameworkErrorReply,
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  });
  installCompression(app); // issue 13: before any route, so every route gets its hook
  installErrorHandler(app, existingDistDir(options.distDir) ? spaFallback : null);
  if (options.https) {
    installHostAllowList(app, options.https.answersTo);
    if (options.https.redirect) installHttpsRedirect(app, options.https.port);
  }
  installSecurityHeaders(app);
  installUnsafeTextGuard(app, options.perRecordRoutes);
  return app;
}
