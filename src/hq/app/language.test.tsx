// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hqI18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { createHqQueryClient } from './query-client.ts';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await hqI18n.choose('en');
});

function renderSignedOut() {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify({ signedIn: false, mustChangePassword: false }))),
    ),
  );
  render(
    <QueryClientProvider client={createHqQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}

describe('the language switch', () => {
  it('shows English by default, switches to 日本語, remembers it and sets <html lang>', async () => {
    renderSignedOut();
    expect(await screen.findByRole('heading', { name: 'Sign in to headquarters' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(screen.getByRole('option', { name: '日本語' })).toBeTruthy();

    fireEvent.change(select, { target: { value: 'ja' } });
    expect(await screen.findByRole('heading', { name: '本社にサインイン' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '言語' })).toHaveProperty('value', 'ja');
    expect(screen.getByLabelText('パスワード')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('本社コンソール');
    expect(localStorage.getItem('hq.language')).toBe('ja');

    fireEvent.change(screen.getByRole('combobox', { name: '言語' }), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Sign in to headquarters' })).toBeTruthy();
    expect(localStorage.getItem('hq.language')).toBe('en');
  });
});
