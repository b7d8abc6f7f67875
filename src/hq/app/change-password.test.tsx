// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBody } from '../../contract/errors.ts';
import { message } from '../../contract/messages.ts';
import { hqI18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { createHqQueryClient } from './query-client.ts';

type Call = { method: string; url: string; body: unknown };

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));
const noContent = () => Promise.resolve(new Response(null, { status: 204 }));

/**
 * A fake HQ: signed in, with the default password still to replace (`mustChange`) or not.
 * `networkRefusal` answers sign-ins as HQ does from the shop network with the default password.
 */
function fakeHq({ signedIn = true, mustChange = false, networkRefusal = false } = {}) {
  const state = { signedIn, mustChange, password: 'hq-admin' };
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/hq/session' && method === 'GET') {
        return json(200, {
          signedIn: state.signedIn,
          mustChangePassword: state.signedIn && state.mustChange,
        });
      }
      if (url === '/api/hq/session' && method === 'POST') {
        return networkRefusal
          ? json(
              403,
              errorBody(
                'default-password',
                message('default-password', { url: 'http://localhost:8080/hq/' }),
              ),
            )
          : json(401, errorBody('unauthorized', message('wrong-password')));
      }
      if (url === '/api/hq/password' && method === 'PUT') {
        const change = body as { currentPassword: string; newPassword: string };
        if (change.currentPassword !== state.password) {
          return json(
            400,
            errorBody('validation', message('wrong-password'), {
              currentPassword: message('wrong-password'),
            }),
          );
        }
        state.password = change.newPassword;
        state.mustChange = false;
        return noContent();
      }
      if (state.mustChange) {
        return json(
          403,
          errorBody('password-change-required', message('password-change-required')),
        );
      }
      if (url === '/api/hq/jobs') return json(200, { jobs: [] });
      return json(404, errorBody('not-found', message('no-such-resource', { method, path: url })));
    }),
  );
  render(
    <QueryClientProvider client={createHqQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
  return { calls, state };
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
  localStorage.clear();
  await hqI18n.choose('en');
});

describe('choosing a new HQ password', () => {
  it('asks for a new password before anything else while the default one is in use', async () => {
    const { calls } = fakeHq({ mustChange: true });
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change password' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();

    fill('Current password', 'hq-admin');
    fill('New password', 'short');
    fill('New password again', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Save password' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 12 characters.');
    expect(screen.getByLabelText('New password')).toHaveProperty('ariaInvalid', 'true');

    fill('New password', 'a-long-new-password');
    fill('New password again', 'a-long-new-passwerd');
    fireEvent.click(screen.getByRole('button', { name: 'Save password' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The two new passwords are not the same.'),
    );
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);

    fill('Current password', 'not-it');
    fill('New password again', 'a-long-new-password');
    fireEvent.click(screen.getByRole('button', { name: 'Save password' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong password.'));
    expect(document.activeElement).toBe(screen.getByLabelText('Current password'));

    fill('Current password', 'hq-admin');
    fireEvent.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT')).toContainEqual({
      method: 'PUT',
      url: '/api/hq/password',
      body: { currentPassword: 'hq-admin', newPassword: 'a-long-new-password' },
    });
  });

  it('changes the password later from the header, or cancels', async () => {
    const { state } = fakeHq();
    fireEvent.click(await screen.findByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { name: 'Change the password' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    fill('Current password', 'hq-admin');
    fill('New password', 'another-long-password');
    fill('New password again', 'another-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Password changed. Other devices must sign in again.',
    );
    expect(state.password).toBe('another-long-password');
  });

  it('shows the change screen when a call says a new password is required', async () => {
    const { state } = fakeHq();
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    state.mustChange = true;
    window.location.hash = '#stores';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
  });

  it('is in Japanese too', async () => {
    await hqI18n.choose('ja');
    fakeHq({ mustChange: true });
    expect(await screen.findByRole('heading', { name: '新しいパスワードを設定' })).toBeTruthy();
    fill('現在のパスワード', 'hq-admin');
    fill('新しいパスワード', 'short');
    fill('新しいパスワード (確認)', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'パスワードを保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('12 文字以上にしてください。');
  });

  it.each([
    {
      language: 'en' as const,
      text: 'The HQ console still has its default password, so it cannot be signed in to from another device. On the server machine, sign in at http://localhost:8080/hq/ and choose a new password, or set HQ_ADMIN_PASSWORD.',
    },
    {
      language: 'ja' as const,
      text: '本社コンソールはまだ既定のパスワードのため、ほかの端末からはサインインできません。サーバー機で http://localhost:8080/hq/ にサインインして新しいパスワードを設定するか、HQ_ADMIN_PASSWORD を設定してください。',
    },
  ])(
    'says how to set a password when a sign-in from the network is refused ($language)',
    async ({ language, text }) => {
      await hqI18n.choose(language);
      fakeHq({ signedIn: false, networkRefusal: true });
      const password = await screen.findByLabelText(language === 'en' ? 'Password' : 'パスワード');
      fireEvent.change(password, { target: { value: 'hq-admin' } });
      fireEvent.click(
        screen.getByRole('button', { name: language === 'en' ? 'Sign in' : 'サインイン' }),
      );
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(text));
    },
  );
});
