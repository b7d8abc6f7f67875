import { afterEach, describe, expect, it } from 'vitest';
import { customerDraftSchema, emptyDraft } from '../../contract/customer.ts';
import { bodyMessage, fieldErrors } from '../../contract/errors.ts';
import { message, MessageError, type Message } from '../../contract/messages.ts';
import { createApiClient, type ApiFailure } from '../sync/api-client.ts';
import { CallFailedError } from '../sync/classify.ts';
import { posI18n } from './i18n.ts';
import { describe as describeMessage, describeError, describeFailure } from './messages.ts';

afterEach(() => posI18n.choose('en'));

/** The failures the register's API client makes itself, from a fetch that behaves as given. */
async function clientFailures(): Promise<Message[]> {
  const failing = (fetch: typeof globalThis.fetch) =>
    createApiClient({ getToken: () => Promise.resolve(null), fetch, timeoutMs: 20 });
  const results = await Promise.all([
    failing(() => Promise.reject(new TypeError('Failed to fetch'))).config(),
    failing(() => Promise.reject(new Error(''))).config(),
    failing(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    ).config(),
    failing(() => Promise.resolve(new Response('<html>', { status: 502 }))).config(),
    failing(() => Promise.resolve(new Response('{"odd":true}'))).config(),
  ]);
  return results.map((r) => (r.ok ? message('plain-text', { text: 'ok' }) : r.failure.message));
}

/** Every message the contract's customer rules give for these bad drafts. */
function contractMessages(): Message[] {
  const drafts = [
    emptyDraft(),
    { ...emptyDraft(), type: 'organization' as const },
    {
      ...emptyDraft(),
      firstName: 'x'.repeat(61),
      lastName: 'Yamada\u202e',
      email: 'no-at-sign',
      phone: 'call me',
      addresses: [
        {
          purpose: 'home' as const,
          street: '',
          city: '',
          state: '',
          zip: '',
          country: 'jp',
          primary: true,
        },
      ],
      affiliations: ['not an id'],
    },
  ];
  return drafts.flatMap((d) => {
    const parsed = customerDraftSchema.safeParse(d);
    return parsed.success ? [] : Object.values(fieldErrors(parsed.error));
  });
}

describe('messages made outside the screens', () => {
  it("are codes: the API client's and the contract's, none plain text", async () => {
    const messages = [...(await clientFailures()), ...contractMessages()];
    expect(messages).toHaveLength(16);
    expect(messages.filter((m) => m.code === 'plain-text')).toEqual([]);
    expect(messages).toContainEqual({ code: 'too-long', values: { max: 60 } });
    expect(messages).toContainEqual({
      code: 'unreachable-because',
      values: { detail: 'Failed to fetch' },
    });
  });

  it('read in English as the contract words them, and in Japanese from the catalog', async () => {
    expect(describeMessage({ code: 'too-long', values: { max: 60 } })).toBe(
      'At most 60 characters.',
    );
    await posI18n.choose('ja');
    expect(describeMessage({ code: 'too-long', values: { max: 60 } })).toBe(
      '60 文字以内で入力してください。',
    );
    expect(
      describeMessage({ code: 'unreachable-because', values: { detail: 'Failed to fetch' } }),
    ).toBe('サーバーに接続できません (Failed to fetch)。');
  });

  it("read a record's error as its field's label, then the message", async () => {
    const error = { code: 'city-required', field: 'customer.addresses.0.city' };
    expect(describeMessage(error)).toBe('Address 1, City: City is required.');
    await posI18n.choose('ja');
    expect(describeMessage(error)).toBe('住所 1、市区町村: 市区町村を入力してください。');
  });

  it('show an old stored string, and a code this build does not know, as text', async () => {
    await posI18n.choose('ja');
    expect(
      describeMessage({ code: 'plain-text', values: { text: 'E-mail domain is blocked.' } }),
    ).toBe('E-mail domain is blocked.');
    expect(describeMessage({ code: 'from-a-newer-server' })).toBe('from-a-newer-server');
  });
});

describe('describeFailure', () => {
  const body = {
    error: 'unauthorized',
    message: 'The device token is not valid or was revoked. Activate the register again.',
    code: 'token-invalid',
  };
  const refused: ApiFailure = { kind: 'http', status: 401, message: bodyMessage(body), body };

  it("shows the server's message by its code, in English and in Japanese", async () => {
    expect(describeFailure(refused)).toBe(body.message);
    expect(describeError(new CallFailedError(refused))).toBe(body.message);
    await posI18n.choose('ja');
    expect(describeError(new CallFailedError(refused))).toBe(
      'デバイス トークンが無効か、取り消されています。レジをもう一度アクティブ化してください。',
    );
  });

  it("shows the English message of a code it does not know (a newer server's)", async () => {
    const newer = { error: 'teapot', message: 'Short.', code: 'i-am-a-teapot' };
    await posI18n.choose('ja');
    expect(
      describeFailure({ kind: 'http', status: 418, message: bodyMessage(newer), body: newer }),
    ).toBe('Short.');
  });

  it('says a customer was merged at HQ, with its accounts, in both languages', async () => {
    const merged = {
      error: 'customer-merged',
      message: 'Customer C000123 was merged into C000456. Open C000456 instead.',
      code: 'customer-merged',
      values: { account: 'C000123', into: 'C000456' },
    };
    const failure: ApiFailure = {
      kind: 'http',
      status: 409,
      message: bodyMessage(merged),
      body: merged,
    };
    expect(describeError(new CallFailedError(failure))).toBe(merged.message);
    await posI18n.choose('ja');
    expect(describeError(new CallFailedError(failure))).toBe(
      '顧客 C000123 は本社で C000456 に統合されました。C000456 を開いてください。',
    );
  });

  it("shows a command's MessageError in the current language", async () => {
    await posI18n.choose('ja');
    expect(describeError(new MessageError(message('not-queued')))).toBe(
      'このレコードはもうキューにありません。',
    );
  });
});
