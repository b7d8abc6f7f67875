// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import { addAsyncCustomer } from '../../db/outbox-repo.ts';
import type { PosDatabase } from '../../db/schema.ts';
import { ServicesProvider, type PosServices } from '../../services/pos-services.tsx';
import { configuredDatabase, draft, hqCustomer, record, testConfig } from '../../test-fixtures.ts';
import { CustomerForm } from './customer-form.tsx';

afterEach(cleanup);

/** The register's services as far as the form uses them: the database. */
const withDatabase = (db: PosDatabase) => ({ db }) as PosServices;

function renderForm(db: PosDatabase, customerLocalId?: number) {
  render(
    <ServicesProvider services={withDatabase(db)}>
      <CustomerForm
        initial={null}
        submitLabel="Save"
        onSubmit={() => Promise.resolve(null)}
        onCancel={() => undefined}
        enhancedBlocked={null}
        affiliationOptions={[]}
        withAddress={false}
        {...(customerLocalId === undefined ? {} : { customerLocalId })}
      />
    </ServicesProvider>,
  );
  return {
    type: (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } }),
    warning: screen.getByRole('status', { name: 'Possible duplicates' }),
  };
}

async function customers(db: PosDatabase, extraSynced = 0) {
  await saveHqCustomers(db, [
    hqCustomer({
      accountNumber: 'C000123',
      firstName: 'Taro',
      lastName: 'Suzuki',
      email: 'taro@example.jp',
      phone: '090-1234-5678',
    }),
    ...Array.from({ length: extraSynced }, (_, i) =>
      hqCustomer({
        accountNumber: `C00020${i}`,
        firstName: `Extra${i}`,
        email: `extra${i}@example.jp`,
        phone: '090-1234-5678',
      }),
    ),
  ]);
  return addAsyncCustomer(
    db,
    record({
      customer: draft({ firstName: 'Sakura', lastName: 'Sato', email: 'sakura@x.jp', phone: '' }),
    }),
    testConfig,
  );
}

describe('the duplicate warning on the customer form (X2)', () => {
  it('names the customer with the same phone once typing pauses, with a link to open it', async () => {
    const db = await configuredDatabase();
    await customers(db);
    const form = renderForm(db);
    expect(form.warning.textContent).toBe('');
    form.type('Phone', '09012345678');
    await within(form.warning).findByText(
      'Possible duplicate: Taro Suzuki (C000123) has the same phone number.',
      { exact: false },
    );
    expect(within(form.warning).getByRole('link', { name: 'Open Taro Suzuki' })).toHaveProperty(
      'pathname',
      '/customers/1',
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });

  it('says Pending sync for a customer not synced yet, and both reasons when both match', async () => {
    const db = await configuredDatabase();
    await customers(db);
    const form = renderForm(db);
    form.type('Email', ' SAKURA@X.JP');
    await within(form.warning).findByText(
      'Possible duplicate: Sakura Sato (Pending sync) has the same e-mail address.',
      { exact: false },
    );
    form.type('Email', 'Taro@Example.jp');
    form.type('Phone', '090 1234 5678');
    await within(form.warning).findByText(
      'Possible duplicate: Taro Suzuki (C000123) has the same phone number and e-mail address.',
      { exact: false },
    );
    expect(within(form.warning).queryByText(/Sakura/)).toBeNull();
  });

  it('lists three and counts the rest', async () => {
    const db = await configuredDatabase();
    await customers(db, 3);
    const form = renderForm(db);
    form.type('Phone', '090-1234-5678');
    await within(form.warning).findByText('and 1 more');
    expect(within(form.warning).getAllByRole('listitem')).toHaveLength(3);
  });

  it('leaves out the customer being edited, and warns of nothing for an unrelated phone', async () => {
    const db = await configuredDatabase();
    const sakuraId = await customers(db);
    const form = renderForm(db, sakuraId);
    form.type('Email', 'sakura@x.jp');
    form.type('Phone', '070-0000-1111');
    // The lookup runs once typing pauses; give it time to run, then nothing is said.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(form.warning.textContent).toBe('');
    form.type('Phone', '09012345678');
    await within(form.warning).findByRole('link', { name: 'Open Taro Suzuki' });
    expect(within(form.warning).queryByText(/Sakura/)).toBeNull();
  });
});
