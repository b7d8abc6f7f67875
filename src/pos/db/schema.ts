import { Dexie, type Table } from 'dexie';
import type {
  Address,
  CustomerDraft,
  CustomerType,
  LoyaltyCard,
  receiptPreferences,
} from '../../contract/customer.ts';
import type { AsyncRecord } from '../../contract/upload.ts';
import type { OutboxStatus } from './outbox-state.ts';
import { upgradeSearchTokens } from './search-token-upgrade.ts';

/** "synced": HQ has it (account number known); "pending": created here, not converted yet. */
export type LocalSyncStatus = 'synced' | 'pending';

/** An address added on this register (10.0.22) that HQ has not applied yet: shows Pending sync. */
export interface PendingAddress {
  /** The GUID of its address-create record. */
  recordId: string;
  address: Address;
}

/** A customer on the register: downloaded from the channel database, or created here. */
export interface LocalCustomer {
  localId?: number;
  /** Absent until HQ's account number arrives. */
  accountNumber?: string;
  /** The temporary GUID of a customer created asynchronously. Never shown to the cashier. */
  asyncGuid?: string;
  syncStatus: LocalSyncStatus;
  type: CustomerType;
  firstName: string;
  lastName: string;
  organizationName: string;
  email: string;
  phone: string;
  addresses: Address[];
  title: CustomerDraft['title'];
  affiliations: string[];
  secondaryEmails: string[];
  secondaryPhones: string[];
  /** Addresses added here and not yet applied at HQ. */
  pendingAddresses: PendingAddress[];
  /** 1 when this register created the customer: kept even with shared customer data filtered (B4). */
  createdHere: 0 | 1;
  customerGroup: string;
  currency: string;
  language: string;
  receiptPreference: (typeof receiptPreferences)[number];
  storeId: string;
  loyaltyCards: LoyaltyCard[];
  /** The last asynchronous edit HQ applied to this customer (10.0.29). */
  appliedEditGuid?: string;
  /**
   * The account this customer was merged into at HQ (X2). Its search tokens are then only its
   * own account number, and it is never a duplicate of anyone.
   */
  mergedInto?: string;
  /** HQ's version; 0 while pending. */
  version: number;
  updatedAt: string;
  searchTokens: string[];
}

/** One asynchronous record waiting for (or done with) upload; the transactional outbox. */
export interface OutboxEntry extends OutboxStatus {
  seq?: number;
  /** The record's GUID: the idempotency key. */
  recordId: string;
  /** The local customer the record belongs to. */
  localId: number;
  record: AsyncRecord;
  createdAt: number;
  updatedAt: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The register's database: the only module that knows the storage schema. Versions only ever
 * add (an old service worker would re-create dropped indexes); Dexie cannot index booleans.
 */
export class PosDatabase extends Dexie {
  customers!: Table<LocalCustomer, number>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      customers: '++localId, &accountNumber, &asyncGuid, syncStatus, *searchTokens',
      outbox: '++seq, &recordId, state, localId',
      meta: 'key',
    });
    // v2 (B4, B9, B10): which customers were created here, enhanced fields, pending addresses.
    this.version(2)
      .stores({
        customers: '++localId, &accountNumber, &asyncGuid, syncStatus, *searchTokens, createdHere',
      })
      .upgrade(async (tx) => {
        const ownGuids = new Set(
          (await tx.table<OutboxEntry, number>('outbox').toArray()).map((e) => e.recordId),
        );
        await tx
          .table<LocalCustomer, number>('customers')
          .toCollection()
          .modify((c) => {
            // v1 rows have none of these fields.
            Object.assign(c, {
              title: '',
              affiliations: [],
              secondaryEmails: [],
              secondaryPhones: [],
              pendingAddresses: [],
              createdHere: c.asyncGuid !== undefined && ownGuids.has(c.asyncGuid) ? 1 : 0,
            });
          });
        // The cached settings gain the v2 fields, all off, until the next download replaces them.
        await tx
          .table<MetaEntry, string>('meta')
          .where('key')
          .equals('config')
          .modify((entry) => {
            const v1 = entry.value as { defaults?: object };
            entry.value = {
              filterSharedCustomerData: false,
              features: {
                asyncAddressCreation: false,
                enhancedAsyncCreation: false,
                asyncCustomerEditing: false,
              },
              affiliations: [],
              ...v1,
              defaults: { affiliations: [], ...v1.defaults },
            };
          });
      });
    // v3 (issue 13, parts 5 and 6): synced outbox entries pruned by age through an index; the
    // search tokens of customers stored by older versions recomputed (name phrases, full width).
    this.version(3)
      .stores({ outbox: '++seq, &recordId, state, localId, [state+updatedAt]' })
      .upgrade(upgradeSearchTokens);
    // v4: the oldest entry not yet uploaded is read through an index, not by walking the queue.
    this.version(4).stores({
      outbox: '++seq, &recordId, state, localId, [state+updatedAt], [state+createdAt]',
    });
  }
}

/** The database name the POS and its service worker share. */
export const posDatabaseName = 'pos-register';

/** Opens the register database (lazily, on first use). */
export function openPosDatabase(name: string = posDatabaseName): PosDatabase {
  return new PosDatabase(name);
}
