import { z } from 'zod';
import { defaultAdminPassword } from '../../contract/hq-admin.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Where both listeners bind: every interface by default, so tablets on the shop network reach it. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** The https listener's port (tablets on the shop network; see docs/design/tablets-https.md). */
  HTTPS_PORT: z.coerce.number().int().min(0).max(65_535).default(8443),
  /** Extra names the server answers to (comma-separated), added to the certificate and the Host allow-list. */
  TLS_NAMES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n.length > 0),
    ),
  /** A retailer's own certificate and key (PEM files); both or neither. Unset: the store CA signs one. */
  TLS_CERT: z.string().min(1).optional(),
  TLS_KEY: z.string().min(1).optional(),
  /** 'on': plain http by a name that is not loopback is redirected to https ('off' only for tests). */
  HTTP_REDIRECT: z.enum(['on', 'off']).default('on'),
  DATA_DIR: z.string().min(1).default('./data'),
  DIST_DIR: z.string().min(1).default('./dist'),
  /** '1' serves /api/test/* (scale-unit switch, fault injection) for end-to-end tests. */
  POS_TEST_CONTROLS: z.string().default(''),
  /** On a fresh install: schedule the three HQ jobs every 5 s ('on') or leave them off. */
  HQ_JOB_SCHEDULE: z.enum(['on', 'off']).default('on'),
  /** The HQ console password (hashed at start; never logged). */
  HQ_ADMIN_PASSWORD: z.string().min(1).max(200).default(defaultAdminPassword),
  /** X3: an activated register not heard from for this many minutes is stuck. */
  REGISTER_SILENT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(10),
  /** X3: a register whose oldest waiting record is this many minutes old is stuck. */
  REGISTER_WAITING_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  /** Activation attempts allowed per client IP a minute (a shop router puts every register behind one IP). */
  ACTIVATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** How many existing customers the demo data creates. */
  DEMO_CUSTOMERS: z.coerce.number().int().min(0).max(1_000_000).default(3000),
  /**
   * Registers the demo data adds to the Shibuya Store beyond its two (benchmarks simulate up to
   * 999 there; a store numbers its registers 1–999).
   */
  DEMO_EXTRA_REGISTERS: z.coerce.number().int().min(0).max(997).default(0),
});

/** The server's validated environment. */
export type ServerEnv = z.infer<typeof envSchema>;

/**
 * True when the console password is the documented default (HQ_ADMIN_PASSWORD unset, or set to
 * the default itself): then the console refuses sign-ins from the network until an
 * administrator chooses a new one.
 */
export function usesDefaultAdminPassword(source: NodeJS.ProcessEnv = process.env): boolean {
  return (
    source.HQ_ADMIN_PASSWORD === undefined || source.HQ_ADMIN_PASSWORD === defaultAdminPassword
  );
}

/** Reads and validates the environment; throws a readable error listing every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  if ((parsed.data.TLS_CERT === undefined) !== (parsed.data.TLS_KEY === undefined)) {
    throw new Error('Invalid environment:\n  TLS_CERT and TLS_KEY must be set together.');
  }
  return parsed.data;
}
