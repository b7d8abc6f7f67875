import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { message } from '../../contract/messages.ts';
import { getJson, HqApiError } from '../api.ts';
import { hqI18n } from './i18n.ts';
import { describe as describeMessage, errorMessage } from './messages.ts';

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
  it("words the client's own failures by code, in English and in Japanese", async () => {
    const errors = await clientFailures();
    expect(errors.map((e) => (e instanceof HqApiError ? e.detail.code : e))).toEqual([
      'console-unreachable',
      'unreadable-response',
      'http-failed',
      'unexpected-response',
    ]);
    expect(errors.map(errorMessage)).toEqual([
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

  it("words the server's refusal by its code and values", async () => {
    const body = {
      error: 'conflict',
      message: "Affiliation 'VIP' already exists.",
      code: 'affiliation-exists',
      values: { id: 'VIP' },
    };
    const answer = () => Promise.resolve(new Response(JSON.stringify(body), { status: 409 }));
    const refused = await failure(answer);
    expect(errorMessage(refused)).toBe(body.message);
    await hqI18n.choose('ja');
    expect(errorMessage(refused)).toBe('所属「VIP」は既に存在します。');
  });

  it('shows the English message of a code this build does not know', async () => {
    const body = { error: 'teapot', message: 'I am a teapot.', code: 'teapot' };
    const refused = await failure(() =>
      Promise.resolve(new Response(JSON.stringify(body), { status: 418 })),
    );
    await hqI18n.choose('ja');
    expect(errorMessage(refused)).toBe('I am a teapot.');
    expect(errorMessage(new HqApiError(400, 'validation', message('not-affiliation-id')))).toBe(
      '所属 ID の形式が正しくありません。',
    );
  });
});

describe('describe', () => {
  it('words why HQ calls a register stuck', async () => {
    await hqI18n.choose('ja');
    expect(describeMessage({ code: 'no-contact', values: { n: 12 } })).toBe('12 分間接続なし');
    expect(describeMessage({ code: 'records-need-attention-one', values: { n: 1 } })).toBe(
      '1 件のレコードが要対応',
    );
    expect(describeMessage({ code: 'records-waiting', values: { n: 20 } })).toBe(
      'レコードが 20 分間待機中',
    );
  });

  it('words why an operation failed, after the field it is about', async () => {
    const merged = message('customer-merged', { account: 'C000123', into: 'C000456' });
    expect(describeMessage(merged)).toBe(
      'Customer C000123 was merged into C000456. Open C000456 instead.',
    );
    const country = {
      ...message('unknown-country', { code: 'XXX' }),
      field: 'customer.addresses.1.country',
    };
    expect(describeMessage(country)).toBe(
      "Address 2, Country/region: Country/region 'XXX' does not exist.",
    );
    await hqI18n.choose('ja');
    expect(describeMessage(merged)).toBe(
      '顧客 C000123 は本社で C000456 に統合されました。C000456 を開いてください。',
    );
    expect(describeMessage(country)).toBe('住所 2、国/地域: 国/地域「XXX」は存在しません。');
    expect(
      describeMessage({
        code: 'plain-text',
        values: { text: "Customer 'C9' does not exist at HQ." },
      }),
    ).toBe("Customer 'C9' does not exist at HQ.");
  });
});
