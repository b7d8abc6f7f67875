import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { HttpsInfo } from '../../../contract/tablet-setup.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import type { HttpsSide } from '../../platform/tls/https-side.ts';
import { storeCaMobileconfig } from '../../platform/tls/mobileconfig.ts';
import { message } from '../../../contract/messages.ts';

function storeCa(https: HttpsSide): string {
  const caPem = https.material().caPem;
  if (caPem === null) {
    throw new HttpError(404, 'no-store-ca', message('no-store-ca'));
  }
  return caPem;
}

function download(reply: FastifyReply, type: string, filename: string, body: string) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-cache')
    .send(body);
}

/**
 * Public, no secret (docs/design/tablets-https.md): the store CA as a certificate and as an
 * Apple configuration profile, and the https port for the register's insecure-context screen.
 */
export function tabletRoutes(https: HttpsSide): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.get(apiPaths.tabletCaCertificate, (_request, reply) =>
      download(reply, 'application/x-x509-ca-cert', 'store-ca.crt', storeCa(https)),
    );
    app.get(apiPaths.tabletCaProfile, (_request, reply) =>
      download(
        reply,
        'application/x-apple-aspen-config',
        'store-ca.mobileconfig',
        storeCaMobileconfig(storeCa(https)),
      ),
    );
    app.get(apiPaths.tabletHttps, () => {
      const body: HttpsInfo = { httpsPort: https.port };
      return body;
    });
    done();
  };
}
