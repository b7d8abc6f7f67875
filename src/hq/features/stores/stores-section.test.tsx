// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  registers: [{ id: 'S001-R1', number: '1', activated: true, retiredAt: null }],
};

type Patch = { asyncCustomerMode?: boolean; defaults?: HqStore['defaults'] };

function renderStores(patch: (body: Patch) => Response) {
  let store = shibuya;
  const patches: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url === '/api/hq/stores/S001' && init?.method === 'PATCH') {
        const body = JSON.parse(typeof init.body === 'string' ? init.body : '') as Patch;
        patches.push(body);
        const response = patch(body);
        if (response.ok) store = { ...store, ...body };
        return Promise.resolve(response);
      }
      if (url === '/api/hq/affiliations') {
        return Promise.resolve(
          new Response(
            JSON.stringify({
              affiliations: [
                { id: 'EMPLOYEE', name: 'Employee' },
                { id: 'SENIOR', name: 'Senior' },
              ],
            }),
          ),
        );
      }
      return Promise.resolve(new Response(JSON.stringify({ stores: [store] })));
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <StoresSection />
    </QueryClientProvider>,
  );
  return patches;
}

const label = 'Create customer in async mode — Shibuya Store';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Stores', () => {
  it('saves async mode as soon as the box is ticked and says it is saved', async () => {
    const patches = renderStores(
      (body) => new Response(JSON.stringify({ store: { ...shibuya, ...body } })),
    );
    const box = await screen.findByRole('checkbox', { name: label });
    fireEvent.click(box);
    expect(box).toHaveProperty('checked', true);
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(box).toHaveProperty('checked', true);
    expect(patches).toEqual([{ asyncCustomerMode: true }]);
  });

  it("shows HQ's refusal and puts the box back", async () => {
    renderStores(
      () =>
        new Response(
          JSON.stringify(
            errorBody('conflict', message('store-without-default', { store: 'S001' })),
          ),
          { status: 409 },
        ),
    );
    const box = await screen.findByRole('checkbox', { name: label });
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Not saved: Store 'S001' has no default customer at HQ.",
    );
    await waitFor(() => expect(box).toHaveProperty('checked', false));
  });

  it("saves the store's default customer with its affiliations", async () => {
    const patches = renderStores(
      (body) => new Response(JSON.stringify({ store: { ...shibuya, ...body } })),
    );
    const card = await screen.findByRole('region', { name: 'Shibuya Store' });
    const form = within(card).getByRole('form', {
      name: 'Defaults for new customers — Shibuya Store',
    });
    fireEvent.change(within(form).getByLabelText('Currency'), { target: { value: 'usd' } });
    fireEvent.change(within(form).getByLabelText('Receipt preference'), {
      target: { value: 'email' },
    });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Senior' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Defaults saved.')).toBeTruthy();
    expect(patches).toEqual([
      {
        defaults: {
          customerGroup: 'Retail',
          currency: 'USD',
          language: 'ja',
          receiptPreference: 'email',
          affiliations: ['SENIOR'],
        },
      },
    ]);
  });

  it('explains an invalid default instead of saving it', async () => {
    const patches = renderStores(() => new Response('{}'));
    const card = await screen.findByRole('region', { name: 'Shibuya Store' });
    fireEvent.change(within(card).getByLabelText('Customer group'), { target: { value: '' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).getByText('Enter a customer group of 1 to 10 characters.')).toBeTruthy();
    expect(within(card).getByLabelText('Customer group').getAttribute('aria-invalid')).toBe('true');
    expect(patches).toEqual([]);
  });
});
