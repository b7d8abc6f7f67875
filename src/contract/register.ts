import { z } from 'zod';
import { customerDefaultsSchema, customerSchema } from './customer.ts';

/** Header every register call carries after activation (B16). */
export const deviceTokenHeader = 'authorization';
export const bearer = (token: string): string => `Bearer ${token}`;

/** A store and its registers, as listed on the activation screen. */
export const activationStoreSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  registers: z.array(z.strictObject({ id: z.string(), number: z.string() })),
});
export const activationStoresResponseSchema = z.strictObject({
  stores: z.array(activationStoreSchema),
});
export type ActivationStore = z.infer<typeof activationStoreSchema>;

export const activationRequestSchema = z.strictObject({
  storeId: z.string().min(1).max(20),
  registerId: z.string().min(1).max(20),
});
export type ActivationRequest = z.infer<typeof activationRequestSchema>;

export const activationResponseSchema = z.strictObject({
  deviceToken: z.string().min(32),
  storeId: z.string(),
  storeName: z.string(),
  registerId: z.string(),
  registerNumber: z.string(),
});
export type ActivationResponse = z.infer<typeof activationResponseSchema>;

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
  cursor: z.int().min(0),
  hasMore: z.boolean(),
});
export type FeedResponse = z.infer<typeof feedResponseSchema>;
export const feedPageSizeMax = 2000;
