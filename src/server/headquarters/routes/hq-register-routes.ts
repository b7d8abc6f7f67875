import { storeOrRegisterParamsSchema } from '../../../contract/route-params.ts';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { formatActivationCode } from '../../../contract/activation-code.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  rescueImportRequestSchema,
  type RegisterHealth,
  type registerHealthResponseSchema,
  type registerRevokeResponseSchema,
  type rescueImportResultSchema,
} from '../../../contract/health.ts';
import type { ActivationCode } from '../../../contract/tablet-setup.ts';
import { uploadBatchMax, type UploadResult } from '../../../contract/upload.ts';
import { nowIso } from '../../platform/clock.ts';
import type { HqDb } from '../db/hq-db.ts';
import { registerHealth } from '../register-health.ts';
import type { hqRegisterRetireResponseSchema } from '../../../contract/hq-admin.ts';
import { retireRegister } from '../store-admin.ts';
import { findRegister, findStore, listStores } from '../stores.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { distributeConfig } from '../channel-config.ts';
import {
  callScaleUnit,
  registerActivityEverywhere,
  scaleUnitForStore,
} from '../scale-units/scale-unit-calls.ts';
import type { HqContext } from '../hq-context.ts';
import { message } from '../../../contract/messages.ts';

/** The largest rescue file HQ takes (X4); every other route keeps the server's 1 MiB. */
export const rescueBodyLimitBytes = 20 * 1024 * 1024;

/** A rescue file's store and register must exist, and the register must belong to the store. */
function checkRescueOrigin(db: HqDb, storeId: string, registerId: string): void {
  if (!findStore(db, storeId)) {
    throw new HttpError(400, 'unknown-store', message('rescue-unknown-store', { store: storeId }));
  }
  const register = findRegister(db, registerId);
  if (!register) {
    throw new HttpError(
      400,
      'unknown-register',
      message('rescue-unknown-register', { register: registerId }),
    );
  }
  if (register.storeId !== storeId) {
    throw new HttpError(
      400,
      'register-not-in-store',
      message('rescue-register-elsewhere', {
        register: registerId,
        owner: register.storeId,
        store: storeId,
      }),
    );
  }
}

/** The register, which must exist at HQ (404 otherwise). */
function existingRegister(ctx: HqContext, id: string) {
  const register = findRegister(ctx.hqDb, id);
  if (!register)
    throw new HttpError(404, 'not-found', message('register-not-found', { register: id }));
  return register;
}

/**
 * HQ console, registers: every register's health (X3), issuing a register's one-time activation
 * code (Add a tablet), revoking a register's device token (B16), retiring a register (issue 11)
 * and importing a register's rescue file (X4) through the same intake as an upload — a retired
 * register's too.
 */
export function hqRegisterRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqRegisterHealth, async () => {
      const activity = await registerActivityEverywhere(ctx);
      const now = ctx.clock.now();
      const registers: RegisterHealth[] = listStores(hqDb).flatMap((store) =>
        store.registers.map((register) => {
          const seen = activity.get(register.id);
          return registerHealth(
            { ...register, storeId: store.id },
            {
              activated: (seen?.activatedAt ?? null) !== null,
              activatedAt: seen?.activatedAt ?? null,
              lastSeenAt: seen?.lastSeenAt ?? null,
              queue: seen?.queue ?? null,
            },
            now,
            ctx.registerHealth,
          );
        }),
      );
      const body: z.infer<typeof registerHealthResponseSchema> = {
        registers,
        ...ctx.registerHealth,
      };
      return body;
    });

    app.post('/api/hq/registers/:id/revoke', async (request) => {
      const { id } = storeOrRegisterParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const unit = await scaleUnitForStore(ctx, existingRegister(ctx, id).storeId);
      const { revoked } = await callScaleUnit(ctx, unit, () => unit.link.revokeRegister(id));
      const body: z.infer<typeof registerRevokeResponseSchema> = { registerId: id, revoked };
      return body;
    });

    // Retired at HQ first, so it cannot be activated again, then its tokens revoked at the scale
    // unit. Both steps are idempotent: calling again changes nothing and answers the same. A
    // scale unit that is down revokes them when the configuration (which says retired) reaches it.
    app.post('/api/hq/registers/:id/retire', async (request) => {
      const { id } = storeOrRegisterParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const now = nowIso(ctx.clock);
      const outcome = hqDb.transaction(() => retireRegister(hqDb, id, now))();
      if (!outcome.ok) {
        throw new HttpError(404, 'not-found', message('register-not-found', { register: id }));
      }
      await distributeConfig(ctx);
      const body: z.infer<typeof hqRegisterRetireResponseSchema> = {
        registerId: id,
        retiredAt: outcome.retiredAt,
      };
      return body;
    });

    app.post('/api/hq/registers/:id/activation-code', async (request, reply) => {
      const { id } = storeOrRegisterParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const register = existingRegister(ctx, id);
      if (register.retiredAt !== null) {
        throw new HttpError(409, 'register-retired', message('register-retired', { register: id }));
      }
      const unit = await scaleUnitForStore(ctx, register.storeId);
      // The scale unit must know the register before its code is redeemed there.
      await distributeConfig(ctx);
      const issued = await callScaleUnit(ctx, unit, () =>
        unit.link.issueActivationCode({ storeId: register.storeId, registerId: id }),
      );
      const body: ActivationCode = {
        registerId: id,
        code: formatActivationCode(issued.code),
        expiresAt: issued.expiresAt,
      };
      reply.code(201);
      return body;
    });

    app.post(apiPaths.hqRescueImport, { bodyLimit: rescueBodyLimitBytes }, async (request) => {
      const file = rescueImportRequestSchema.parse(request.body);
      checkRescueOrigin(hqDb, file.storeId, file.registerId);
      const device = { storeId: file.storeId, registerId: file.registerId };
      const unit = await scaleUnitForStore(ctx, file.storeId);
      const results: UploadResult[] = [];
      // In upload-sized calls (one transaction each at the scale unit): each record is
      // idempotent on its own, so an import cut short is simply imported again.
      for (let start = 0; start < file.records.length; start += uploadBatchMax) {
        const chunk = file.records.slice(start, start + uploadBatchMax);
        results.push(
          ...(await callScaleUnit(ctx, unit, () => unit.link.importRecords(device, chunk))),
        );
      }
      const tally = (outcome: UploadResult['outcome']) =>
        results.filter((r) => r.outcome === outcome).length;
      const body: z.infer<typeof rescueImportResultSchema> = {
        accepted: tally('accepted'),
        duplicates: tally('duplicate'),
        rejected: tally('rejected'),
        results,
      };
      return body;
    });
    done();
  };
}
