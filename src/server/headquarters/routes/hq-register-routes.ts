import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
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
import type { AppContext } from '../../app-context.ts';
import { nowIso } from '../../platform/clock.ts';
import type { HqDb } from '../db/hq-db.ts';
import { registerHealth } from '../register-health.ts';
import type { hqRegisterRetireResponseSchema } from '../../../contract/hq-admin.ts';
import { retireRegister } from '../store-admin.ts';
import { findRegister, findStore, listStores } from '../stores.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import { discardActivationCodes, issueActivationCode } from '../../scale-unit/activation-codes.ts';
import { intakeAsyncRecords } from '../../scale-unit/async-records.ts';
import { activationTimes, revokeRegisterTokens } from '../../scale-unit/devices.ts';
import { readRegisterContacts } from '../../scale-unit/register-health.ts';

/** The largest rescue file HQ takes (X4); every other route keeps the server's 1 MiB. */
export const rescueBodyLimitBytes = 20 * 1024 * 1024;

const registerParamsSchema = z.object({ id: z.string().min(1).max(20) });

/** A rescue file's store and register must exist, and the register must belong to the store. */
function checkRescueOrigin(db: HqDb, storeId: string, registerId: string): void {
  if (!findStore(db, storeId)) {
    throw new HttpError(
      400,
      'unknown-store',
      `The rescue file's store '${storeId}' does not exist.`,
    );
  }
  const register = findRegister(db, registerId);
  if (!register) {
    throw new HttpError(
      400,
      'unknown-register',
      `The rescue file's register '${registerId}' does not exist.`,
    );
  }
  if (register.storeId !== storeId) {
    throw new HttpError(
      400,
      'register-not-in-store',
      `The rescue file's register '${registerId}' belongs to store '${register.storeId}', not '${storeId}'.`,
    );
  }
}

/** Lets other requests in between chunks of a large import. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * HQ console, registers: every register's health (X3), issuing a register's one-time activation
 * code (Add a tablet), revoking a register's device token (B16), retiring a register (issue 11)
 * and importing a register's rescue file (X4) through the same intake as an upload — a retired
 * register's too.
 */
export function hqRegisterRoutes(ctx: AppContext): FastifyPluginCallback {
  const { hqDb, channelDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqRegisterHealth, () => {
      const now = ctx.clock.now();
      const contacts = readRegisterContacts(channelDb);
      const activated = activationTimes(channelDb);
      const registers: RegisterHealth[] = listStores(hqDb).flatMap((store) =>
        store.registers.map((register) => {
          const contact = contacts.get(register.id);
          return registerHealth(
            { ...register, storeId: store.id },
            {
              activated: activated.has(register.id),
              activatedAt: activated.get(register.id) ?? null,
              lastSeenAt: contact?.lastSeenAt ?? null,
              queue: contact?.queue ?? null,
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

    app.post('/api/hq/registers/:id/revoke', (request) => {
      const { id } = registerParamsSchema.parse(request.params);
      expectNoBody(request.body);
      if (!findRegister(hqDb, id)) {
        throw new HttpError(404, 'not-found', `Register '${id}' does not exist.`);
      }
      const revoked = revokeRegisterTokens(channelDb, id, nowIso(ctx.clock)) > 0;
      ctx.pokes.disconnect({ registerIds: [id] }); // poke (issue 12): a revoked token's stream ends
      const body: z.infer<typeof registerRevokeResponseSchema> = { registerId: id, revoked };
      return body;
    });

    // Retired at HQ first, so it cannot be activated again, then its tokens revoked at the scale
    // unit. Both steps are idempotent: calling again changes nothing and answers the same.
    app.post('/api/hq/registers/:id/retire', (request) => {
      const { id } = registerParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const now = nowIso(ctx.clock);
      const outcome = hqDb.transaction(() => retireRegister(hqDb, id, now))();
      if (!outcome.ok) throw new HttpError(404, 'not-found', `Register '${id}' does not exist.`);
      revokeRegisterTokens(channelDb, id, now);
      discardActivationCodes(channelDb, id);
      ctx.pokes.disconnect({ registerIds: [id] }); // poke (issue 12): a revoked token's stream ends
      const body: z.infer<typeof hqRegisterRetireResponseSchema> = {
        registerId: id,
        retiredAt: outcome.retiredAt,
      };
      return body;
    });

    app.post('/api/hq/registers/:id/activation-code', (request, reply) => {
      const { id } = registerParamsSchema.parse(request.params);
      expectNoBody(request.body);
      const register = findRegister(hqDb, id);
      if (!register) throw new HttpError(404, 'not-found', `Register '${id}' does not exist.`);
      if (register.retiredAt !== null) {
        throw new HttpError(
          409,
          'register-retired',
          `Register '${id}' was retired at HQ and cannot be activated.`,
        );
      }
      const issued = issueActivationCode(
        channelDb,
        { storeId: register.storeId, registerId: id },
        ctx.clock.now(),
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
      const results: UploadResult[] = [];
      // In upload-sized transactions, yielding between them: each record is idempotent on its
      // own, so an import cut short is simply imported again.
      for (let start = 0; start < file.records.length; start += uploadBatchMax) {
        const chunk = file.records.slice(start, start + uploadBatchMax);
        results.push(...intakeAsyncRecords(channelDb, device, chunk, nowIso(ctx.clock)));
        if (start + uploadBatchMax < file.records.length) await nextTurn();
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
