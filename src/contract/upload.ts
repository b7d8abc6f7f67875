import { z } from './zod.ts';
import { accountNumberSchema, addressSchema, customerDraftSchema } from './customer.ts';
import { messageSchema } from './message-schema.ts';

/** Kinds of asynchronous record a register uploads. */
export const asyncRecordKinds = ['customer-create', 'customer-edit', 'address-create'] as const;
export type AsyncRecordKind = (typeof asyncRecordKinds)[number];

/**
 * The customer a dependent record belongs to: by account number once HQ has one, or by the
 * temporary GUID of a customer still pending (HQ resolves it after the creation is converted).
 */
export const customerRefSchema = z.union([
  z.strictObject({ accountNumber: accountNumberSchema }),
  z.strictObject({ asyncGuid: z.uuid() }),
]);
export type CustomerRef = z.infer<typeof customerRefSchema>;

/** A customer created asynchronously on a register, identified by its temporary GUID. */
export const asyncCustomerRecordSchema = z.strictObject({
  kind: z.literal('customer-create'),
  /** The temporary GUID: the customer's ID until HQ gives it an account number, and the idempotency key. */
  guid: z.uuid(),
  createdAt: z.iso.datetime(),
  customer: customerDraftSchema,
});
export type AsyncCustomerRecord = z.infer<typeof asyncCustomerRecordSchema>;

/**
 * 10.0.29: an edit of a customer created asynchronously, queued behind its creation and applied
 * at HQ after it, in order. Carries the whole edited draft.
 */
export const asyncCustomerEditRecordSchema = z.strictObject({
  kind: z.literal('customer-edit'),
  /** This record's own GUID (idempotency key). */
  guid: z.uuid(),
  createdAt: z.iso.datetime(),
  customer: customerRefSchema,
  draft: customerDraftSchema,
});
export type AsyncCustomerEditRecord = z.infer<typeof asyncCustomerEditRecordSchema>;

/** 10.0.22: an address added on the register, for a synced or a pending customer. */
export const asyncAddressRecordSchema = z.strictObject({
  kind: z.literal('address-create'),
  guid: z.uuid(),
  createdAt: z.iso.datetime(),
  customer: customerRefSchema,
  address: z.omit(addressSchema, { asyncGuid: true }),
});
export type AsyncAddressRecord = z.infer<typeof asyncAddressRecordSchema>;

export const asyncRecordSchema = z.discriminatedUnion('kind', [
  asyncCustomerRecordSchema,
  asyncCustomerEditRecordSchema,
  asyncAddressRecordSchema,
]);
export type AsyncRecord = z.infer<typeof asyncRecordSchema>;

export const uploadBatchMax = 500;

/**
 * The upload request. Records are checked one by one (see `uploadResultSchema`), so one bad
 * record never rejects the batch; only a malformed envelope is a 400.
 */
export const uploadRequestSchema = z.strictObject({
  records: z
    .array(z.looseObject({ guid: z.uuid() }))
    .check(z.minLength(1), z.maxLength(uploadBatchMax)),
});
export type UploadRequest = { records: AsyncRecord[] };

/**
 * What the scale unit did with one record:
 * - accepted: stored now;
 * - duplicate: the same GUID with the same content was stored before (a retry);
 * - rejected: invalid, or the GUID was already used for different content; not retried.
 */
export const uploadOutcomes = ['accepted', 'duplicate', 'rejected'] as const;

export const uploadResultSchema = z.strictObject({
  guid: z.uuid(),
  outcome: z.enum(uploadOutcomes),
  /** Why a record was rejected (its first problem, with the field it is about). */
  message: z.optional(messageSchema),
});
export type UploadResult = z.infer<typeof uploadResultSchema>;
export const uploadResponseSchema = z.strictObject({ results: z.array(uploadResultSchema) });
export type UploadResponse = z.infer<typeof uploadResponseSchema>;
