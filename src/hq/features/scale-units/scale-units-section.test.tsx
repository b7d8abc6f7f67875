// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { message } from '../../../contract/messages.ts';
import type { ScaleUnitSummary } from '../../../contract/scale-units.ts';
import { hqI18n } from '../../i18n/i18n.ts';
import { ScaleUnitsSection } from './scale-units-section.tsx';

const store = (id: string, name: string): HqStore => ({
  id,
  name,
  asyncCustomerMode: false,
  defaults: {
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    affiliations: [],
  },
  defaultCustomerAccount: 'C000001',
  registers: [],
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

const local: ScaleUnitSummary = {
  id: 'local',
  url: null,
  storeIds: ['S001', 'S003'],
  connectedRegisters: 2,
  reachable: true,
  lastContactAt: minutesAgo(0),
  lastPullAt: minutesAgo(3),
  lastPushAt: null,
  lastError: null,
  lastErrorAt: null,
};
const osaka: ScaleUnitSummary = {
  id: 'osaka',
  url: 'https://su-osaka.example:8443',
  storeIds: null,
  connectedRegisters: null,
  reachable: false,
  lastContactAt: null,
  lastPullAt: null,
  lastPushAt: null,
  lastError: message('scale-unit-unreachable', { id: 'osaka', reason: 'connection refused' }),
  lastErrorAt: minutesAgo(5),
};

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

function fakeHq(scaleUnits: ScaleUnitSummary[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url === '/api/hq/stores') {
        return json(200, { stores: [store('S001', 'Shibuya Store'), store('S002', 'Umeda')] });
      }
      if (url === '/api/hq/scale-units') return json(200, { scaleUnits });
      return json(404, { error: 'not-found', message: 'No such thing.' });
    }),
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <ScaleUnitsSection />
    </QueryClientProvider>,
  );
}

const cells = (row: HTMLElement) =>
  Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent);

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await hqI18n.choose('en');
});

describe('the Scale units section', () => {
  it('lists each scale unit with its stores, reachability in words, registers and last pull and push', async () => {
    fakeHq([local, osaka]);
    const table = await screen.findByRole('table', {
      name: '2 scale units, 1 not reachable',
    });
    await within(table).findByText('Shibuya Store, S003');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Scale unit',
      'Stores',
      'Status',
      'Registers connected',
      'Last pull (P-job)',
      'Last push (1010)',
    ]);
    const [first, second] = within(table).getAllByRole('row').slice(1).map(cells);
    expect(first).toEqual([
      'localIn this process',
      'Shibuya Store, S003',
      'Reachable',
      '2',
      expect.stringMatching(/^3 minutes ago/),
      'Never',
    ]);
    expect(second).toEqual([
      'osakahttps://su-osaka.example:8443',
      'Not known yet',
      "Not reachableLast error (5 minutes ago): Scale unit 'osaka' was not reached (connection refused); it is caught up on a later run.",
      '—',
      'Never',
      'Never',
    ]);
    expect(within(table).getByRole('rowheader', { name: /^osaka/ })).toBeTruthy();
  });

  it('says so when no scale unit is configured', async () => {
    fakeHq([]);
    const table = await screen.findByRole('table', { name: '0 scale units' });
    expect(within(table).getByText('No scale units are configured.')).toBeTruthy();
  });

  it('shows the last error in Japanese', async () => {
    await hqI18n.choose('ja');
    fakeHq([osaka]);
    expect(
      await screen.findByText(
        "最後のエラー (5 分前): スケール ユニット 'osaka' に接続できませんでした (connection refused)。後の実行で追いつきます。",
      ),
    ).toBeTruthy();
    expect(screen.getByText('接続不可')).toBeTruthy();
  });
});
