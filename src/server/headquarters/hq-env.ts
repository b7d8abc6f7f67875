import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isPrivateLinkUrl } from '../platform/http/loopback.ts';

/** A scale unit HQ works with: its id, where it answers, and the credential both sides share. */
export const scaleUnitSettingSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes'),
  url: z
    .url({ protocol: /^https?$/ })
    .refine(
      isPrivateLinkUrl,
      'https, except to this machine (the credential must not travel in clear)',
    ),
  secret: z.string().min(32, 'at least 32 characters').max(200),
});
export type ScaleUnitSetting = z.infer<typeof scaleUnitSettingSchema>;

const hqEnvSchema = z.object({
  /** JSON: `[{"id":"shibuya","url":"https://su-a:8443","secret":"…"}]`. */
  SCALE_UNITS: z.string().min(2),
  /** PEM file of the CA that signed the scale units' https certificates (store CAs). */
  LINK_CA_FILE: z.string().min(1).optional(),
});

/** The headquarters service's own settings (beyond the ones every service takes). */
export interface HqEnv {
  scaleUnits: ScaleUnitSetting[];
  linkCa: string | undefined;
}

/** Reads and validates HQ's settings; throws a readable error naming what is wrong. */
export function readHqEnv(source: NodeJS.ProcessEnv = process.env): HqEnv {
  const parsed = hqEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(parsed.data.SCALE_UNITS);
  } catch {
    throw new Error('Invalid environment:\n  SCALE_UNITS: not JSON.');
  }
  const units = z.array(scaleUnitSettingSchema).min(1).safeParse(json);
  if (!units.success) {
    const lines = units.error.issues.map((i) => `  SCALE_UNITS.${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const ids = new Set(units.data.map((unit) => unit.id));
  if (ids.size !== units.data.length) {
    throw new Error('Invalid environment:\n  SCALE_UNITS: two scale units have the same id.');
  }
  const caFile = parsed.data.LINK_CA_FILE;
  return { scaleUnits: units.data, linkCa: caFile ? readFileSync(caFile, 'utf8') : undefined };
}
