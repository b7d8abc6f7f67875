// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBody } from '../../../contract/errors.ts';
import { message } from '../../../contract/messages.ts';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { StoresSection } from './stores-section.tsx';

const shibuya: HqStore = {
  id: 'S001',
  name: 'Shibuya Store',
  asyncCustomerMode: false,
  defaults: {
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    affiliations: [],
  },
  defaultCustomerAccount: 'C000001',
  registers: [
    { id: 'S001-R1', number: '1', activated: true, retiredAt: null },
    { id: 'S001-R2', number: '2', activated: false, retiredAt: null },
  ],
};

type Call = { method: string; url: string; body: unknown };
type Answer = { status: number; body: unknown };

const json = ({ status, body }: Answer) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

/**
 * HQ with one store. `answer` may refuse a call (returning an answer); otherwise HQ does what
 * the call asks, and the list read afterwards shows it.
 */
function fakeHq(answer: (call: Call) => Answer | null = () => null) {
  let stores: HqStore[] = [shibuya];
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      const call = { method, url, body };
      if (method !== 'GET') calls.push(call);
      const refused = answer(call);
      if (refused) return json(refused);
      if (url === '/api/hq/affiliations') {
        return json({ status: 200, body: { affiliations: [{ id: 'VIP', name: 'VIP' }] } });
      }
      if (url === '/api/hq/stores' && method === 'POST') {
        const b = body as { id: string; name: string; asyncCustomerMode: boolean } & {
          defaults: HqStore['defaults'];
        };
        const store: HqStore = {
          id: b.id,
          name: b.name,
          asyncCustomerMode: b.asyncCustomerMode,
          defaults: b.defaults,
          defaultCustomerAccount: 'C000600',
          registers: [],
        };
        stores = [...stores, store];
        return json({ status: 201, body: { store } });
      }
      if (url === '/api/hq/stores/S001' && method === 'PATCH') {
        stores = stores.map((s) => (s.id === 'S001' ? { ...s, ...(body as object) } : s));
        return json({ status: 200, body: { store: stores[0] } });
      }
      if (url === '/api/hq/stores/S001/registers' && method === 'POST') {
        const { number } = body as { number: string };
        const register = { id: `S001-R${number}`, number, activated: false, retiredAt: null };
        stores = stores.map((s) =>
          s.id === 'S001' ? { ...s, registers: [...s.registers, register] } : s,
        );
        return json({ status: 201, body: { register, store: stores[0] } });
      }
      const retire = /^\/api\/hq\/registers\/([^/]+)\/retire$/.exec(url);
      if (retire && method === 'POST') {
        const retiredAt = '2025-01-01T09:00:00.000Z';
        stores = stores.map((s) => ({
          ...s,
          registers: s.registers.map((r) =>
            r.id === retire[1] ? { ...r, activated: false, retiredAt } : r,
          ),
        }));
        return json({ status: 200, body: { registerId: retire[1], retiredAt } });
      }
      if (url === '/api/hq/stores') return json({ status: 200, body: { stores } });
      return json({
        status: 404,
        body: errorBody('not-found', message('no-such-resource', { method, path: url })),
      });
    }),
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <StoresSection />
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

async function openAddStore() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add store' }));
  return screen.getByRole('form', { name: 'Add a store' });
}

describe('Add store', () => {
  it('adds a store with its default customer, values copied from an existing store', async () => {
    const calls = fakeHq();
    const form = await openAddStore();
    expect(document.activeElement).toBe(within(form).getByLabelText('Store ID'));
    fireEvent.change(within(form).getByLabelText('Store ID'), { target: { value: 's003' } });
    fireEvent.change(within(form).getByLabelText('Store name'), {
      target: { value: 'Kyoto Store' },
    });
    expect(within(form).getByLabelText('Default customer name')).toHaveProperty(
      'value',
      'Kyoto Store default customer',
    );
    expect(within(form).getByLabelText('Customer group')).toHaveProperty('value', 'Retail');
    fireEvent.click(within(form).getByLabelText('Create customer in async mode'));
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'VIP' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));

    expect(
      await screen.findByText('Kyoto Store (S003) added. Add its registers on its card.'),
    ).toBeTruthy();
    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/hq/stores',
        body: {
          id: 'S003',
          name: 'Kyoto Store',
          asyncCustomerMode: true,
          defaultCustomerName: 'Kyoto Store default customer',
          defaults: { ...shibuya.defaults, affiliations: ['VIP'] },
        },
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Add a store' })).toBeNull();
    expect(await screen.findByRole('region', { name: 'Kyoto Store' })).toBeTruthy();
  });

  it('explains a missing ID and name instead of posting', async () => {
    const calls = fakeHq();
    const form = await openAddStore();
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(
      within(form).getByText('Use 1 to 14 capital letters, digits and -, e.g. S003.'),
    ).toBeTruthy();
    // The store's name, and the default customer's, made from it.
    expect(within(form).getAllByText('Name is required.')).toHaveLength(2);
    expect(within(form).getByLabelText('Store ID').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Store name').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
  });

  it('says on the ID field when HQ already has a store with that ID', async () => {
    fakeHq((call) =>
      call.method === 'POST' && call.url === '/api/hq/stores'
        ? {
            status: 409,
            body: errorBody('store-exists', message('store-exists', { store: 'S001' })),
          }
        : null,
    );
    const form = await openAddStore();
    fireEvent.change(within(form).getByLabelText('Store ID'), { target: { value: 'S001' } });
    fireEvent.change(within(form).getByLabelText('Store name'), { target: { value: 'Again' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByText('A store with this ID already exists.')).toBeTruthy();
    expect(within(form).getByLabelText('Store ID').getAttribute('aria-invalid')).toBe('true');
  });

  it('closes on Cancel without a call and gives focus back to Add store', async () => {
    const calls = fakeHq();
    const form = await openAddStore();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add store' })),
    );
    expect(calls).toEqual([]);
  });
});

describe('Rename', () => {
  it('renames a store and says so', async () => {
    const calls = fakeHq();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Shibuya Store' }));
    const form = screen.getByRole('form', { name: 'Rename Shibuya Store' });
    fireEvent.change(within(form).getByLabelText('Store name'), {
      target: { value: 'Shibuya Flagship' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Renamed to Shibuya Flagship.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Shibuya Flagship' })).toBeTruthy();
    expect(calls).toEqual([
      { method: 'PATCH', url: '/api/hq/stores/S001', body: { name: 'Shibuya Flagship' } },
    ]);
  });

  it('refuses an empty name without a call', async () => {
    const calls = fakeHq();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Shibuya Store' }));
    const form = screen.getByRole('form', { name: 'Rename Shibuya Store' });
    fireEvent.change(within(form).getByLabelText('Store name'), { target: { value: ' ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByText('Name is required.')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});

describe('Registers of a store', () => {
  it('adds the next register number', async () => {
    const calls = fakeHq();
    const form = await screen.findByRole('form', { name: 'Add register — Shibuya Store' });
    expect(within(form).getByLabelText('Register number')).toHaveProperty('value', '3');
    fireEvent.click(within(form).getByRole('button', { name: 'Add register' }));
    expect(await screen.findByText('Register 3 added to Shibuya Store.')).toBeTruthy();
    expect(await screen.findByText('Register 3:')).toBeTruthy();
    expect(calls).toEqual([
      { method: 'POST', url: '/api/hq/stores/S001/registers', body: { number: '3' } },
    ]);
  });

  it('says when the store already has that register', async () => {
    fakeHq((call) =>
      call.url === '/api/hq/stores/S001/registers'
        ? {
            status: 409,
            body: errorBody(
              'register-exists',
              message('register-exists', { number: 2, store: 'S001' }),
            ),
          }
        : null,
    );
    const form = await screen.findByRole('form', { name: 'Add register — Shibuya Store' });
    fireEvent.change(within(form).getByLabelText('Register number'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add register' }));
    expect(await within(form).findByText('Shibuya Store already has register 2.')).toBeTruthy();
  });

  it('retires a register after confirming, and lists it as retired', async () => {
    const calls = fakeHq();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Retire Register 2 of Shibuya Store' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Retire Register 2 of Shibuya Store?' });
    expect(dialog.textContent).toContain(
      'Its device token stops working at once; its queued records can still be imported from a rescue file. This cannot be undone.',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retire' }));
    expect(await screen.findByText('Register 2 of Shibuya Store retired.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('retired')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retire Register 2 of Shibuya Store' })).toBeNull();
    expect(calls).toEqual([{ method: 'POST', url: '/api/hq/registers/S001-R2/retire', body: {} }]);
  });

  it('retires nothing when the dialog is cancelled', async () => {
    const calls = fakeHq();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Retire Register 1 of Shibuya Store' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Retire Register 1 of Shibuya Store?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
  });
});
