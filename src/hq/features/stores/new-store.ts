import type { CustomerDefaults } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import {
  hqStoreCreateSchema,
  registerNumberSchema,
  storeNameSchema,
  type HqStore,
  type HqStoreCreate,
} from '../../../contract/hq-admin.ts';
import { HqApiError } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { checkDefaults, serverDefaultsErrors } from './store-defaults.ts';

/** The Add store form as typed; `defaultCustomerName` null follows the store's name. */
export interface NewStoreDraft {
  id: string;
  name: string;
  asyncCustomerMode: boolean;
  defaultCustomerName: string | null;
  defaults: CustomerDefaults;
}

/** The values a new store's form starts from: an existing store's defaults, when there is one. */
export function emptyNewStore(stores: readonly HqStore[]): NewStoreDraft {
  return {
    id: '',
    name: '',
    asyncCustomerMode: false,
    defaultCustomerName: null,
    defaults: stores[0]?.defaults ?? {
      customerGroup: '',
      currency: '',
      language: '',
      receiptPreference: 'print',
      affiliations: [],
    },
  };
}

/** The default customer's name as the form shows it: typed, or made from the store's name. */
export function defaultCustomerNameOf(draft: NewStoreDraft): string {
  if (draft.defaultCustomerName !== null) return draft.defaultCustomerName;
  const name = draft.name.trim();
  return name ? t('stores.defaultCustomerNameFor', { name }) : '';
}

/** Field name → message in words; the default customer's fields without `defaults.`. */
export interface NewStoreErrors {
  store: Record<string, string>;
  defaults: Record<string, string>;
}

/** The result of checking the Add store form: what to send, or the messages per field. */
export type NewStoreCheck =
  { ok: true; store: HqStoreCreate } | { ok: false; errors: NewStoreErrors };

/** A value's first problem in words. */
function firstIssueText(error: Parameters<typeof fieldErrors>[0]): string {
  const first = Object.values(fieldErrors(error))[0];
  return first ? describe(first) : '';
}

/** Checks the Add store form against the contract's schema (the store's ID is upper-cased). */
export function checkNewStore(draft: NewStoreDraft): NewStoreCheck {
  const defaults = checkDefaults(draft.defaults);
  const parsed = hqStoreCreateSchema.safeParse({
    id: draft.id.trim(),
    name: draft.name,
    asyncCustomerMode: draft.asyncCustomerMode,
    defaultCustomerName: defaultCustomerNameOf(draft),
    defaults: defaults.ok ? defaults.defaults : draft.defaults,
  });
  if (parsed.success && defaults.ok) return { ok: true, store: parsed.data };
  const store: Record<string, string> = {};
  if (!parsed.success) {
    for (const [key, message] of Object.entries(fieldErrors(parsed.error))) {
      if (!key.startsWith('defaults')) store[key] = describe(message);
    }
  }
  return { ok: false, errors: { store, defaults: defaults.ok ? {} : defaults.fields } };
}

/** What HQ's refusal of a new store says about its fields (a taken ID, an unknown affiliation). */
export function serverNewStoreErrors(error: unknown): NewStoreErrors | null {
  if (!(error instanceof HqApiError)) return null;
  if (error.code === 'store-exists') {
    return { store: { id: t('stores.storeExists') }, defaults: {} };
  }
  if (Object.keys(error.fields).length === 0) return null;
  const store: Record<string, string> = {};
  const defaults: Record<string, string> = {};
  for (const [key, words] of Object.entries(serverDefaultsErrors(error.fields))) {
    if (key in error.fields) store[key] = words;
    else defaults[key] = words;
  }
  return { store, defaults };
}

/** A store's name, checked as HQ checks it: the trimmed name, or the message in words. */
export function checkStoreName(
  name: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const parsed = storeNameSchema.safeParse(name);
  if (parsed.success) return { ok: true, name: parsed.data };
  return { ok: false, message: firstIssueText(parsed.error) };
}

/** A register number, checked as HQ checks it, or the message in words. */
export function checkRegisterNumber(
  number: string,
): { ok: true; number: string } | { ok: false; message: string } {
  const parsed = registerNumberSchema.safeParse(number.trim());
  if (parsed.success) return { ok: true, number: parsed.data };
  return { ok: false, message: firstIssueText(parsed.error) };
}

/** The number the Add register form suggests: one more than the store's highest. */
export function nextRegisterNumber(store: HqStore): string {
  const highest = Math.max(0, ...store.registers.map((r) => Number(r.number)));
  return String(highest + 1);
}
