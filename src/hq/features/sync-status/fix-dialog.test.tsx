// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../../contract/customer.ts';
import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import type { AsyncRecord } from '../../../contract/upload.ts';
import { SyncStatusSection } from './sync-status-section.tsx';

const guid = '0b9f6a8e-2f4c-4d4b-9a53-0f1c2d3e4f50';
const at = '2025-03-04T05:06:07.000Z';

const failed: AsyncOperation = {
  guid,
  kind: 'customer-create',
  storeId: 'S001',
  registerId: 'S001-R1',
  name: 'Hanako Yamada',
  accountNumber: null,
  status: 'failed',
  lastError: {
    code: 'unknown-country',
    values: { code: 'XXX' },
    field: 'customer.addresses.0.country',
  },
  createdAt: at,
  updatedAt: at,
};

const record: AsyncRecord = {
  kind: 'customer-create',
  guid,
  createdAt: at,
  customer: {
    ...emptyDraft(),
    firstName: 'Hanako',
    lastName: 'Yamada',
    email: 'hanako@example.com',
    addresses: [
      {
        purpose: 'home',
        street: '1-2-3 Jingumae',
        city: 'Shibuya',
        state: '13',
        zip: '150-0001',
        country: 'XXX',
        primary: true,
      },
    ],
  },
};

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

type Call = { method: string; url: string; body: unknown };

function fakeHq(resync: () => AsyncOperation) {
  let operation = failed;
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      const path = url.split('?')[0];
      if (path === '/api/hq/stores') return json(200, { stores: [] });
      if (path === '/api/hq/async-customers/stats') {
        return json(200, {
          buckets: [{ start: at, pending: 0, completed: 2, failed: 1 }],
        });
      }
      if (path === '/api/hq/async-customers') return json(200, { operations: [operation] });
      if (path === `/api/hq/async-customers/${guid}` && method === 'GET') {
        return json(200, { operation, record });
      }
      if (path === `/api/hq/async-customers/${guid}` && method === 'PUT') {
        return json(200, { operation });
      }
      if (path === `/api/hq/async-customers/${guid}/resync` && method === 'POST') {
        operation = resync();
        return json(200, { operation });
      }
      return json(404, {
        error: 'not-found',
        message: `No such resource: ${method} ${url}`,
        code: 'no-such-resource',
        values: { method, path: url },
      });
    }),
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <SyncStatusSection />
    </QueryClientProvider>,
  );
  return calls;
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openFix() {
  const row = (await screen.findByRole('rowheader', { name: 'Hanako Yamada' })).closest('tr');
  if (!row) throw new Error('no row');
  expect(within(row).getByText('Customer')).toBeTruthy();
  fireEvent.click(within(row).getByRole('button', { name: 'Fix Hanako Yamada' }));
  const dialog = await screen.findByRole('dialog', { name: 'Fix operation' });
  await within(dialog).findByLabelText('First name');
  return dialog;
}

describe('Fix operation', () => {
  it('shows the last error, refuses an invalid fix, saves the corrected record and synchronizes it again', async () => {
    const calls = fakeHq(() => ({
      ...failed,
      status: 'completed',
      accountNumber: 'C003004',
      lastError: null,
    }));
    const dialog = await openFix();
    expect(
      within(dialog).getByText("Address 1, Country/region: Country/region 'XXX' does not exist."),
    ).toBeTruthy();
    expect(within(dialog).getByLabelText('First name')).toHaveProperty('value', 'Hanako');

    const country = within(dialog).getByLabelText('Country/region');
    fireEvent.change(country, { target: { value: 'JP' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Use a three-letter country/region code.')).toBeTruthy();
    expect(country.getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);

    fireEvent.change(country, { target: { value: 'JPN' } });
    fireEvent.change(within(dialog).getByLabelText('Phone'), { target: { value: '03-1234-5678' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(
      'Saved. The operation stays Failed until it is synchronized again.',
    );
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        url: `/api/hq/async-customers/${guid}`,
        body: {
          record: {
            ...record,
            customer: {
              ...record.customer,
              phone: '03-1234-5678',
              addresses: [{ ...record.customer.addresses[0], country: 'JPN' }],
            },
          },
        },
      },
    ]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Synchronize again' }));
    await within(dialog).findByText('Completed — account C003004');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Fix Hanako Yamada' })).toBeNull(),
    );
    expect(screen.getByText('C003004')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('saves unsaved changes before synchronizing and shows a new error', async () => {
    const calls = fakeHq(() => ({
      ...failed,
      lastError: { code: 'invalid-phone', field: 'customer.phone' },
    }));
    const dialog = await openFix();
    fireEvent.change(within(dialog).getByLabelText('Country/region'), {
      target: { value: 'JPN' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Synchronize again' }));
    await within(dialog).findByText('Failed: Phone: Enter a valid phone number.');
    expect(calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.url}`)).toEqual([
      `PUT /api/hq/async-customers/${guid}`,
      `POST /api/hq/async-customers/${guid}/resync`,
    ]);
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeTruthy();
  });
});

describe('the status chart', () => {
  it('summarizes the totals in its text alternative and lists the numbers', async () => {
    fakeHq(() => failed);
    const chart = await screen.findByRole('img', {
      name: 'Asynchronous operations over the last hour: 2 completed, 0 pending, 1 failed.',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const table = screen.getByRole('table', { name: /^Asynchronous operations over/ });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '1']);
  });
});
