import type { FastifyInstance, FastifyPluginCallback, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from '../platform/http/http-error.ts';
import { expectNoBody } from '../platform/http/no-body.ts';
import { LinkUnreachableError, type HqLink, type LinkDevice, type ScaleUnitLink } from './link.ts';
import {
  accountParamsSchema,
  activationCodeRequestSchema,
  channelConfigBodySchema,
  importRecordsRequestSchema,
  linkAddressRequestSchema,
  linkCreateRequestSchema,
  linkDeviceSchema,
  linkEditRequestSchema,
  linkHeaders,
  linkPaths,
  linkRoutePatterns,
  linkSearchQuerySchema,
  pullRecordsQuerySchema,
  pushCustomersRequestSchema,
  registerParamsSchema,
} from './wire.ts';
import { message } from '../../contract/messages.ts';

/**
 * The body limit of the link's bulk calls (customer and config pushes, rescue imports): above
 * the app's 1 MiB, which a page of 1,000 customers can pass (see the measure in
 * http-routes.test.ts).
 */
export const linkBodyLimitBytes = 32 * 1024 * 1024;
const bulk = { bodyLimit: linkBodyLimitBytes };

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares two secrets in constant time (hashed first, so the lengths are equal). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

function headerText(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

function bearerOf(request: FastifyRequest): string | null {
  const header = headerText(request, linkHeaders.authorization);
  return (header && /^Bearer ([^\s]+)$/i.exec(header)?.[1]) ?? null;
}

function unknownService(): HttpError {
  return new HttpError(401, 'unknown-service', message('unknown-service'));
}

/**
 * Requires `Authorization: Bearer <secret>` on every route of `scope`, where `secretOf` gives
 * the expected secret for the request (null: no caller of that name). Anything else is a 401
 * `unknown-service`: a register's device token, a missing or wrong credential.
 */
function requireServiceCredential(
  scope: FastifyInstance,
  secretOf: (request: FastifyRequest) => string | null,
): void {
  scope.addHook('onRequest', (request, _reply, done) => {
    const given = bearerOf(request);
    const expected = secretOf(request);
    // Compared even when one is missing, so an unknown caller takes as long as a wrong secret.
    const same = sameSecret(given ?? '', expected ?? '');
    done(given && expected && same ? undefined : unknownService());
  });
}

/**
 * Calls the link; its refusals (`HttpError`) reach the error handler as they are, and a service
 * it could not reach in turn is a 503 `link-unreachable`, which the client reads as unreachable.
 */
async function relay<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof LinkUnreachableError) {
      throw new HttpError(
        503,
        'link-unreachable',
        message('link-unreachable', { service: error.service, reason: error.reason }),
        { cause: error },
      );
    }
    throw error;
  }
}

/** The register a real-time call is for (`x-store-id`, `x-register-id`; the scale unit vouches). */
function deviceOf(request: FastifyRequest): LinkDevice {
  return linkDeviceSchema.parse({
    storeId: headerText(request, linkHeaders.storeId),
    registerId: headerText(request, linkHeaders.registerId),
  });
}

/**
 * The scale unit's side of the link, as HTTP (`/api/link/scale-unit/*`): HQ calls it with the
 * scale unit's service credential. Every body and query is validated (wire.ts) before `link`
 * is called.
 */
export function scaleUnitLinkRoutes(options: {
  link: ScaleUnitLink;
  secret: string;
}): FastifyPluginCallback {
  const { link, secret } = options;
  if (!secret) throw new Error('scaleUnitLinkRoutes: the service credential is empty.');
  return (app, _opts, done) => {
    requireServiceCredential(app, () => secret);

    app.get(linkPaths.scaleUnitDescribe, () => relay(() => link.describe()));

    app.get(linkPaths.scaleUnitRecords, async (request) => {
      const { after, limit } = pullRecordsQuerySchema.parse(request.query);
      return { records: await relay(() => link.pullRecords(after, limit)) };
    });

    app.post(linkPaths.scaleUnitCustomers, bulk, async (request, reply) => {
      const { customers } = pushCustomersRequestSchema.parse(request.body);
      await relay(() => link.pushCustomers(customers));
      return reply.code(204).send();
    });

    app.put(linkPaths.scaleUnitConfig, bulk, async (request, reply) => {
      const { config } = channelConfigBodySchema.parse(request.body);
      await relay(() => link.pushConfig(config));
      return reply.code(204).send();
    });

    app.post(linkRoutePatterns.scaleUnitActivationCode, async (request) => {
      const { registerId } = registerParamsSchema.parse(request.params);
      const { storeId } = activationCodeRequestSchema.parse(request.body);
      return relay(() => link.issueActivationCode({ storeId, registerId }));
    });

    app.post(linkRoutePatterns.scaleUnitRevoke, async (request) => {
      const { registerId } = registerParamsSchema.parse(request.params);
      expectNoBody(request.body);
      return relay(() => link.revokeRegister(registerId));
    });

    app.post(linkRoutePatterns.scaleUnitRetire, async (request, reply) => {
      const { registerId } = registerParamsSchema.parse(request.params);
      expectNoBody(request.body);
      await relay(() => link.retireRegister(registerId));
      return reply.code(204).send();
    });

    app.get(linkPaths.scaleUnitRegisterActivity, async () => ({
      registers: await relay(() => link.registerActivity()),
    }));

    app.post(linkPaths.scaleUnitImport, bulk, async (request) => {
      const { storeId, registerId, records } = importRecordsRequestSchema.parse(request.body);
      return { results: await relay(() => link.importRecords({ storeId, registerId }, records)) };
    });
    done();
  };
}

/**
 * HQ's side of the link, as HTTP (`/api/link/hq/*`): a scale unit calls it with `x-scale-unit`
 * and the secret HQ holds for that scale unit (`secrets`: null for an unknown one). Real-time
 * calls name their register in `x-store-id` / `x-register-id`.
 */
export function hqLinkRoutes(options: {
  link: HqLink;
  secrets: (scaleUnitId: string) => string | null;
}): FastifyPluginCallback {
  const { link, secrets } = options;
  return (app, _opts, done) => {
    requireServiceCredential(app, (request) => {
      const id = headerText(request, linkHeaders.scaleUnit);
      return id ? secrets(id) : null;
    });

    app.get(linkPaths.hqConfig, async () => ({
      config: await relay(() => link.channelConfig()),
    }));

    app.post(linkPaths.hqRealtimeCustomers, async (request, reply) => {
      const device = deviceOf(request);
      const body = linkCreateRequestSchema.parse(request.body);
      const creation = await relay(() => link.createCustomer(device, body));
      reply.code(creation.created ? 201 : 200);
      return creation;
    });

    app.get(linkPaths.hqRealtimeSearch, async (request) => {
      const device = deviceOf(request);
      const { q } = linkSearchQuerySchema.parse(request.query);
      return { customers: await relay(() => link.searchCustomers(device, q)) };
    });

    app.put(linkRoutePatterns.hqRealtimeCustomer, async (request) => {
      const device = deviceOf(request);
      const { account } = accountParamsSchema.parse(request.params);
      const body = linkEditRequestSchema.parse(request.body);
      return { customer: await relay(() => link.editCustomer(device, account, body)) };
    });

    app.post(linkRoutePatterns.hqRealtimeAddresses, async (request, reply) => {
      const device = deviceOf(request);
      const { account } = accountParamsSchema.parse(request.params);
      const body = linkAddressRequestSchema.parse(request.body);
      const customer = await relay(() => link.addAddress(device, account, body));
      reply.code(201);
      return { customer };
    });

    app.post(linkRoutePatterns.hqRealtimeLoyaltyCards, async (request, reply) => {
      const device = deviceOf(request);
      const { account } = accountParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const issued = await relay(() => link.issueLoyaltyCard(device, account));
      reply.code(201);
      return issued;
    });
    done();
  };
}
