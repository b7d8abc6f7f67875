import { z } from './zod.ts';
import { searchAllStoresMinLength } from './search-limits.ts';
import {
  addressSchema,
  customerDraftSchema,
  customerSchema,
  loyaltyCardSchema,
} from './customer.ts';
import type { MessageCode } from './messages.ts';

/**
 * Sync creation (B1). The GUID is the idempotency key: if the call times out after HQ created
 * the customer and the register then queues it asynchronously with the same GUID, HQ still
 * makes only one customer.
 */
export const realtimeCreateRequestSchema = z.strictObject({
  guid: z.uuid(),
  customer: customerDraftSchema,
});
export type RealtimeCreateRequest = z.infer<typeof realtimeCreateRequestSchema>;
export const customerResponseSchema = z.strictObject({ customer: customerSchema });

export const realtimeEditRequestSchema = z.strictObject({
  /** The version the edit started from; HQ answers 409 when the customer changed since. */
  version: z.int().check(z.minimum(1)),
  customer: customerDraftSchema,
});
export type RealtimeEditRequest = z.infer<typeof realtimeEditRequestSchema>;

export const loyaltyCardResponseSchema = z.strictObject({
  card: loyaltyCardSchema,
  customer: customerSchema,
});

// Issue 13: in a file of its own, so the register's customer list needs no zod for it.
export { searchAllStoresMinLength } from './search-limits.ts';
export const searchAllStoresQuerySchema = z.strictObject({
  q: z
    .string()
    .check(
      z.trim(),
      z.minLength(searchAllStoresMinLength, 'search-too-short' satisfies MessageCode),
      z.maxLength(100, 'too-long' satisfies MessageCode),
    ),
});
export const searchAllStoresResponseSchema = z.strictObject({ customers: z.array(customerSchema) });

/** B10 with 10.0.22 off: a synced customer's new address is a real-time call; answers {customer}. */
export const realtimeAddressRequestSchema = z.strictObject({
  address: z.omit(addressSchema, { asyncGuid: true }),
});
export type RealtimeAddressRequest = z.infer<typeof realtimeAddressRequestSchema>;
