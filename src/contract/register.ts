import { z } from './zod.ts';
import { affiliationSchema, customerDefaultsSchema, customerSchema } from './customer.ts';

/** Header every register call carries after activation (B16). */
export const deviceTokenHeader = 'authorization';
export const bearer = (token: string): string => `Bearer ${token}`;

/**
 * Activation (B16, issue 11): the one-time code HQ issued for a register, as typed or scanned
 * (see `normalizeActivationCode`); the register it was issued for is the one activated.
 */
export const activationRequestSchema = z.strictObject({
  code: z.string().check(z.maxLength(40)),
});
export type ActivationRequest = z.infer<typeof activationRequestSchema>;

export const activationResponseSchema = z.strictObject({
  deviceToken: z.string().check(z.minLength(32)),
  storeId: z.string(),
  storeName: z.string(),
  registerId: z.string(),
  registerNumber: z.string(),
});
export type ActivationResponse = z.infer<typeof activationResponseSchema>;

/** Feature management switches that change asynchronous customer behaviour. */
export const customerFeaturesSchema = z.strictObject({
  /** "Enable the asynchronous creation for customer addresses" (10.0.22), B10. */
  asyncAddressCreation: z.boolean(),
  /** "Enable enhanced async customer creation" (10.0.24), B9. */
  enhancedAsyncCreation: z.boolean(),
  /** "Enable editing customers in asynchronous mode" (10.0.29; needs the two above), B8. */
  asyncCustomerEditing: z.boolean(),
});
export type CustomerFeatures = z.infer<typeof customerFeaturesSchema>;

/** Why a feature combination is refused, or null when it is allowed. */
export function featureConflict(features: CustomerFeatures): 'feature-conflict' | null {
  return features.asyncCustomerEditing &&
    !(features.asyncAddressCreation && features.enhancedAsyncCreation)
    ? 'feature-conflict'
    : null;
}

/** Settings HQ sends to a register; the register caches them for offline use. */
export const registerConfigSchema = z.strictObject({
  storeId: z.string(),
  storeName: z.string(),
  registerId: z.string(),
  registerNumber: z.string(),
  /** The store's functionality profile: "Create customer in async mode". */
  asyncCustomerMode: z.boolean(),
  /** What new customers inherit from the store's default customer. */
  defaults: customerDefaultsSchema,
  /** Commerce channel schema: "Filter shared customer data tables" (B4). */
  filterSharedCustomerData: z.boolean(),
  features: customerFeaturesSchema,
  /** Affiliations defined at HQ, for the customer form. */
  affiliations: z.array(affiliationSchema),
});
export type RegisterConfig = z.infer<typeof registerConfigSchema>;

export const heartbeatResponseSchema = z.strictObject({
  ok: z.literal(true),
  serverTime: z.iso.datetime(),
});

/** One page of the channel database's customer feed (customers changed since `since`). */
export const feedResponseSchema = z.strictObject({
  customers: z.array(customerSchema),
  /** Pass back as `since` to get the next page. */
  cursor: z.int().check(z.minimum(0)),
  hasMore: z.boolean(),
});
export type FeedResponse = z.infer<typeof feedResponseSchema>;
export const feedPageSizeMax = 2000;
