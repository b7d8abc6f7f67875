// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegisterHealth } from '../../../contract/health.ts';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { RegistersSection } from './registers-section.tsx';
import { guid, sampleRescueFile } from './rescue-file.fixture.ts';

const store = (id: string, name: string, registers: HqStore['registers']): HqStore => ({
  id,
  name,
  asyncCustomerMode: true,
  defaults: {
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    affiliations: [],
  },
  defaultCustomerAccount: 'C000001',
  registers,
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

const healthy: RegisterHealth = {
  registerId: 'S001-R1',
  registerNumber: '1',
  storeId: 'S001',
  activated: true,
  retiredAt: null,
  lastSeenAt: minutesAgo(0),
  queue: { waiting: 0, needsAttention: 0, oldestWaitingAt: null, persistentStorage: true },
  stuckReason: null,
};
const stuck: RegisterHealth = {
  registerId: 'S001-R2',
  registerNumber: '2',
  storeId: 'S001',
  activated: true,
  retiredAt: null,
  lastSeenAt: minutesAgo(14),
  queue: {
    waiting: 3,
    needsAttention: 1,
    oldestWaitingAt: minutesAgo(40),
    persistentStorage: false,
  },
  stuckReason: { code: 'no-contact', values: { n: 14 } },
};
const never: RegisterHealth = {
  registerId: 'S002-R1',
  registerNumber: '1',
  storeId: 'S002',
  activated: false,
  retiredAt: null,
  lastSeenAt: null,
  queue: null,
  stuckReason: null,
};

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

type Call = { method: string; url: string; body: unknown };

/** HQ with three registers; the rescue import accepts each GUID once and refuses guid(4). */
function fakeHq({ revokeFails = false, listed = [stuck, healthy, never] } = {}) {
  let registers = listed;
  const known = new Set<string>();
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/hq/stores') {
        return json(200, {
          stores: [
            store('S001', 'Shibuya Store', [
              { id: 'S001-R1', number: '1', activated: true, retiredAt: null },
              { id: 'S001-R2', number: '2', activated: true, retiredAt: null },
            ]),
            store('S002', 'Umeda Store', [
              { id: 'S002-R1', number: '1', activated: false, retiredAt: null },
            ]),
          ],
        });
      }
      if (url === '/api/hq/registers/health') {
        return json(200, { registers, silentMinutes: 10, waitingMinutes: 30 });
      }
      if (url === '/api/hq/registers/S001-R2/revoke' && method === 'POST') {
        if (revokeFails) {
          return json(500, {
            error: 'internal',
            message: 'Something went wrong on the server.',
            code: 'internal',
          });
        }
        registers = registers.map((r) =>
          r.registerId === 'S001-R2' ? { ...r, activated: false } : r,
        );
        return json(200, { registerId: 'S001-R2', revoked: true });
      }
      if (url === '/api/hq/rescue-import' && method === 'POST') {
        const records = (body as { records: { guid: string }[] }).records;
        const results = records.map(({ guid: g }) => {
          if (g === guid(4)) {
            return {
              guid: g,
              outcome: 'rejected',
              message: { code: 'customer-not-at-hq', values: { account: 'C000001' } },
            };
          }
          const outcome = known.has(g) ? 'duplicate' : 'accepted';
          known.add(g);
          return { guid: g, outcome };
        });
        const count = (o: string) => results.filter((r) => r.outcome === o).length;
        return json(200, {
          accepted: count('accepted'),
          duplicates: count('duplicate'),
          rejected: count('rejected'),
          results,
        });
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
      <RegistersSection />
    </QueryClientProvider>,
  );
  return calls;
}

const posts = (calls: Call[]) =>
  calls.filter((c) => c.method === 'POST').map((c) => `${c.method} ${c.url}`);

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

describe('register health', () => {
  it('lists every register with its queue and names the stuck ones above the table', async () => {
    fakeHq();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Registers that need a look: Shibuya Store register 2 (No contact for 14 minutes)',
    );
    expect(
      screen.getByText(
        'Stuck after 10 minutes without contact or 30 minutes with records waiting.',
      ),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: '3 registers, 1 stuck' });
    await within(table).findAllByText('Shibuya Store');
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent);
    const [r1, r2, r3] = rows.map(cells);
    expect(r1).toEqual([
      'Shibuya Store',
      '1',
      'Yes',
      expect.stringMatching(/^now/),
      '0',
      '0',
      '—',
      'Granted',
      'OK',
      'Revoke device',
    ]);
    expect(r2).toEqual([
      'Shibuya Store',
      '2',
      'Yes',
      expect.stringMatching(/^14 minutes ago/),
      '3',
      '1',
      expect.stringMatching(/^40 minutes ago/),
      'Not granted',
      'Stuck: No contact for 14 minutes',
      'Revoke device',
    ]);
    expect(r3).toEqual(['Umeda Store', '1', 'No', 'Never', '—', '—', '—', 'Unknown', 'OK', '']);
  });
});

describe('Revoke device', () => {
  it('asks first: Cancel makes no call; Revoke posts and the register shows as not activated', async () => {
    const calls = fakeHq();
    const name = 'Revoke device — Shibuya Store register 2';
    fireEvent.click(await screen.findByRole('button', { name }));
    let dialog = screen.getByRole('dialog', { name: 'Revoke device' });
    expect(
      within(dialog).getByText(
        "Revoke this register's device token? It must be activated again before it can sync.",
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('Shibuya Store register 2')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts(calls)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name }));
    dialog = screen.getByRole('dialog', { name: 'Revoke device' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await screen.findByText(
      'Device revoked: Shibuya Store register 2. It must be activated again before it can sync.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts(calls)).toEqual(['POST /api/hq/registers/S001-R2/revoke']);
    await waitFor(() => expect(screen.queryByRole('button', { name })).toBeNull());
    expect(
      screen.getByRole('button', { name: 'Revoke device — Shibuya Store register 1' }),
    ).toBeTruthy();
  });

  it('shows why a revoke failed and keeps the dialog open', async () => {
    fakeHq({ revokeFails: true });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Revoke device — Shibuya Store register 2' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Revoke device' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The device could not be revoked: Something went wrong on the server.',
    );
    expect(screen.getByRole('dialog', { name: 'Revoke device' })).toBe(dialog);
  });
});

function chooseFile(text: string, name = 'pos-rescue-S001-R2.json') {
  const input = screen.getByLabelText('Rescue file');
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

describe('Import a rescue file', () => {
  it('refuses a file that is not a rescue file, without calling HQ', async () => {
    const calls = fakeHq();
    await screen.findByRole('table');
    chooseFile('{"stores": []}', 'stores.json');
    expect(await screen.findByText('This is not a register rescue file.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(posts(calls)).toEqual([]);
  });

  it('previews the file, imports it, lists refused records, and imports nothing new the second time', async () => {
    const calls = fakeHq();
    await screen.findByRole('table');
    const file = sampleRescueFile();
    chooseFile(JSON.stringify(file));

    const preview = await screen.findByLabelText('Preview');
    // Playwright's getByLabel matches substrings: only the file input may be named "Rescue file".
    expect(screen.getAllByLabelText(/rescue file/i)).toEqual([
      screen.getByLabelText('Rescue file'),
    ]);
    expect(preview.textContent).toContain('Shibuya Store (S001)');
    expect(preview.textContent).toContain('Shibuya Store register 2 (S001-R2)');
    expect(preview.textContent).toContain('New customers: 2');
    expect(preview.textContent).toContain('Customer edits: 1');
    expect(preview.textContent).toContain('New addresses: 1');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 3 new, 0 already at HQ, 1 refused');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', url: '/api/hq/rescue-import', body: file },
    ]);
    const refused = screen.getByRole('table', { name: 'Refused records' });
    expect(
      within(refused)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([guid(4), "Customer 'C000001' does not exist at HQ."]);

    chooseFile(JSON.stringify(file));
    expect(screen.queryByText(/^Imported:/)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 0 new, 3 already at HQ, 1 refused');
  });

  it('shows a retired register as Retired, never stuck, with no device to revoke', async () => {
    const retired: RegisterHealth = {
      ...stuck,
      activated: false,
      retiredAt: minutesAgo(60),
      stuckReason: null,
    };
    fakeHq({ listed: [retired, never] });
    const table = await screen.findByRole('table', { name: '2 registers' });
    const row = (await within(table).findAllByRole('row'))[1];
    if (!row) throw new Error('no register row');
    expect(within(row).getByText('Retired').className).toContain('pill-retired');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(screen.queryByText(/Registers that need a look/)).toBeNull();
  });
});
