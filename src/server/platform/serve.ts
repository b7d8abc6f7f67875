import type { FastifyInstance, FastifyServerFactory } from 'fastify';
import { systemClock } from './clock.ts';
import type { ServerEnv } from './env.ts';
import { createListeners } from './listeners.ts';
import { loggerOptions } from './logger.ts';
import type { HttpsSide } from './tls/https-side.ts';
import { tabletSetup } from './tls/tablet-setup.ts';
import { scheduleTlsRenewal, tlsCheckMessages } from './tls/tls-renewal.ts';
import { openTls } from './tls/tls-service.ts';

/** What a service's app is built with by `serve`. */
export interface ServeParts {
  serverFactory: FastifyServerFactory;
  https: HttpsSide;
  logger: ReturnType<typeof loggerOptions>;
}

/** How one service starts (`npm start`, `npm run start:hq`, `npm run start:scale-unit`). */
export interface ServeOptions {
  env: ServerEnv;
  build(parts: ServeParts): FastifyInstance;
  /** Log lines once listening (where the service is, what it serves). */
  started(app: FastifyInstance): void;
  /** Stops the service's own work (scheduler, timers) and closes its databases. */
  close(): Promise<void>;
}

/**
 * Starts a service the way every service starts: TLS material in DATA_DIR/tls (made or
 * renewed), plain http and https listeners on one app, the tablet addresses logged, hourly
 * certificate checks, and a clean shutdown on SIGTERM/SIGINT.
 */
export async function serve(options: ServeOptions): Promise<FastifyInstance> {
  const { env } = options;
  const clock = systemClock;
  const tls = await openTls({ env, now: clock.now() });
  const listeners = createListeners(tls.service.material());
  const app = options.build({
    serverFactory: listeners.serverFactory,
    https: tls.service,
    logger: loggerOptions(process.stdout.isTTY),
  });
  await listeners.listen(app, { host: env.HOST, port: env.PORT, httpsPort: env.HTTPS_PORT });
  const tlsMessages = tlsCheckMessages(tls.initial, tls.service.dir);
  tlsMessages.info.forEach((line) => app.log.info(line));
  tlsMessages.warn.forEach((line) => app.log.warn(line));
  const tabletUrls = tabletSetup(tls.service.material(), env.HTTPS_PORT).httpsUrls;
  app.log.info(
    tabletUrls.length > 0
      ? `Tablets: ${tabletUrls.join(' · ')}`
      : 'Tablets: no shop-network name or address in the certificate (set TLS_NAMES).',
  );
  const renewal = scheduleTlsRenewal({
    service: tls.service,
    clock,
    initial: tls.initial,
    apply: (material) => listeners.setCertificate(material),
    log: {
      info: (message) => app.log.info(message),
      warn: (message) => app.log.warn(message),
      error: (error) => app.log.error({ err: error }, 'https certificate check failed'),
    },
  });
  options.started(app);

  let closing = false;
  async function shutdown(signal: string): Promise<void> {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    renewal.stop();
    await app.close();
    await options.close();
    app.log.info('Server stopped.');
    process.exit(0);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      shutdown(signal).catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
    });
  }
  return app;
}
