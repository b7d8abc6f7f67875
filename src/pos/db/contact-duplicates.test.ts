import { describe, expect, it } from 'vitest';
import type { ContactDetails } from '../../contract/contact-keys.ts';
import { configuredDatabase, draft, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { findContactDuplicates, saveHqCustomers } from './customers-repo.ts';
import { addAsyncCustomer } from './outbox-repo.ts';
import type { PosDatabase } from './schema.ts';

const typed = (contact: Partial<ContactDetails>): ContactDetails => ({
  phone: '',
  email: '',
  ...contact,
});

/** A register with Taro (synced, C000123) and Sakura (created here, Pending sync). */
async function registerWithTwo(): Promise<{ db: PosDatabase; sakuraId: number }> {
  const db = await configuredDatabase();
  await saveHqCustomers(db, [
    hqCustomer({
      accountNumber: 'C000123',
      firstName: 'Taro',
      lastName: 'Suzuki',
      email: 'taro@example.jp',
      phone: '090-1234-5678',
    }),
  ]);
  const sakuraId = await addAsyncCustomer(
    db,
    record({
      customer: draft({
        firstName: 'Sakura',
        lastName: 'Sato',
        email: 'Sakura.Sato@Example.jp',
        phone: '03 5555 0101',
        secondaryPhones: ['080-2222-3333'],
      }),
    }),
    testConfig,
  );
  return { db, sakuraId };
}

const found = async (db: PosDatabase, contact: Partial<ContactDetails>, excludeLocalId?: number) =>
  (await findContactDuplicates(db, typed(contact), excludeLocalId)).map((m) => ({
    name: m.customer.firstName,
    reasons: m.reasons,
  }));

describe('findContactDuplicates', () => {
  it('finds a phone number typed in another format, and full-width digits', async () => {
    const { db } = await registerWithTwo();
    expect(await found(db, { phone: '09012345678' })).toEqual([
      { name: 'Taro', reasons: ['phone'] },
    ]);
    expect(await found(db, { phone: '０９０ー１２３４ー５６７８' })).toEqual([
      { name: 'Taro', reasons: ['phone'] },
    ]);
  });

  it('finds an e-mail address whatever its case and surrounding spaces, pending ones included', async () => {
    const { db } = await registerWithTwo();
    expect(await found(db, { email: '  SAKURA.sato@example.JP ' })).toEqual([
      { name: 'Sakura', reasons: ['email'] },
    ]);
  });

  it('compares secondary phones and e-mails both ways, and names every shared reason', async () => {
    const { db } = await registerWithTwo();
    expect(await found(db, { phone: '', secondaryPhones: ['03-5555-0101'] })).toEqual([
      { name: 'Sakura', reasons: ['phone'] },
    ]);
    expect(await found(db, { phone: '(080) 2222 3333' })).toEqual([
      { name: 'Sakura', reasons: ['phone'] },
    ]);
    expect(
      await found(db, {
        phone: '090 1234 5678',
        email: 'x@y.jp',
        secondaryEmails: ['Taro@example.jp'],
      }),
    ).toEqual([{ name: 'Taro', reasons: ['phone', 'email'] }]);
  });

  it('lists several matches, oldest first', async () => {
    const { db } = await registerWithTwo();
    expect(await found(db, { phone: '09012345678', email: 'sakura.sato@example.jp' })).toEqual([
      { name: 'Taro', reasons: ['phone'] },
      { name: 'Sakura', reasons: ['email'] },
    ]);
  });

  it('finds nothing for short phone numbers, partial ones, or an unrelated contact', async () => {
    const { db } = await registerWithTwo();
    expect(await found(db, { phone: '5678' })).toEqual([]);
    expect(await found(db, { phone: '090-1234-567' })).toEqual([]);
    expect(await found(db, { email: 'taro@example' })).toEqual([]);
    expect(await found(db, { phone: '070-9999-0000', email: 'new@example.jp' })).toEqual([]);
    expect(await found(db, {})).toEqual([]);
  });

  it('leaves out the customer being edited', async () => {
    const { db, sakuraId } = await registerWithTwo();
    expect(await found(db, { phone: '03-5555-0101' }, sakuraId)).toEqual([]);
  });

  it('leaves out a customer merged at HQ, and finds the one it was merged into', async () => {
    const { db } = await registerWithTwo();
    await saveHqCustomers(db, [
      hqCustomer({ accountNumber: 'C000456', firstName: 'Kept', phone: '090-1234-5678' }),
      hqCustomer({
        accountNumber: 'C000123',
        firstName: 'Taro',
        phone: '090-1234-5678',
        mergedInto: 'C000456',
        version: 2,
      }),
    ]);
    expect(await found(db, { phone: '09012345678' })).toEqual([
      { name: 'Kept', reasons: ['phone'] },
    ]);
  });
});
