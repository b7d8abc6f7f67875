import { customerDraftSchema, type CustomerDraft } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';

/** The form's flat fields: the draft's, and one optional address. */
export interface CustomerFormValues {
  type: CustomerDraft['type'];
  firstName: string;
  lastName: string;
  organizationName: string;
  email: string;
  phone: string;
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
    street: address?.street ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    zip: address?.zip ?? '',
    country: address?.country ?? 'JPN',
  };
}

const addressFields = {
  street: 'street',
  city: 'city',
  state: 'state',
  zip: 'zip',
  country: 'country',
} as const;

/**
 * Validates the form with the shared contract schema. Returns the draft, or errors keyed by
 * form field. The address is included when any of its lines is filled in; other addresses of
 * an edited customer are kept as they were.
 */
export function draftFromForm(
  values: CustomerFormValues,
  otherAddresses: CustomerDraft['addresses'] = [],
): { ok: true; draft: CustomerDraft } | { ok: false; errors: Record<string, string> } {
  const hasAddress = [values.street, values.city, values.state, values.zip].some(
    (v) => v.trim() !== '',
  );
  const person = values.type === 'person';
  const candidate = {
    type: values.type,
    firstName: person ? values.firstName : '',
    lastName: person ? values.lastName : '',
    organizationName: person ? '' : values.organizationName,
    email: values.email.trim(),
    phone: values.phone.trim(),
    addresses: [
      ...(hasAddress
        ? [
            {
              purpose: 'home' as const,
              street: values.street,
              city: values.city,
              state: values.state,
              zip: values.zip,
              country: values.country,
              primary: true,
            },
          ]
        : []),
      ...otherAddresses.map((a) => ({ ...a, primary: hasAddress ? false : a.primary })),
    ],
  };
  const parsed = customerDraftSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
    const match = /^addresses\.0\.(\w+)$/.exec(path);
    const field = match?.[1] && match[1] in addressFields ? match[1] : path;
    errors[field] ??= message;
  }
  return { ok: false, errors };
}
