import { describe, expect, it } from 'vitest';
import type { AsyncAddressRecord, AsyncCustomerEditRecord } from '../../contract/upload.ts';
import { configuredDatabase, draft, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { getCustomer, saveHqCustomers } from './customers-repo.ts';
import {
  addAsyncCustomer,
  outboxEntriesFor,
  queueAddress,
  queueCustomerEdit,
} from './outbox-repo.ts';

const address = {
  purpose: 'home',
  street: '1-2-3 Jingumae',
  city: 'Tokyo',
  state: '',
  zip: '150-0001',
  country: 'JPN',
  primary: true,
} as const;

function edit(asyncGuid: string, firstName: string): AsyncCustomerEditRecord {
  return {
    kind: 'customer-edit',
    guid: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    customer: { asyncGuid },
    draft: draft({ firstName }),
  };
}
function addressRecord(ref: AsyncAddressRecord['customer']): AsyncAddressRecord {
  return {
    kind: 'address-create',
    guid: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    customer: ref,
    address,
  };
}

describe('queued edits and addresses (10.0.29, 10.0.22)', () => {
  it('applies a queued edit to the pending customer at once and queues it behind the creation', async () => {
    const db = await configuredDatabase();
    const create = record();
    const localId = await addAsyncCustomer(db, create, testConfig);
    await queueCustomerEdit(db, localId, edit(create.guid, 'Hana'));
    expect((await getCustomer(db, localId))?.firstName).toBe('Hana');
    expect((await outboxEntriesFor(db, localId)).map((e) => e.record.kind)).toEqual([
      'customer-create',
      'customer-edit',
    ]);
  });

  it('keeps the newest unapplied edit over HQ values, and syncs edits up to the one HQ applied', async () => {
    const db = await configuredDatabase();
    const create = record();
    const localId = await addAsyncCustomer(db, create, testConfig);
    const first = edit(create.guid, 'Second');
    const second = edit(create.guid, 'Third');
    await queueCustomerEdit(db, localId, first);
    await queueCustomerEdit(db, localId, second);

    await saveHqCustomers(db, [
      hqCustomer({
        accountNumber: 'C100010',
        asyncGuid: create.guid,
        firstName: 'Second',
        appliedEditGuid: first.guid,
        version: 2,
      }),
    ]);

    expect(await getCustomer(db, localId)).toMatchObject({
      accountNumber: 'C100010',
      firstName: 'Third',
    });
    expect((await outboxEntriesFor(db, localId)).map((e) => e.state)).toEqual([
      'synced',
      'synced',
      'pending',
    ]);

    await saveHqCustomers(db, [
      hqCustomer({
        accountNumber: 'C100010',
        asyncGuid: create.guid,
        firstName: 'Third',
        appliedEditGuid: second.guid,
        version: 3,
      }),
    ]);
    expect((await outboxEntriesFor(db, localId)).every((e) => e.state === 'synced')).toBe(true);
  });

  it('shows a queued address as pending until HQ sends it back with its record GUID', async () => {
    const db = await configuredDatabase();
    const [localId] = await saveHqCustomers(db, [hqCustomer({ accountNumber: 'C100020' })]);
    if (localId === undefined) throw new Error('not stored');
    const rec = addressRecord({ accountNumber: 'C100020' });
    await queueAddress(db, localId, rec);
    expect((await getCustomer(db, localId))?.pendingAddresses).toHaveLength(1);

    await saveHqCustomers(db, [
      hqCustomer({
        accountNumber: 'C100020',
        addresses: [{ ...address, asyncGuid: rec.guid }],
        version: 2,
      }),
    ]);

    const customer = await getCustomer(db, localId);
    expect(customer?.pendingAddresses).toEqual([]);
    expect(customer?.addresses).toHaveLength(1);
    expect((await outboxEntriesFor(db, localId))[0]?.state).toBe('synced');
  });
});
