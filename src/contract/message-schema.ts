import type { ReceivedMessage } from './messages.ts';
import { z } from './zod.ts';

/**
 * A message on the wire or in storage (`ReceivedMessage`). The code is any string (a newer
 * server may know more codes); an unknown one reads as `plain-text` (see `readMessage`).
 */
export const messageSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(100)),
  values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  field: z.optional(z.string().check(z.maxLength(500))),
}) satisfies z.ZodMiniType<ReceivedMessage>;
