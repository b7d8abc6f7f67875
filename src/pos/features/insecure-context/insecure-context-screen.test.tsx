// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { posI18n } from '../../i18n/i18n.ts';
import { InsecureContextScreen } from './insecure-context-screen.tsx';

afterEach(async () => {
  cleanup();
  await posI18n.choose('en');
});

const everything = [
  'window.isSecureContext',
  'navigator.serviceWorker',
  'navigator.locks',
  'navigator.storage',
  'crypto.randomUUID',
];
const href = 'http://pos-store.test:8080/';
const port8443 = (() =>
  Promise.resolve(Response.json({ httpsPort: 8443 }))) as unknown as typeof fetch;
const noAnswer = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;

function renderScreen(options: { isSecureContext?: boolean; fetcher?: typeof fetch } = {}) {
  render(
    <InsecureContextScreen
      missing={options.isSecureContext ? ['navigator.locks'] : everything}
      isSecureContext={options.isSecureContext ?? false}
      href={href}
      fetcher={options.fetcher ?? port8443}
    />,
  );
}

describe('the insecure-context screen', () => {
  it('says why the register cannot run over http and links to its https address and the tablet steps', async () => {
    renderScreen();
    expect(screen.getByRole('heading', { name: 'Open the register over https' })).toBeDefined();
    expect(screen.getByText(/only over a secure connection \(https\)/)).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Looking up the https address…');
    const link = await screen.findByRole('link', { name: 'https://pos-store.test:8443/' });
    expect(link.getAttribute('href')).toBe('https://pos-store.test:8443/');
    expect(screen.getByRole('status').textContent).toContain('Open the register at its https');
    const steps = screen.getByRole('link', { name: 'Tablet setup instructions' });
    expect(steps.getAttribute('href')).toBe('/tablet/');
    expect(screen.getByText(/Missing in this browser: window\.isSecureContext, /)).toBeDefined();
  });

  it('tells the cashier to ask the store manager when the server does not name its https port', async () => {
    renderScreen({ fetcher: noAnswer });
    expect(
      await screen.findByText("Ask the store manager for the register's https address."),
    ).toBeDefined();
    expect(screen.queryByRole('link', { name: /^https:/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Tablet setup instructions' })).toBeDefined();
  });

  it('speaks Japanese when Japanese is chosen', async () => {
    await posI18n.choose('ja');
    renderScreen();
    expect(screen.getByRole('heading', { name: 'レジは https で開いてください' })).toBeDefined();
    expect(await screen.findByRole('link', { name: 'https://pos-store.test:8443/' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'タブレットの設定手順' })).toBeDefined();
  });

  it('offers no https address where the page is already secure but the browser lacks an API', () => {
    renderScreen({ isSecureContext: true });
    expect(
      screen.getByRole('heading', { name: 'This browser cannot run the register' }),
    ).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Missing in this browser: navigator.locks')).toBeDefined();
  });
});
