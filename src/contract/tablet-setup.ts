import { z } from './zod.ts';

/**
 * What the HQ console's Add a tablet page shows about the server's https side (issue 11): the
 * addresses a tablet can open, and the store CA it must trust (null with a retailer's own
 * certificate, `ownCertificate`).
 */
export const tabletSetupSchema = z.strictObject({
  /**
   * `https://<name>:<port>/` for every name and address in the server certificate except the
   * loopback ones (a tablet cannot use them): DNS names first, then addresses.
   */
  httpsUrls: z.array(z.string()),
  /** The store CA certificate's SHA-256 fingerprint (hex, colon-separated), to check by eye. */
  caFingerprintSha256: z.nullable(z.string()),
  /** True when TLS_CERT / TLS_KEY are in use: there is no store CA to download. */
  ownCertificate: z.boolean(),
  serverCertificate: z.strictObject({
    names: z.array(z.string()),
    notAfter: z.iso.datetime(),
  }),
});
export type TabletSetup = z.infer<typeof tabletSetupSchema>;

/** Public: the https port, for the register's insecure-context screen. */
export const httpsInfoSchema = z.strictObject({
  httpsPort: z.int().check(z.minimum(1), z.maximum(65_535)),
});
export type HttpsInfo = z.infer<typeof httpsInfoSchema>;

/** A one-time activation code HQ issued for one register (shown `ABCD-EFGH`). */
export const activationCodeSchema = z.strictObject({
  registerId: z.string(),
  code: z.string(),
  expiresAt: z.iso.datetime(),
});
export type ActivationCode = z.infer<typeof activationCodeSchema>;
