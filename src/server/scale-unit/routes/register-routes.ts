import { feedQuerySchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { heartbeatRequestSchema } from '../../../contract/health.ts';
import { type FeedResponse, type RegisterConfig } from '../../../contract/register.ts';
import { uploadRequestSchema, type UploadResponse } from '../../../contract/upload.ts';
import { nowIso } from '../../platform/clock.ts';
import { deviceOf, requireDevice } from '../http/device-auth.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { intakeAsyncRecords } from '../async-records.ts';
import { findDeviceStore } from '../channel-config.ts';
import { recordQueueReport } from '../register-health.ts';
import { readCustomerFeed } from '../channel-customers.ts';
import type { ScaleUnitContext } from '../scale-unit-context.ts';
import { errorBody } from '../../../contract/errors.ts';
import { message, plainText } from '../../../contract/messages.ts';

/** The scale unit's register API: config, heartbeat, async record upload and customer feed. */
export function registerRoutes(ctx: ScaleUnitContext): FastifyPluginCallback {
  return (app, _opts, done) => {
    requireDevice(app, ctx);

    app.get(apiPaths.registerConfig, async (request) => {
      const device = deviceOf(request);
      const channelConfig = await ctx.config.read();
      const found = findDeviceStore(channelConfig, device);
      const defaults = found?.store.defaults;
      if (!channelConfig || !found || !defaults) {
        throw new HttpError(
          404,
          'unknown-store',
          message('store-not-configured-here', { store: device.storeId }),
        );
      }
      const { store, register } = found;
      const config: RegisterConfig = {
        storeId: store.id,
        storeName: store.name,
        registerId: register.id,
        registerNumber: register.number,
        asyncCustomerMode: store.asyncCustomerMode,
        defaults,
        ...channelConfig.settings,
        affiliations: channelConfig.affiliations,
      };
      return config;
    });

    // X3: the heartbeat carries the register's queue health; the contact itself is recorded by
    // requireDevice. GET (no report) stays for registers still running the previous version.
    app.post(apiPaths.heartbeat, (request) => {
      const { queue } = heartbeatRequestSchema.parse(request.body);
      const now = nowIso(ctx.clock);
      recordQueueReport(ctx.channelDb, deviceOf(request), queue, now);
      return { ok: true, serverTime: now };
    });

    app.get(apiPaths.heartbeat, () => ({ ok: true, serverTime: nowIso(ctx.clock) }));

    app.post(
      apiPaths.upload,
      {
        // Fault injection for end-to-end tests: answer before reading or storing anything.
        onRequest: (_request, reply, next) => {
          const state = ctx.testState;
          if (state.uploadFailures <= 0) {
            next();
            return;
          }
          state.uploadFailures -= 1;
          const text = `Injected failure (HTTP ${state.uploadFailureStatus}) for testing.`;
          void reply
            .code(state.uploadFailureStatus)
            .send(errorBody('fault-injected', plainText(text)));
        },
      },
      (request, reply) => {
        const device = deviceOf(request);
        const { records } = uploadRequestSchema.parse(request.body);
        if (ctx.testState.uploadsAnswerOnly) {
          return { results: records.map(({ guid }) => ({ guid, outcome: 'accepted' })) };
        }
        const body: UploadResponse = {
          results: intakeAsyncRecords(ctx.channelDb, device, records, nowIso(ctx.clock)),
        };
        // Fault injection: the records are stored, but the answer is lost with the connection.
        if (ctx.testState.dropAfterCommit > 0) {
          ctx.testState.dropAfterCommit -= 1;
          reply.hijack();
          request.raw.socket.destroy();
          return reply;
        }
        return body;
      },
    );

    app.get(apiPaths.feed, async (request) => {
      const { since, limit } = feedQuerySchema.parse(request.query);
      // B4 on the server: with shared customer data filtered, only this register's own customers.
      const filtered = (await ctx.config.read())?.settings.filterSharedCustomerData ?? true;
      const device = deviceOf(request);
      const page: FeedResponse = readCustomerFeed(
        ctx.channelDb,
        since,
        limit,
        filtered ? device.registerId : null,
      );
      return page;
    });
    done();
  };
}
