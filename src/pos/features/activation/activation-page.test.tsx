// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishText, message } from '../../../contract/messages.ts';
import type { ActivationRequest, ActivationResponse } from '../../../contract/register.ts';
import { getActivation } from '../../db/meta-repo.ts';
import { posI18n } from '../../i18n/i18n.ts';
import { ServicesProvider, type PosServices } from '../../services/pos-services.tsx';
import type { ApiResult } from '../../sync/api-client.ts';
import { freshDatabase } from '../../test-fixtures.ts';
import { ActivationPage } from './activation-page.tsx';

afterEach(async () => {
  cleanup();
  window.history.replaceState(null, '', '/');
  await posI18n.choose('en');
});

const activated: ActivationResponse = {
  deviceToken: 'x'.repeat(43),
  storeId: 'S001',
  storeName: 'Shibuya Store',
  registerId: 'S001-R2',
  registerNumber: '2',
};

const invalid: ApiResult<ActivationResponse> = {
  ok: false,
  failure: {
    kind: 'http',
    status: 400,
    message: message('invalid-activation-code'),
    body: {
      error: 'invalid-activation-code',
      message: englishText(message('invalid-activation-code')),
      code: 'invalid-activation-code',
    },
  },
};

/** The page on a fresh register whose server accepts only `good` (once). */
function renderPage(good: string) {
  const db = freshDatabase();
  let used = false;
  const activate = vi.fn((request: ActivationRequest) => {
    const accepted = request.code === good && !used;
    used ||= accepted;
    return Promise.resolve(accepted ? { ok: true as const, value: activated } : invalid);
  });
  const syncNow = vi.fn(() => Promise.resolve());
  const services = {
    db,
    api: { activate },
    engine: { syncNow, activity: { get: () => ({ lastError: null }) } },
  } as unknown as PosServices;
  render(
    <StrictMode>
      <ServicesProvider services={services}>
        <ActivationPage />
      </ServicesProvider>
    </StrictMode>,
  );
  return { db, activate, syncNow };
}

describe('activation page', () => {
  it('activates at once with the code from the QR code, once, and clears it from the address bar', async () => {
    window.history.replaceState(null, '', '/#activate=ABCD-EFGH');
    const { db, activate, syncNow } = renderPage('ABCD-EFGH');
    expect(screen.getByLabelText('Activation code')).toHaveProperty('value', 'ABCD-EFGH');
    await vi.waitFor(async () => expect(await getActivation(db)).toEqual(activated));
    expect(activate.mock.calls).toEqual([[{ code: 'ABCD-EFGH' }]]);
    expect(syncNow).toHaveBeenCalledWith({ retryNow: true });
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a typed code is not valid, then activates with the right one', async () => {
    const { db } = renderPage('ABCD-EFGH');
    expect(screen.getByText(/Scan the QR code on headquarters' Add a tablet page/)).toBeDefined();
    const field = screen.getByLabelText('Activation code');
    fireEvent.change(field, { target: { value: 'WXYZ-2345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activate' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "This activation code is not valid: it may be mistyped, used already or expired. Create a new one on headquarters' Add a tablet page.",
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await getActivation(db)).toBeNull();
    fireEvent.change(field, { target: { value: 'ABCD-EFGH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activate' }));
    await vi.waitFor(async () => expect(await getActivation(db)).toEqual(activated));
  });

  it('says in Japanese that a scanned code was refused, and leaves no code in the address bar', async () => {
    await posI18n.choose('ja');
    window.history.replaceState(null, '', '/#activate=USED-CODE');
    renderPage('ABCD-EFGH');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'このアクティブ化コードは無効です。入力の誤り、使用済み、または期限切れの可能性があります。本社の「タブレットを追加」ページで新しいコードを作成してください。',
    );
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('button', { name: 'アクティブ化' })).toBeDefined();
  });
});
