// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenSuspense } from './lazy-screens.tsx';

afterEach(cleanup);

describe('a screen loaded on demand', () => {
  it('shows Loading while its chunk loads, then the screen', async () => {
    let load: (screen: { default: () => React.JSX.Element }) => void = () => undefined;
    const Screen = lazy(() => new Promise<{ default: () => React.JSX.Element }>((r) => (load = r)));
    render(
      <ScreenSuspense>
        <Screen />
      </ScreenSuspense>,
    );
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading…');
    load({ default: () => <h1>Sync center</h1> });
    expect(await screen.findByRole('heading', { name: 'Sync center' })).toBeDefined();
  });

  it('offers Reload instead of a blank register when its chunk cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Screen = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    render(
      <ScreenSuspense>
        <Screen />
      </ScreenSuspense>,
    );
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'This screen could not be opened.' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDefined();
    vi.restoreAllMocks();
  });
});
