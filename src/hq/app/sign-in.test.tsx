// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app.tsx';
import { createHqQueryClient } from './query-client.ts';

type Call = { method: string; url: string; body: unknown };

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

/** A fake HQ with one password; `expire()` ends the session as a server restart would. */
function fakeHq({ signedIn = false, limited = false } = {}) {
  const state = { signedIn };
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/hq/session') {
        if (method === 'GET') {
          return json(200, { signedIn: state.signedIn, mustChangePassword: false });
        }
        if (method === 'DELETE') {
          state.signedIn = false;
          return Promise.resolve(new Response(null, { status: 204 }));
        }
        if (limited) return json(429, { error: 'rate-limited', message: 'Slow down.' });
        if ((body as { password: string }).password !== 'hq-admin') {
          return json(401, { error: 'unauthorized', message: 'Wrong password.' });
        }
        state.signedIn = true;
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      if (!state.signedIn) return json(401, { error: 'unauthorized', message: 'Sign in first.' });
      if (url === '/api/hq/jobs') return json(200, { jobs: [] });
      return json(404, { error: 'not-found', message: 'No such thing.' });
    }),
  );
  render(
    <QueryClientProvider client={createHqQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
  return { calls, expire: () => (state.signedIn = false) };
}

const signInHeading = () => screen.findByRole('heading', { name: 'Sign in to headquarters' });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('admin sign-in', () => {
  it('asks for the password, refuses a wrong one and opens the console with the right one', async () => {
    const { calls } = fakeHq();
    await signInHeading();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the password.');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'guess' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong password.'));
    expect(screen.getByLabelText('Password')).toHaveProperty('value', '');

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'hq-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in to headquarters' })).toBeNull();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', url: '/api/hq/session', body: { password: 'guess' } },
      { method: 'POST', url: '/api/hq/session', body: { password: 'hq-admin' } },
    ]);
  });

  it('says to wait after too many attempts', async () => {
    fakeHq({ limited: true });
    await signInHeading();
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'hq-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Too many attempts. Wait a minute and try again.',
      ),
    );
  });

  it('signs out from the header', async () => {
    const { calls } = fakeHq({ signedIn: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await signInHeading();
    expect(calls).toContainEqual({ method: 'DELETE', url: '/api/hq/session', body: undefined });
    expect(screen.queryByRole('heading', { name: 'Batch jobs' })).toBeNull();
  });

  it('goes back to the sign-in screen when any call answers 401', async () => {
    const { expire } = fakeHq({ signedIn: true });
    expect(await screen.findByRole('heading', { name: 'Batch jobs' })).toBeTruthy();
    expire();
    window.location.hash = '#stores';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await signInHeading();
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });
});
