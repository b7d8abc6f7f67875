import { z } from 'zod';
import { duplicateReasons } from './contact-keys.ts';
import { accountNumberSchema, customerSchema } from './customer.ts';

/**
 * A likely duplicate HQ's sync job found (X2): two customers sharing a phone number or an
 * e-mail address, waiting for an admin to confirm them as distinct or to merge them.
 */
export const duplicateStatuses = ['open', 'distinct', 'merged'] as const;
export type DuplicateStatus = (typeof duplicateStatuses)[number];

export const duplicateFlagSchema = z.strictObject({
  id: z.int().min(1),
  /** The two customers, the older account first, as HQ holds them now. */
  customers: z.tuple([customerSchema, customerSchema]),
  reasons: z.array(z.enum(duplicateReasons)).min(1),
  status: z.enum(duplicateStatuses),
  flaggedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  /** For a merge: the account kept; the other now points to it. */
  keptAccount: accountNumberSchema.nullable(),
});
export type DuplicateFlag = z.infer<typeof duplicateFlagSchema>;

/** Open flags (the review), or resolved ones (the most recent first). */
export const duplicatesQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved']).optional(),
});
export const duplicatesResponseSchema = z.strictObject({
  flags: z.array(duplicateFlagSchema),
  /** How many match, when more than the list holds. */
  total: z.int().min(0),
});
/** Merge: which of the two accounts to keep. */
export const duplicateMergeSchema = z.strictObject({ keep: accountNumberSchema });
export const duplicateResponseSchema = z.strictObject({ flag: duplicateFlagSchema });
