// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import { ServicesProvider, type PosServices } from '../../services/pos-services.tsx';
import { createObservable } from '../../sync/observable.ts';
import { configuredDatabase, hqCustomer } from '../../test-fixtures.ts';
import { CustomerDetailsPage } from './customer-details-page.tsx';
import { CustomerTable } from './customer-table.tsx';

afterEach(cleanup);

const taro = hqCustomer({ accountNumber: 'C000123', firstName: 'Taro', lastName: 'Suzuki' });
const merged = { ...taro, mergedInto: 'C000456', version: 2 };
const kept = hqCustomer({ accountNumber: 'C000456', firstName: 'Taro', lastName: 'Suzuki' });

/** The details page of C000123, merged into C000456; with C000456 on the register or not. */
async function renderMergedDetails(keptHere: boolean) {
  const db = await configuredDatabase();
  const [mergedId = 0, keptId] = await saveHqCustomers(db, keptHere ? [merged, kept] : [merged]);
  // The register's services as far as the page uses them: the database and the connection.
  const services = {
    db,
    connectivity: createObservable({ online: true, reason: null }),
  } as unknown as PosServices;
  render(
    <ServicesProvider services={services}>
      <CustomerDetailsPage localId={mergedId} />
    </ServicesProvider>,
  );
  await screen.findByText('This customer was merged into C000456 at HQ.', { exact: false });
  return { db, keptId };
}

describe('a customer merged at HQ on the register (X2)', () => {
  it('says where it went, links there, and offers no change', async () => {
    const { keptId } = await renderMergedDetails(true);
    const open = await screen.findByRole('link', { name: 'Open C000456' });
    expect(open).toHaveProperty('pathname', `/customers/${keptId}`);
    for (const action of ['Edit customer', 'Add address', 'Issue loyalty card']) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
  });

  it('has no link while the customer it was merged into is not on the register, then has one', async () => {
    const { db } = await renderMergedDetails(false);
    // Give the look-up of C000456 time to answer: it finds nothing, so no link comes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('link', { name: 'Open C000456' })).toBeNull();
    // It arrives with a later download: the link appears without reopening the page.
    await saveHqCustomers(db, [kept]);
    expect(await screen.findByRole('link', { name: 'Open C000456' })).toBeDefined();
  });

  it('shows Merged into in the table instead of its account state', () => {
    render(<CustomerTable customers={[merged, kept]} caption="Customers" />);
    const [, mergedRow, inUseRow] = screen.getAllByRole('row');
    expect(mergedRow?.firstElementChild?.textContent).toBe('Merged into C000456');
    expect(inUseRow?.firstElementChild?.textContent).toBe('C000456');
  });
});
