import { z } from './zod.ts';

/** Every 4xx/5xx body the server sends. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  /** Field path → message, for validation errors. */
  fields: z.optional(z.record(z.string(), z.string())),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Turns zod issues into a field → first message map, for forms and error bodies. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
