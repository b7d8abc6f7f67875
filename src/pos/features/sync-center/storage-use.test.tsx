// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { posI18n } from '../../i18n/i18n.ts';
import { StorageUse } from './storage-use.tsx';
import type { StorageEstimator } from './use-storage-estimate.ts';

afterEach(async () => {
  cleanup();
  await posI18n.choose('en');
});

/** A Storage API that estimates these figures, counting how often it is asked. */
function storageOf(...figures: StorageEstimate[]): StorageEstimator & { asked: number } {
  const storage = {
    asked: 0,
    estimate: () => Promise.resolve(figures[Math.min(storage.asked++, figures.length - 1)] ?? {}),
  };
  return storage;
}

/** The details list as the sync center shows it, with a row that is always there. */
function renderList(storage: StorageEstimator | undefined, refreshKey: unknown = 'idle') {
  return render(
    <dl aria-label="Details">
      <dt>Connection</dt>
      <dd>Online</dd>
      <StorageUse storage={storage} refreshKey={refreshKey} />
    </dl>,
  );
}

const terms = () =>
  screen
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('the storage use in the sync center', () => {
  it('shows the usage and the quota the browser estimates', async () => {
    renderList(storageOf({ usage: 12_345_678, quota: 2_000_000_000 }));
    expect(await screen.findByText('Storage used')).toBeDefined();
    expect(terms()).toEqual([
      ['Connection', 'Online'],
      ['Storage used', '12.3 MB of 2 GB (0.62%)'],
    ]);
  });

  it('speaks Japanese', async () => {
    await posI18n.choose('ja');
    renderList(storageOf({ usage: 850_000, quota: 120_500_000_000 }));
    expect(await screen.findByText('ストレージ使用量')).toBeDefined();
    expect(screen.getByText('121 GB 中 850 KB を使用 (0%)')).toBeDefined();
  });

  it('is read again when the sync activity changes', async () => {
    const storage = storageOf(
      { usage: 1_000_000, quota: 10_000_000_000 },
      { usage: 45_000_000, quota: 10_000_000_000 },
    );
    const { rerender } = renderList(storage, 'idle');
    expect(await screen.findByText('1 MB of 10 GB (0.01%)')).toBeDefined();
    rerender(
      <dl aria-label="Details">
        <dt>Connection</dt>
        <dd>Online</dd>
        <StorageUse storage={storage} refreshKey="downloading" />
      </dl>,
    );
    expect(await screen.findByText('45 MB of 10 GB (0.45%)')).toBeDefined();
    expect(storage.asked).toBe(2);
  });

  it.each([
    ['the Storage API is missing', undefined],
    ['the Storage API has no estimate', {}],
    ['the estimate gives no figures', storageOf({})],
    ['the estimate fails', { estimate: () => Promise.reject(new Error('SecurityError')) }],
  ] as const)('shows nothing where %s', async (_case, storage) => {
    const probe = storageOf({ usage: 1_000, quota: 2_000 });
    renderList(storage);
    // A row read from a working storage in the same render cycle: the one under test has
    // had its chance to appear by the time this one does.
    render(
      <dl aria-label="Probe">
        <StorageUse storage={probe} />
      </dl>,
    );
    expect(await screen.findByText('Storage used')).toBeDefined();
    expect(terms()).toEqual([
      ['Connection', 'Online'],
      ['Storage used', '1 kB of 2 kB (50%)'],
    ]);
  });
});
