import type { ContactDetails } from '../../../contract/contact-keys.ts';
import {
  customerDraftSchema,
  type Address,
  type CustomerDraft,
} from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import type { Message } from '../../../contract/messages.ts';

/** The form's fields: the draft's, one optional address, secondary contacts as typed text. */
export interface CustomerFormValues {
  type: CustomerDraft['type'];
  firstName: string;
  lastName: string;
  organizationName: string;
  email: string;
  phone: string;
  title: CustomerDraft['title'];
  affiliations: string[];
  /** Comma-separated. */
  secondaryEmails: string;
  /** Comma-separated. */
  secondaryPhones: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  country: string;
}

/** Form values for a new customer, or for editing an existing one (its primary address). */
export function formValuesOf(draft: CustomerDraft | null): CustomerFormValues {
  const address = draft?.addresses.find((a) => a.primary) ?? draft?.addresses[0];
  return {
    type: draft?.type ?? 'person',
    firstName: draft?.firstName ?? '',
    lastName: draft?.lastName ?? '',
    organizationName: draft?.organizationName ?? '',
    email: draft?.email ?? '',
    phone: draft?.phone ?? '',
    title: draft?.title ?? '',
    affiliations: draft?.affiliations ?? [],
    secondaryEmails: draft?.secondaryEmails.join(', ') ?? '',
    secondaryPhones: draft?.secondaryPhones.join(', ') ?? '',
    street: address?.street ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    zip: address?.zip ?? '',
    country: address?.country ?? 'JPN',
  };
}

/** Which parts of the form take part in this save. */
export interface FormScope {
  /** B9: title, affiliations and secondary contacts. */
  enhanced: boolean;
  /** The primary address; other addresses of an edited customer are kept as they were. */
  address: boolean;
}

const list = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** The contact details typed so far, the secondary ones when they take part (X2's warning). */
export function contactOf(values: CustomerFormValues, enhanced: boolean): ContactDetails {
  return {
    phone: values.phone,
    email: values.email,
    secondaryPhones: enhanced ? list(values.secondaryPhones) : [],
    secondaryEmails: enhanced ? list(values.secondaryEmails) : [],
  };
}

/** The address typed into the form, or null when its lines are empty. */
export function addressFromForm(values: CustomerFormValues): Address | null {
  const typed = [values.street, values.city, values.state, values.zip].some((v) => v.trim());
  if (!typed) return null;
  return {
    purpose: 'home',
    street: values.street,
    city: values.city,
    state: values.state,
    zip: values.zip,
    country: values.country.trim().toUpperCase(),
    primary: true,
  };
}

/**
 * Validates the form with the shared contract schema. Returns the draft, or errors keyed by
 * form field (an error inside a list or the address points at its form field).
 */
export function draftFromForm(
  values: CustomerFormValues,
  scope: FormScope,
  otherAddresses: CustomerDraft['addresses'] = [],
): { ok: true; draft: CustomerDraft } | { ok: false; errors: Record<string, Message> } {
  const person = values.type === 'person';
  const address = scope.address ? addressFromForm(values) : null;
  const candidate = {
    type: values.type,
    firstName: person ? values.firstName : '',
    lastName: person ? values.lastName : '',
    organizationName: person ? '' : values.organizationName,
    email: values.email.trim(),
    phone: values.phone.trim(),
    addresses: [
      ...(address ? [address] : []),
      ...otherAddresses.map((a) => ({ ...a, primary: address ? false : a.primary })),
    ],
    title: scope.enhanced ? values.title : '',
    affiliations: scope.enhanced ? values.affiliations : [],
    secondaryEmails: scope.enhanced ? list(values.secondaryEmails) : [],
    secondaryPhones: scope.enhanced ? list(values.secondaryPhones) : [],
  };
  const parsed = customerDraftSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: Record<string, Message> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
    const field = path.replace(/^addresses\.0\./, '').replace(/\.\d+$/, '');
    errors[field] ??= message;
  }
  return { ok: false, errors };
}
