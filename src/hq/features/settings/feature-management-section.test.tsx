// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HqSettings } from '../../../contract/hq-admin.ts';
import { errorBody } from '../../../contract/errors.ts';
import { message } from '../../../contract/messages.ts';
import { FeatureManagementSection } from './feature-management-section.tsx';

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

function fakeHq(initial: HqSettings, refuse = false) {
  let settings = initial;
  const patches: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((_input, init) => {
      if (init?.method === 'PATCH') {
        const patch = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as {
          features?: Partial<HqSettings['features']>;
          filterSharedCustomerData?: boolean;
        };
        patches.push(patch);
        if (refuse) return json(409, errorBody('conflict', message('feature-conflict')));
        settings = {
          features: { ...settings.features, ...patch.features },
          filterSharedCustomerData:
            patch.filterSharedCustomerData ?? settings.filterSharedCustomerData,
        };
        return json(200, settings);
      }
      return json(200, settings);
    }),
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <FeatureManagementSection />
    </QueryClientProvider>,
  );
  return patches;
}

const off: HqSettings = {
  features: {
    asyncAddressCreation: false,
    enhancedAsyncCreation: false,
    asyncCustomerEditing: false,
  },
  filterSharedCustomerData: false,
};
const reason =
  'Enable editing customers in asynchronous mode needs Enable the asynchronous creation for customer addresses and Enable enhanced async customer creation to be on.';
const box = (name: string) => screen.findByRole('checkbox', { name });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Feature management', () => {
  it('keeps 10.0.29 off until both prerequisites are on, then saves each switch at once', async () => {
    const patches = fakeHq(off);
    const editing = await box('Enable editing customers in asynchronous mode');
    expect(editing).toHaveProperty('disabled', true);
    expect(editing.getAttribute('aria-describedby')).toContain(
      screen.getAllByText(reason)[0]?.id ?? 'missing',
    );

    fireEvent.click(await box('Enable the asynchronous creation for customer addresses'));
    fireEvent.click(await box('Enable enhanced async customer creation'));
    await waitFor(() => expect(editing).toHaveProperty('disabled', false));
    fireEvent.click(editing);
    await waitFor(() => expect(editing).toHaveProperty('checked', true));

    const address = await box('Enable the asynchronous creation for customer addresses');
    await waitFor(() => expect(address).toHaveProperty('disabled', true));
    // Each prerequisite now says why it cannot be turned off.
    expect(screen.getAllByText(reason)).toHaveLength(2);
    expect(await box('Enable enhanced async customer creation')).toHaveProperty('disabled', true);
    expect(patches).toEqual([
      { features: { asyncAddressCreation: true } },
      { features: { enhancedAsyncCreation: true } },
      { features: { asyncCustomerEditing: true } },
    ]);
  });

  it('saves the channel schema filter and shows a refusal as text', async () => {
    const patches = fakeHq(off, true);
    const filter = await box('Filter shared customer data tables');
    fireEvent.click(filter);
    expect((await screen.findByRole('alert')).textContent).toBe(`Not saved: ${reason}`);
    await waitFor(() => expect(filter).toHaveProperty('checked', false));
    expect(patches).toEqual([{ filterSharedCustomerData: true }]);
  });
});
