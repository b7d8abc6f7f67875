import { z } from 'zod';
import { customerDraftSchema } from './customer.ts';

/** Kinds of asynchronous record a register uploads. Later features add more kinds. */
export const asyncRecordKinds = ['customer-create'] as const;

/** A customer created asynchronously on a register, identified by its temporary GUID. */
export const asyncCustomerRecordSchema = z.strictObject({
  kind: z.literal('customer-create'),
  /** The temporary GUID: the customer's ID until HQ gives it an account number, and the idempotency key. */
  guid: z.uuid(),
  createdAt: z.iso.datetime(),
  customer: customerDraftSchema,
});
export type AsyncCustomerRecord = z.infer<typeof asyncCustomerRecordSchema>;

export const asyncRecordSchema = asyncCustomerRecordSchema;
export type AsyncRecord = z.infer<typeof asyncRecordSchema>;

export const uploadBatchMax = 500;

/**
 * The upload request. Records are checked one by one (see `uploadResultSchema`), so one bad
 * record never rejects the batch; only a malformed envelope is a 400.
 */
export const uploadRequestSchema = z.strictObject({
  records: z
    .array(z.looseObject({ guid: z.uuid() }))
    .min(1)
    .max(uploadBatchMax),
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
  message: z.string().optional(),
});
export type UploadResult = z.infer<typeof uploadResultSchema>;
export const uploadResponseSchema = z.strictObject({ results: z.array(uploadResultSchema) });
export type UploadResponse = z.infer<typeof uploadResponseSchema>;
