import Fastify, { type FastifyInstance, type FastifyPluginCallback } from 'fastify';
import { randomBytes } from 'node:crypto';
import { hqHttpClient, scaleUnitHttpClient } from '../link/http-client.ts';
import { hqLinkRoutes, scaleUnitLinkRoutes } from '../link/http-routes.ts';
import { inProcessHqLink, inProcessScaleUnitLink } from '../link/in-process.ts';
import { LinkUnreachableError, type HqLink, type ScaleUnitLink } from '../link/link.ts';
import type {
  LinkBacking,
  LinkCall,
  LinkFixture,
  LinkImplementation,
  LinkSide,
} from '../link/link.suite.ts';
import { frameworkErrorReply, installErrorHandler } from '../platform/http/error-handler.ts';

/** A Fastify app with the app's error handler and `routes`, listening on 127.0.0.1 (any port). */
export async function listenLinkRoutes(
  routes: FastifyPluginCallback,
): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false, frameworkErrors: frameworkErrorReply });
  installErrorHandler(app, null);
  await app.register(routes);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

/** A service credential as HQ's `SCALE_UNITS` holds one (at least 32 characters). */
export function testSecret(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * `link` as the conformance suite sees the implementation behind the transport: every call
 * recorded in `calls` (arguments and answer as they were then), and `faults` thrown instead of
 * calling it while one is set for `side`.
 */
function watched<T extends object>(
  side: LinkSide,
  link: T,
  calls: LinkCall[],
  faults: Map<LinkSide, Error>,
): T {
  return new Proxy(link, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== 'function' || key === 'close') return member;
      return async (...args: unknown[]) => {
        const call: LinkCall = { side, method: String(key), args: structuredClone(args) };
        calls.push(call);
        try {
          const fault = faults.get(side);
          if (fault) throw fault;
          const answer: unknown = await (member as (...a: unknown[]) => unknown).apply(
            target,
            args,
          );
          call.answer = structuredClone(answer);
          return answer;
        } catch (error) {
          call.error = error;
          throw error;
        }
      };
    },
  });
}

/** The scale unit's id in HTTP fixtures (`x-scale-unit`). */
const fixtureScaleUnitId = 'su-link-suite';

/**
 * The conformance suite's fixture over `backing`: the two implementations behind the link,
 * reached in process or over HTTP (two Fastify apps on 127.0.0.1, one per side, and the undici
 * clients), watched as `LinkFixture` describes.
 */
export async function linkFixture(
  impl: LinkImplementation,
  backing: LinkBacking,
): Promise<LinkFixture> {
  const calls: LinkCall[] = [];
  const faults = new Map<LinkSide, Error>();
  const behindScaleUnit = watched('scale-unit', backing.scaleUnit, calls, faults);
  const behindHq = watched('hq', backing.hq, calls, faults);
  const common = {
    device: backing.device,
    calls,
    scaleUnitCustomers: () => backing.scaleUnitCustomers(),
    fault: (side: LinkSide, error: Error | null) => {
      if (error) faults.set(side, error);
      else faults.delete(side);
    },
  };

  if (impl === 'in-process') {
    return {
      ...common,
      scaleUnit: inProcessScaleUnitLink(behindScaleUnit, fixtureScaleUnitId),
      hq: inProcessHqLink(behindHq),
      stop: (side) => {
        const service = side === 'hq' ? 'HQ' : `Scale unit '${fixtureScaleUnitId}'`;
        faults.set(side, new LinkUnreachableError(service, 'it was stopped'));
        return Promise.resolve();
      },
      close: async () => backing.close?.(),
    };
  }

  const scaleUnitSecret = testSecret();
  const hqSecret = testSecret();
  const servers = {
    'scale-unit': await listenLinkRoutes(
      scaleUnitLinkRoutes({ link: behindScaleUnit, secret: scaleUnitSecret }),
    ),
    hq: await listenLinkRoutes(
      hqLinkRoutes({
        link: behindHq,
        secrets: (id) => (id === fixtureScaleUnitId ? hqSecret : null),
      }),
    ),
  };
  const scaleUnit: ScaleUnitLink = scaleUnitHttpClient({
    id: fixtureScaleUnitId,
    url: servers['scale-unit'].url,
    secret: scaleUnitSecret,
  });
  const hq: HqLink = hqHttpClient({
    scaleUnitId: fixtureScaleUnitId,
    url: servers.hq.url,
    secret: hqSecret,
  });
  return {
    ...common,
    scaleUnit,
    hq,
    stop: async (side) => {
      await servers[side].app.close();
    },
    close: async () => {
      await Promise.all([scaleUnit.close?.(), hq.close?.()]);
      await Promise.all([servers['scale-unit'].app.close(), servers.hq.app.close()]);
      await backing.close?.();
    },
  };
}
