import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isPrivateLinkUrl } from '../platform/http/loopback.ts';

const scaleUnitEnvSchema = z.object({
  /** This scale unit's id, as HQ's SCALE_UNITS names it. */
  SCALE_UNIT_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes'),
  /** The stores it serves, comma-separated (`S001,S002`). */
  SCALE_UNIT_STORES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    )
    .pipe(z.array(z.string().max(20)).min(1, 'name at least one store')),
  /** Where HQ answers (https beyond loopback). */
  HQ_URL: z
    .url({ protocol: /^https?$/ })
    .refine(
      isPrivateLinkUrl,
      'https, except to this machine (the credential must not travel in clear)',
    ),
  /** The credential HQ's SCALE_UNITS holds for this scale unit. */
  SCALE_UNIT_SECRET: z.string().min(32, 'at least 32 characters').max(200),
  /** PEM file of the CA that signed HQ's https certificate. */
  LINK_CA_FILE: z.string().min(1).optional(),
});

/** A scale unit service's own settings (beyond the ones every service takes). */
export interface ScaleUnitEnv {
  id: string;
  storeIds: string[];
  hqUrl: string;
  secret: string;
  linkCa: string | undefined;
}

/** Reads and validates the scale unit's settings; throws a readable error naming what is wrong. */
export function readScaleUnitEnv(source: NodeJS.ProcessEnv = process.env): ScaleUnitEnv {
  const parsed = scaleUnitEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    id: env.SCALE_UNIT_ID,
    storeIds: env.SCALE_UNIT_STORES,
    hqUrl: env.HQ_URL,
    secret: env.SCALE_UNIT_SECRET,
    linkCa: env.LINK_CA_FILE ? readFileSync(env.LINK_CA_FILE, 'utf8') : undefined,
  };
}
