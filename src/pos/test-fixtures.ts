import type { Customer, CustomerDraft } from '../contract/customer.ts';
import type { RegisterConfig } from '../contract/register.ts';
import type { AsyncCustomerRecord } from '../contract/upload.ts';
import { saveConfig } from './db/meta-repo.ts';
import { openPosDatabase, type PosDatabase } from './db/schema.ts';

/** Test data and a fresh database per test (unit tests only). */
export function freshDatabase(): PosDatabase {
  return openPosDatabase(`test-${crypto.randomUUID()}`);
}

export const testConfig: RegisterConfig = {
  storeId: 'S001',
  storeName: 'Shibuya Store',
  registerId: 'S001-R1',
  registerNumber: '1',
  asyncCustomerMode: true,
  defaults: {
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    affiliations: ['EMPLOYEE'],
  },
  filterSharedCustomerData: false,
  features: {
    asyncAddressCreation: false,
    enhancedAsyncCreation: false,
    asyncCustomerEditing: false,
  },
  affiliations: [
    { id: 'EMPLOYEE', name: 'Employee' },
    { id: 'SENIOR', name: 'Senior' },
  ],
};

export async function configuredDatabase(
  config: Partial<RegisterConfig> = {},
): Promise<PosDatabase> {
  const db = freshDatabase();
  await saveConfig(db, { ...testConfig, ...config });
  return db;
}

export function draft(overrides: Partial<CustomerDraft> = {}): CustomerDraft {
  return {
    type: 'person',
    firstName: 'Hanako',
    lastName: 'Yamada',
    organizationName: '',
    email: 'hanako@example.jp',
    phone: '090-1234-5678',
    addresses: [],
    title: '',
    affiliations: [],
    secondaryEmails: [],
    secondaryPhones: [],
    ...overrides,
  };
}

export function record(overrides: Partial<AsyncCustomerRecord> = {}): AsyncCustomerRecord {
  return {
    kind: 'customer-create',
    guid: crypto.randomUUID(),
    createdAt: new Date('2026-11-26T10:00:00Z').toISOString(),
    customer: draft(),
    ...overrides,
  };
}

export function hqCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    ...draft(),
    ...testConfig.defaults,
    accountNumber: 'C004021',
    asyncGuid: null,
    storeId: 'S001',
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: new Date('2026-11-26T10:05:00Z').toISOString(),
    ...overrides,
  };
}
