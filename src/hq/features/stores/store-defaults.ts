import { customerDefaultsSchema, type CustomerDefaults } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

/** The result of checking the default customer form: what to save, or a message per field. */
export type DefaultsCheck =
  { ok: true; defaults: CustomerDefaults } | { ok: false; fields: Record<string, string> };

/** Clearer words for the contract's rules where its schema keeps zod's generic messages. */
const messages: Record<string, () => string> = {
  customerGroup: () => t('stores.invalid.customerGroup'),
  currency: () => t('stores.invalid.currency'),
  language: () => t('stores.invalid.language'),
  receiptPreference: () => t('stores.invalid.receiptPreference'),
};

/** Checks the default customer form against the contract's schema; trims the text fields. */
export function checkDefaults(draft: CustomerDefaults): DefaultsCheck {
  const parsed = customerDefaultsSchema.safeParse({
    ...draft,
    customerGroup: draft.customerGroup.trim(),
    currency: draft.currency.trim(),
    language: draft.language.trim(),
  });
  if (parsed.success) return { ok: true, defaults: parsed.data };
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors(parsed.error))) {
    const field = key.split('.')[0] ?? key;
    fields[key] = messages[field]?.() ?? describe(message);
  }
  return { ok: false, fields };
}

/** Whether the form differs from what HQ has (affiliations compared as a set). */
export function defaultsChanged(draft: CustomerDefaults, saved: CustomerDefaults): boolean {
  const sameAffiliations =
    draft.affiliations.length === saved.affiliations.length &&
    draft.affiliations.every((id) => saved.affiliations.includes(id));
  return (
    draft.customerGroup.trim() !== saved.customerGroup ||
    draft.currency.trim() !== saved.currency ||
    draft.language.trim() !== saved.language ||
    draft.receiptPreference !== saved.receiptPreference ||
    !sameAffiliations
  );
}

/** Field errors HQ sent (`defaults.currency`…) in words, by the form's own field names. */
export function serverDefaultsErrors(fields: Readonly<Record<string, ReceivedMessage>>) {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    out[key.replace(/^defaults\./, '')] ??= describe(message);
  }
  return out;
}
