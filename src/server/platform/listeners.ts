import type { FastifyInstance, FastifyServerFactory } from 'fastify';
import http from 'node:http';
import https from 'node:https';
import type { TlsMaterial } from './tls/tls-material.ts';

/**
 * One Fastify app on two listeners (docs/design/tablets-https.md): plain http, which Fastify
 * itself listens on, and https with the store's certificate, which gets the same handler. On
 * the TLS socket `request.protocol` is 'https' (Fastify reads `socket.encrypted`).
 */
export interface Listeners {
  /** Pass to `createApp`: makes both servers around Fastify's handler. */
  serverFactory: FastifyServerFactory;
  /** Listens on PORT (http) and HTTPS_PORT (https), both on `host`; closes https with the app. */
  listen(
    app: FastifyInstance,
    options: { host: string; port: number; httpsPort: number },
  ): Promise<void>;
  /** Serves a renewed certificate to new connections, without a restart. */
  setCertificate(material: TlsMaterial): void;
}

/** Creates the two listeners with the certificate to start with. */
export function createListeners(material: TlsMaterial): Listeners {
  let httpsServer: https.Server | null = null;

  function requireHttps(): https.Server {
    if (!httpsServer) throw new Error('createApp has not made the servers yet.');
    return httpsServer;
  }

  return {
    serverFactory: (handler) => {
      httpsServer = https.createServer({ key: material.key, cert: material.cert }, handler);
      return http.createServer(handler);
    },
    async listen(app, options) {
      const secure = requireHttps();
      // As Fastify closes its own server: requests in flight finish, idle keep-alives end now.
      app.addHook('onClose', (_instance, done) => {
        secure.close(() => done());
        secure.closeIdleConnections();
      });
      // Once listening, an error on the https server (a socket that failed) is logged, not fatal.
      secure.on('error', (error) => app.log.error({ err: error }, 'https server error'));
      await app.listen({ host: options.host, port: options.port });
      await new Promise<void>((resolve, reject) => {
        secure.once('error', reject);
        secure.listen(options.httpsPort, options.host, () => {
          secure.off('error', reject);
          resolve();
        });
      });
    },
    setCertificate(renewed) {
      requireHttps().setSecureContext({ key: renewed.key, cert: renewed.cert });
    },
  };
}
