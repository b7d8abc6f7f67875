import { z } from './zod.ts';
import type { MessageCode } from './messages.ts';
import { isSafeText, unsafeTextMessage } from './safe-text.ts';

// Issue messages are message codes (src/contract/messages.ts); `fieldErrors` adds max/min.
const tooLong = 'too-long' satisfies MessageCode;
const invalidEmail = 'invalid-email' satisfies MessageCode;
const invalidPhone = 'invalid-phone' satisfies MessageCode;

/** Person or organization, as in Commerce's customer form. */
export const customerTypes = ['person', 'organization'] as const;
export type CustomerType = (typeof customerTypes)[number];

export const addressPurposes = ['home', 'business', 'delivery', 'invoice'] as const;
export const receiptPreferences = ['print', 'email', 'print-and-email'] as const;

const field = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, tooLong), z.refine(isSafeText, unsafeTextMessage));
const required = (max: number, code: MessageCode) => field(max).check(z.minLength(1, code));

/** An empty string, or a plausible e-mail address. */
export const emailField = z.union([
  z.literal(''),
  z.email(invalidEmail).check(z.maxLength(80, tooLong)),
]);
/** An empty string, or a phone number of digits, spaces, +, -, ( and ). */
export const phoneField = field(20).check(z.regex(/^$|^\+?[0-9 ()-]{3,20}$/, invalidPhone));

/** One postal address of a customer. */
export const addressSchema = z.strictObject({
  purpose: z.enum(addressPurposes),
  street: required(250, 'street-required'),
  city: required(60, 'city-required'),
  state: field(10),
  zip: field(10),
  country: z.string().check(z.regex(/^[A-Z]{3}$/, 'country-code' satisfies MessageCode)),
  primary: z.boolean(),
  /** The GUID of the async record that added this address (B10), if it was added that way. */
  asyncGuid: z.optional(z.uuid()),
});
export type Address = z.infer<typeof addressSchema>;

/** Titles offered on the customer form (B9). */
export const customerTitles = ['', 'Mr.', 'Ms.', 'Mrs.', 'Miss', 'Dr.', 'Prof.'] as const;

/** An affiliation id, as defined at HQ (e.g. "EMPLOYEE", "SENIOR"). */
export const affiliationIdSchema = z
  .string()
  .check(z.regex(/^[A-Z0-9_-]{1,30}$/, 'not-affiliation-id' satisfies MessageCode));

/** An affiliation defined at HQ. */
export const affiliationSchema = z.strictObject({
  id: affiliationIdSchema,
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'name-required' satisfies MessageCode),
      z.maxLength(60, tooLong),
    ),
});
export type Affiliation = z.infer<typeof affiliationSchema>;

/** How many addresses, affiliations and secondary e-mails or phones a customer can have. */
export const customerLimits = { addresses: 20, affiliations: 20, secondaryContacts: 5 } as const;

const draftShape = {
  type: z.enum(customerTypes),
  firstName: field(60),
  lastName: field(60),
  organizationName: field(100),
  email: emailField,
  phone: phoneField,
  addresses: z.array(addressSchema).check(z.maxLength(customerLimits.addresses)),
  /** B9: title, affiliations and secondary contacts (async creation needs 10.0.24 for these). */
  title: z.enum(customerTitles),
  affiliations: z.array(affiliationIdSchema).check(z.maxLength(customerLimits.affiliations)),
  secondaryEmails: z
    .array(z.email(invalidEmail).check(z.maxLength(80, tooLong)))
    .check(z.maxLength(customerLimits.secondaryContacts)),
  secondaryPhones: z
    .array(z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{3,20}$/, invalidPhone)))
    .check(z.maxLength(customerLimits.secondaryContacts)),
};

/** True when a draft uses fields that async creation allows only with 10.0.24 (B9). */
export function usesEnhancedFields(
  draft: Pick<CustomerDraft, 'title' | 'affiliations' | 'secondaryEmails' | 'secondaryPhones'>,
): boolean {
  return (
    draft.title !== '' ||
    draft.affiliations.length > 0 ||
    draft.secondaryEmails.length > 0 ||
    draft.secondaryPhones.length > 0
  );
}

/** Name rules shared by every customer-shaped schema. */
function checkNames(
  value: { type: CustomerType; firstName: string; lastName: string; organizationName: string },
  ctx: z.core.$RefinementCtx,
): void {
  if (value.type === 'person') {
    if (!value.firstName)
      ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'first-name-required' });
    if (!value.lastName)
      ctx.addIssue({ code: 'custom', path: ['lastName'], message: 'last-name-required' });
  } else if (!value.organizationName) {
    ctx.addIssue({
      code: 'custom',
      path: ['organizationName'],
      message: 'organization-name-required' satisfies MessageCode,
    });
  }
}

/** What a cashier types when creating or editing a customer. */
export const customerDraftSchema = z.strictObject(draftShape).check(z.superRefine(checkNames));
export type CustomerDraft = z.infer<typeof customerDraftSchema>;

/** Values a new customer inherits from its store's default customer. */
export const customerDefaultsSchema = z.strictObject({
  customerGroup: z.string().check(z.minLength(1), z.maxLength(10)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  language: z.string().check(z.minLength(2), z.maxLength(10)),
  receiptPreference: z.enum(receiptPreferences),
  /** Affiliations every new customer of the store gets (B9: "plus those of the default customer"). */
  affiliations: z.array(affiliationIdSchema).check(z.maxLength(20)),
});
export type CustomerDefaults = z.infer<typeof customerDefaultsSchema>;

export const loyaltyCardSchema = z.strictObject({
  cardNumber: z.string().check(z.minLength(1), z.maxLength(30)),
  issuedAt: z.iso.datetime(),
});
export type LoyaltyCard = z.infer<typeof loyaltyCardSchema>;

/** HQ account numbers: "C" and six or more digits, from HQ's number sequence. */
export const accountNumberSchema = z
  .string()
  .check(z.regex(/^C\d{6,}$/, 'not-account-number' satisfies MessageCode));

/** A customer as HQ knows it: it has an account number. */
export const customerSchema = z
  .strictObject({
    ...draftShape,
    ...customerDefaultsSchema.shape,
    accountNumber: accountNumberSchema,
    /** The temporary GUID the customer was created with on a register, if any. */
    asyncGuid: z.nullable(z.uuid()),
    /** The store whose register created the customer. */
    storeId: z.string().check(z.minLength(1)),
    loyaltyCards: z.array(loyaltyCardSchema),
    /** The last asynchronous edit HQ applied (10.0.29); edits of one customer apply in order. */
    appliedEditGuid: z.nullable(z.uuid()),
    /**
     * The customer this one was merged into at HQ (X2): its account number still finds it, and
     * it points there. Null for a customer in use.
     */
    mergedInto: z.nullable(accountNumberSchema),
    /** Increases on every change at HQ; edits send the version they started from. */
    version: z.int().check(z.minimum(1)),
    updatedAt: z.iso.datetime(),
  })
  .check(z.superRefine(checkNames));
export type Customer = z.infer<typeof customerSchema>;

/** The name a cashier sees: "First Last" or the organization's name. */
export function displayName(
  c: Pick<CustomerDraft, 'type' | 'firstName' | 'lastName' | 'organizationName'>,
): string {
  return c.type === 'person' ? `${c.firstName} ${c.lastName}`.trim() : c.organizationName;
}

/** An empty draft, as the New customer form starts. */
export function emptyDraft(): CustomerDraft {
  return {
    type: 'person',
    firstName: '',
    lastName: '',
    organizationName: '',
    email: '',
    phone: '',
    addresses: [],
    title: '',
    affiliations: [],
    secondaryEmails: [],
    secondaryPhones: [],
  };
}
