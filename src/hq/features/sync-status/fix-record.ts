import type { Address, CustomerDraft } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { asyncRecordSchema, type AsyncRecord } from '../../../contract/upload.ts';
import type { AddressPart } from '../../../i18n-core/address-order.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

/** The address fields the fix form edits. */
export type AddressField = AddressPart;
/** The customer fields the fix form edits (besides addresses). */
export type DraftField = 'firstName' | 'lastName' | 'organizationName' | 'email' | 'phone';

/** Result of checking a fixed record: the record to PUT, or field path → message. */
export type FixCheck =
  { ok: true; record: AsyncRecord } | { ok: false; fields: Record<string, ReceivedMessage> };

/** The customer draft a record carries (creation or edit), or null for an address record. */
export function draftOf(record: AsyncRecord): CustomerDraft | null {
  switch (record.kind) {
    case 'customer-create':
      return record.customer;
    case 'customer-edit':
      return record.draft;
    case 'address-create':
      return null;
  }
}

/** Where a record keeps its customer draft, for field paths: `customer` or `draft`. */
export function draftKey(record: AsyncRecord): 'customer' | 'draft' {
  return record.kind === 'customer-create' ? 'customer' : 'draft';
}

/** The record with its draft replaced (an address record is returned as it is). */
export function withDraft(record: AsyncRecord, draft: CustomerDraft): AsyncRecord {
  switch (record.kind) {
    case 'customer-create':
      return { ...record, customer: draft };
    case 'customer-edit':
      return { ...record, draft };
    case 'address-create':
      return record;
  }
}

/** The record with one draft field changed. */
export function setDraftField(record: AsyncRecord, field: DraftField, value: string): AsyncRecord {
  const draft = draftOf(record);
  if (!draft) return record;
  const next = { ...draft };
  next[field] = value;
  return withDraft(record, next);
}

/** The record with the draft's title changed. */
export function setDraftTitle(record: AsyncRecord, title: CustomerDraft['title']): AsyncRecord {
  const draft = draftOf(record);
  return draft ? withDraft(record, { ...draft, title }) : record;
}

/**
 * The record with one address field changed: the draft's address `index`, or, for an
 * address record, its address (index ignored).
 */
export function setAddressField(
  record: AsyncRecord,
  index: number,
  field: AddressField,
  value: string,
): AsyncRecord {
  const edit = <T extends Pick<Address, AddressField>>(address: T): T => {
    const next = { ...address };
    next[field] = value;
    return next;
  };
  if (record.kind === 'address-create') return { ...record, address: edit(record.address) };
  const draft = draftOf(record);
  if (!draft) return record;
  const addresses = draft.addresses.map((address, i) => (i === index ? edit(address) : address));
  return withDraft(record, { ...draft, addresses });
}

/**
 * The record to send: the edited fields on the original's identity. Its GUID, kind, creation
 * time and customer reference cannot change (the contract's rule for a fix), whatever the form did.
 */
export function fixedRecord(original: AsyncRecord, edited: AsyncRecord): AsyncRecord {
  // The schema trims names and phones itself but not the e-mail address.
  const draft = (fallback: CustomerDraft) => {
    const d = draftOf(edited) ?? fallback;
    return { ...d, email: d.email.trim() };
  };
  switch (original.kind) {
    case 'customer-create':
      return { ...original, customer: draft(original.customer) };
    case 'customer-edit':
      return { ...original, draft: draft(original.draft) };
    case 'address-create':
      return {
        ...original,
        address: edited.kind === 'address-create' ? edited.address : original.address,
      };
  }
}

/** Checks the fixed record with the contract's schema; field paths like `customer.addresses.0.city`. */
export function checkFix(original: AsyncRecord, edited: AsyncRecord): FixCheck {
  const parsed = asyncRecordSchema.safeParse(fixedRecord(original, edited));
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, fields: fieldErrors(parsed.error) };
}

/** HQ's field errors (`record.customer.email`…) by the form's field paths (`customer.email`). */
export function serverFixErrors(
  fields: Readonly<Record<string, ReceivedMessage>>,
): Record<string, ReceivedMessage> {
  const out: Record<string, ReceivedMessage> = {};
  for (const [key, message] of Object.entries(fields))
    out[key.replace(/^record\./, '')] ??= message;
  return out;
}

const addressFields: readonly AddressField[] = ['street', 'city', 'state', 'zip', 'country'];

/** The field paths the fix form shows an input for; errors on other paths are listed apart. */
export function shownPaths(record: AsyncRecord): Set<string> {
  if (record.kind === 'address-create') return new Set(addressFields.map((f) => `address.${f}`));
  const key = draftKey(record);
  const draft = draftOf(record);
  const names = draft?.type === 'organization' ? ['organizationName'] : ['firstName', 'lastName'];
  const paths = [...names, 'title', 'email', 'phone'].map((f) => `${key}.${f}`);
  draft?.addresses.forEach((_, i) => {
    for (const f of addressFields) paths.push(`${key}.addresses.${i}.${f}`);
  });
  return new Set(paths);
}
