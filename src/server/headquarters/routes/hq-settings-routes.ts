import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { affiliationSchema } from '../../../contract/customer.ts';
import { hqSettingsPatchSchema, type HqSettings } from '../../../contract/hq-admin.ts';
import { featureConflict } from '../../../contract/register.ts';
import type { HqContext } from '../hq-context.ts';
import { insertAffiliation, listAffiliations } from '../affiliations.ts';
import { distributeConfig } from '../channel-config.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { message } from '../../../contract/messages.ts';

/**
 * HQ console: Feature management and the channel schema's "Filter shared customer data tables"
 * (GET, PATCH: a combination `featureConflict` refuses is a 400 and changes nothing), and the
 * affiliations defined at HQ (GET, POST: 201 with the list; a taken id is a 409).
 */
export function hqSettingsRoutes(ctx: HqContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqSettings, () => readSettings(hqDb));

    // Each change reaches the scale units (and their registers) before the console hears it is done.
    app.patch(apiPaths.hqSettings, async (request) => {
      const patch = hqSettingsPatchSchema.parse(request.body);
      const settings = hqDb.transaction(() => {
        const current = readSettings(hqDb);
        const features = patch.features ?? {};
        const next: HqSettings = {
          features: {
            asyncAddressCreation:
              features.asyncAddressCreation ?? current.features.asyncAddressCreation,
            enhancedAsyncCreation:
              features.enhancedAsyncCreation ?? current.features.enhancedAsyncCreation,
            asyncCustomerEditing:
              features.asyncCustomerEditing ?? current.features.asyncCustomerEditing,
          },
          filterSharedCustomerData:
            patch.filterSharedCustomerData ?? current.filterSharedCustomerData,
        };
        const conflict = featureConflict(next.features);
        if (conflict) throw new HttpError(400, 'validation', message(conflict));
        writeSettings(hqDb, next);
        return next;
      })();
      await distributeConfig(ctx);
      return settings;
    });

    app.get(apiPaths.hqAffiliations, () => ({ affiliations: listAffiliations(hqDb) }));

    app.post(apiPaths.hqAffiliations, async (request, reply) => {
      const affiliation = affiliationSchema.parse(request.body);
      if (!insertAffiliation(hqDb, affiliation)) {
        throw new HttpError(409, 'conflict', message('affiliation-exists', { id: affiliation.id }));
      }
      await distributeConfig(ctx);
      reply.code(201);
      return { affiliations: listAffiliations(hqDb) };
    });
    done();
  };
}
