// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { toString as qrSvg } from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBody } from '../../../contract/errors.ts';
import { message } from '../../../contract/messages.ts';
import type { HqStore } from '../../../contract/hq-admin.ts';
import type { TabletSetup } from '../../../contract/tablet-setup.ts';
import { hqI18n } from '../../i18n/i18n.ts';
import { AddTabletSection } from './add-tablet-section.tsx';

const store = (id: string, name: string, registers: HqStore['registers']): HqStore => ({
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
  registers,
});

const setup: TabletSetup = {
  httpsUrls: ['https://pos-box:8443/', 'https://localhost:8443/', 'https://192.168.1.20:8443/'],
  caFingerprintSha256: 'AB:CD:EF:01',
  ownCertificate: false,
  serverCertificate: { names: ['pos-box', 'localhost'], notAfter: '2027-01-01T00:00:00.000Z' },
};

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

/** HQ with two stores; the tablet setup as given (or failing); codes ABCD-EFGH, then WXYZ-2345. */
function fakeHq(options: { tabletSetup?: TabletSetup | null; codeFails?: boolean } = {}) {
  const codes = ['ABCD-EFGH', 'WXYZ-2345'];
  const posts: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url === '/api/hq/stores') {
        return json(200, {
          stores: [
            store('S001', 'Shibuya Store', [
              { id: 'S001-R1', number: '1', activated: true, retiredAt: null },
              { id: 'S001-R2', number: '2', activated: false, retiredAt: null },
            ]),
            store('S002', 'Osaka Store', [
              { id: 'S002-R1', number: '1', activated: false, retiredAt: null },
            ]),
          ],
        });
      }
      if (url === '/api/hq/tablet-setup') {
        return options.tabletSetup === null
          ? json(
              404,
              errorBody(
                'not-found',
                message('no-such-resource', { method: 'GET', path: '/api/hq/tablet-setup' }),
              ),
            )
          : json(200, options.tabletSetup ?? setup);
      }
      const issued = /^\/api\/hq\/registers\/([^/]+)\/activation-code$/.exec(url);
      if (issued && init?.method === 'POST') {
        posts.push(url);
        if (options.codeFails) {
          return json(
            404,
            errorBody('not-found', message('register-not-found', { register: 'S001-R2' })),
          );
        }
        return json(201, {
          registerId: decodeURIComponent(issued[1] ?? ''),
          code: codes[posts.length - 1],
          expiresAt: '2025-01-01T09:15:00.000Z',
        });
      }
      return json(
        404,
        errorBody('not-found', message('no-such-resource', { method: 'GET', path: url })),
      );
    }),
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <AddTabletSection />
    </QueryClientProvider>,
  );
  return { posts };
}

/** Chooses a store and register and creates a code. */
async function createCode(storeLabel: string, registerLabel: string) {
  fireEvent.change(await screen.findByLabelText('Store'), {
    target: { value: storeLabel === 'Shibuya Store' ? 'S001' : 'S002' },
  });
  const register = screen.getByLabelText('Register');
  const option = within(register).getByRole('option', { name: new RegExp(`^${registerLabel} `) });
  fireEvent.change(register, { target: { value: option.getAttribute('value') } });
  fireEvent.click(screen.getByRole('button', { name: 'Create activation code' }));
}

/** The text a QR code image encodes, as its SVG was made. */
async function qrImageOf(url: string): Promise<string> {
  const svg = await qrSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await hqI18n.choose('en');
});

describe('Add a tablet', () => {
  it("shows a QR code of the console's own https address with the code, the code and its expiry", async () => {
    const { posts } = fakeHq();
    const address = await screen.findByLabelText('Address the tablet opens');
    // jsdom's console runs on localhost: that address is chosen.
    await vi.waitFor(() => expect(address).toHaveProperty('value', 'https://localhost:8443/'));
    await createCode('Shibuya Store', 'Register 2');
    const qr = await screen.findByRole('img', {
      name: 'QR code to activate register 2 of Shibuya Store',
    });
    expect(posts).toEqual(['/api/hq/registers/S001-R2/activation-code']);
    expect(qr.getAttribute('src')).toBe(
      await qrImageOf('https://localhost:8443/#activate=ABCD-EFGH'),
    );
    const card = screen.getByRole('group', { name: 'Shibuya Store · Register 2' });
    expect(within(card).getByText('ABCD-EFGH')).toBeDefined();
    expect(within(card).getByText(/^Works once, until \d{2}:15/)).toBeDefined();
    expect(within(card).getByText('Opens https://localhost:8443/')).toBeDefined();

    // Another address: the same code, a new QR code.
    fireEvent.change(address, { target: { value: 'https://192.168.1.20:8443/' } });
    await vi.waitFor(async () =>
      expect(qr.getAttribute('src')).toBe(
        await qrImageOf('https://192.168.1.20:8443/#activate=ABCD-EFGH'),
      ),
    );
  });

  it('offers the CA downloads with the fingerprint, and the trust steps of each platform', async () => {
    fakeHq();
    expect(
      await screen.findByRole('link', { name: 'Download the store CA certificate (.crt)' }),
    ).toHaveProperty('pathname', '/tablet/store-ca.crt');
    expect(
      screen.getByRole('link', {
        name: 'Download the profile for iPad and iPhone (.mobileconfig)',
      }),
    ).toHaveProperty('pathname', '/tablet/store-ca.mobileconfig');
    expect(screen.getByText('AB:CD:EF:01')).toBeDefined();
    for (const platform of ['iPad and iPhone (Safari)', 'Android (Chrome)', 'Windows', 'macOS']) {
      expect(screen.getByRole('heading', { name: platform })).toBeDefined();
    }
    expect(screen.getByText(/General › About › Certificate Trust Settings/)).toBeDefined();
    expect(screen.getByText(/Share › Add to Home Screen/)).toBeDefined();
    expect(screen.getByText(/Safari has no Background Sync/)).toBeDefined();
    expect(screen.getByText(/Install a certificate › CA certificate/)).toBeDefined();
    expect(screen.getByText(/Trusted Root Certification Authorities/)).toBeDefined();
    expect(screen.getByText(/System keychain/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDefined();
  });

  it('says there is no CA to install with a retailer’s own certificate', async () => {
    fakeHq({ tabletSetup: { ...setup, ownCertificate: true, caFingerprintSha256: null } });
    expect(await screen.findByText(/uses the retailer’s own certificate/)).toBeDefined();
    expect(screen.queryByRole('link', { name: /Download/ })).toBeNull();
  });

  it("puts the console's own address in the QR code when the https addresses cannot be loaded", async () => {
    fakeHq({ tabletSetup: null });
    expect(
      await screen.findByText(/The server's https addresses could not be loaded/),
    ).toBeDefined();
    await createCode('Osaka Store', 'Register 1');
    const qr = await screen.findByRole('img', {
      name: 'QR code to activate register 1 of Osaka Store',
    });
    const own = `${window.location.origin}/#activate=ABCD-EFGH`;
    await vi.waitFor(async () => expect(qr.getAttribute('src')).toBe(await qrImageOf(own)));
  });

  it('says why no code was created', async () => {
    fakeHq({ codeFails: true });
    await createCode('Shibuya Store', 'Register 2');
    expect((await screen.findByRole('alert')).textContent).toBe(
      "No code was created: Register 'S001-R2' does not exist.",
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows the page and the steps in Japanese', async () => {
    await hqI18n.choose('ja');
    fakeHq();
    expect(await screen.findByRole('heading', { name: 'タブレットを追加' })).toBeDefined();
    expect(screen.getByRole('heading', { name: '店舗 CA を信頼する' })).toBeDefined();
    expect(screen.getByText(/設定 › 一般 › 情報 › 証明書信頼設定/)).toBeDefined();
    expect(await screen.findByRole('button', { name: 'アクティブ化コードを作成' })).toBeDefined();
  });
});
