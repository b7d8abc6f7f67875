import { z } from './zod.ts';
import { duplicateReasons } from './contact-keys.ts';
import { accountNumberSchema, customerSchema } from './customer.ts';

/**
 * A likely duplicate HQ's sync job found (X2): two customers sharing a phone number or an
 * e-mail address, waiting for an admin to confirm them as distinct or to merge them.
 */
export const duplicateStatuses = ['open', 'distinct', 'merged'] as const;
export type DuplicateStatus = (typeof duplicateStatuses)[number];

export const duplicateFlagSchema = z.strictObject({
  id: z.int().check(z.minimum(1)),
  /** The two customers, the older account first, as HQ holds them now. */
  customers: z.tuple([customerSchema, customerSchema]),
  reasons: z.array(z.enum(duplicateReasons)).check(z.minLength(1)),
  status: z.enum(duplicateStatuses),
  flaggedAt: z.iso.datetime(),
  resolvedAt: z.nullable(z.iso.datetime()),
  /** For a merge: the account kept; the other now points to it. */
  keptAccount: z.nullable(accountNumberSchema),
});
export type DuplicateFlag = z.infer<typeof duplicateFlagSchema>;

/** Open flags (the review), or resolved ones (the most recent first). */
export const duplicatesQuerySchema = z.strictObject({
  status: z.optional(z.enum(['open', 'resolved'])),
});
export const duplicatesResponseSchema = z.strictObject({
  flags: z.array(duplicateFlagSchema),
  /** How many match, when more than the list holds. */
  total: z.int().check(z.minimum(0)),
});
/** Merge: which of the two accounts to keep. */
export const duplicateMergeSchema = z.strictObject({ keep: accountNumberSchema });
export const duplicateResponseSchema = z.strictObject({ flag: duplicateFlagSchema });
