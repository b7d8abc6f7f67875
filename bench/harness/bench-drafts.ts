import type { CustomerDraft } from '../../src/contract/customer.ts';
import type { AsyncCustomerRecord } from '../../src/contract/upload.ts';

/**
 * A customer as a cashier would type it, with a name unique to `label` and `index` (HQ's search
 * and the scenarios' checks tell benchmark customers apart by it): e-mail, phone and one
 * address, about the size of a real record.
 */
export function benchDraft(label: string, index: number): CustomerDraft {
  const lastName = `${label}-${index}`;
  return {
    type: 'person',
    firstName: 'Bench',
    lastName,
    organizationName: '',
    email: `bench.${lastName}@example.com`.toLowerCase(),
    phone: `090-${String(index % 10_000).padStart(4, '0')}-0000`,
    addresses: [
      {
        purpose: 'home',
        street: `${1 + (index % 30)}-${1 + (index % 20)} Jingumae`,
        city: 'Shibuya',
        state: '13',
        zip: '150-0001',
        country: 'JPN',
        primary: true,
      },
    ],
    title: '',
    affiliations: [],
    secondaryEmails: [],
    secondaryPhones: [],
  };
}

/** A new customer-create record (a fresh GUID) for `benchDraft(label, index)`. */
export function benchRecord(label: string, index: number): AsyncCustomerRecord {
  return {
    kind: 'customer-create',
    guid: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    customer: benchDraft(label, index),
  };
}
