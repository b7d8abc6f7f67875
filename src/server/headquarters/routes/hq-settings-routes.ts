import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { affiliationSchema } from '../../../contract/customer.ts';
import { hqSettingsPatchSchema, type HqSettings } from '../../../contract/hq-admin.ts';
import { featureConflict } from '../../../contract/register.ts';
import type { AppContext } from '../../app-context.ts';
import { insertAffiliation, listAffiliations } from '../affiliations.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { HttpError } from '../../platform/http/http-error.ts';

/**
 * HQ console: Feature management and the channel schema's "Filter shared customer data tables"
 * (GET, PATCH: a combination `featureConflict` refuses is a 400 and changes nothing), and the
 * affiliations defined at HQ (GET, POST: 201 with the list; a taken id is a 409).
 */
export function hqSettingsRoutes(ctx: AppContext): FastifyPluginCallback {
  const { hqDb } = ctx;
  return (app, _opts, done) => {
    app.get(apiPaths.hqSettings, () => readSettings(hqDb));

    app.patch(apiPaths.hqSettings, (request) => {
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
        if (conflict) throw new HttpError(400, 'validation', conflict);
        writeSettings(hqDb, next);
        return next;
      })();
      ctx.pokes.poke('all', ['config']); // poke (issue 12)
      return settings;
    });

    app.get(apiPaths.hqAffiliations, () => ({ affiliations: listAffiliations(hqDb) }));

    app.post(apiPaths.hqAffiliations, (request, reply) => {
      const affiliation = affiliationSchema.parse(request.body);
      if (!insertAffiliation(hqDb, affiliation)) {
        throw new HttpError(409, 'conflict', `Affiliation '${affiliation.id}' already exists.`);
      }
      ctx.pokes.poke('all', ['config']); // poke (issue 12)
      reply.code(201);
      return { affiliations: listAffiliations(hqDb) };
    });
    done();
  };
}
