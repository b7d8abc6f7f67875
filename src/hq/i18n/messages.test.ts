import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getJson, HqApiError } from '../api.ts';
import { hqI18n } from './i18n.ts';
import { errorMessage, translateMessage } from './messages.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  return hqI18n.choose('en');
});

/** The error the console's API client throws for a fetch that behaves as given. */
async function failure(respond: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal('fetch', vi.fn<typeof fetch>(respond));
  return getJson('/api/hq/jobs', z.strictObject({ jobs: z.array(z.unknown()) })).catch(
    (error: unknown) => error,
  );
}

/** One failure of each kind the client makes itself, without a server's message. */
function clientFailures(): Promise<unknown[]> {
  return Promise.all([
    failure(() => Promise.reject(new TypeError('Failed to fetch'))),
    failure(() => Promise.resolve(new Response('{oops', { status: 200 }))),
    failure(() => Promise.resolve(new Response('<html>', { status: 502 }))),
    failure(() => Promise.resolve(new Response('{"odd":true}', { status: 200 }))),
  ]);
}

describe('errorMessage', () => {
  it("shows the client's own messages in English, and translates them in Japanese", async () => {
    const errors = await clientFailures();
    const english = errors.map(errorMessage);
    expect(english).toEqual([
      'Headquarters could not be reached. Check the connection.',
      'The server sent an unreadable response.',
      'The request failed (HTTP 502).',
      'The server sent an unexpected response.',
    ]);
    await hqI18n.choose('ja');
    expect(errors.map(errorMessage)).toEqual([
      '本社に接続できませんでした。接続を確認してください。',
      'サーバーから読み取れない応答が返されました。',
      '要求が失敗しました (HTTP 502)。',
      'サーバーから予期しない応答が返されました。',
    ]);
  });

  it("shows the server's message in English and its error code's translation in Japanese", async () => {
    const locked = new HqApiError(409, 'completed', 'This operation is already completed.');
    const odd = new HqApiError(418, 'teapot', 'I am a teapot.');
    const invalid = new HqApiError(400, 'validation', 'Not an affiliation id.');
    expect(errorMessage(locked)).toBe('This operation is already completed.');
    await hqI18n.choose('ja');
    expect(errorMessage(locked)).toBe('この操作は既に完了しています。');
    expect(errorMessage(odd)).toBe('I am a teapot.');
    expect(errorMessage(invalid)).toBe('所属 ID の形式が正しくありません。');
  });
});

describe('translateMessage', () => {
  it('translates why HQ calls a register stuck', async () => {
    await hqI18n.choose('ja');
    expect(translateMessage('No contact for 12 minutes')).toBe('12 分間接続なし');
    expect(translateMessage('1 record needs attention')).toBe('1 件のレコードが要対応');
    expect(translateMessage('Records waiting for 20 minutes')).toBe('レコードが 20 分間待機中');
  });
});

describe('translateMessage of the sync job’s errors', () => {
  it('translates why an operation failed, with its accounts', async () => {
    const merged = 'Customer C000123 was merged into C000456. Open C000456 instead.';
    expect(translateMessage(merged)).toBe(merged);
    await hqI18n.choose('ja');
    expect(translateMessage(merged)).toBe(
      '顧客 C000123 は本社で C000456 に統合されました。C000456 を開いてください。',
    );
    expect(translateMessage("Customer 'C000999' does not exist at HQ.")).toBe(
      '顧客「C000999」は本社に存在しません。',
    );
  });
});
