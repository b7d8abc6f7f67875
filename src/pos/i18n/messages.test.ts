import { afterEach, describe, expect, it } from 'vitest';
import { customerDraftSchema, emptyDraft } from '../../contract/customer.ts';
import { fieldErrors } from '../../contract/errors.ts';
import { createApiClient } from '../sync/api-client.ts';
import { CallFailedError } from '../sync/classify.ts';
import { posI18n } from './i18n.ts';
import { describeError, describeFailure, translateMessage } from './messages.ts';

afterEach(() => posI18n.choose('en'));

/** The failures the register's API client makes itself, from a fetch that behaves as given. */
async function clientFailures(): Promise<string[]> {
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
  return results.map((r) => (r.ok ? 'ok' : r.failure.message));
}

/** Every message the contract's customer rules give for these bad drafts. */
function contractMessages(): string[] {
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

describe('messages made in English elsewhere', () => {
  it('are shown as they are in English', async () => {
    for (const message of [...(await clientFailures()), ...contractMessages()]) {
      expect(translateMessage(message)).toBe(message);
    }
  });

  it("are all known in Japanese: the API client's and the contract's", async () => {
    const messages = [...(await clientFailures()), ...contractMessages()];
    expect(messages).toHaveLength(16);
    await posI18n.choose('ja');
    const untranslated = messages.filter((m) => translateMessage(m) === m);
    expect(untranslated).toEqual([]);
    expect(translateMessage('At most 60 characters.')).toBe('60 文字以内で入力してください。');
    expect(translateMessage('Cannot reach the server (Failed to fetch).')).toBe(
      'サーバーに接続できません (Failed to fetch)。',
    );
  });

  it('are shown as they are when unknown', async () => {
    await posI18n.choose('ja');
    expect(translateMessage('E-mail domain is blocked.')).toBe('E-mail domain is blocked.');
  });
});

describe('describeFailure', () => {
  const refused = {
    kind: 'http' as const,
    status: 401,
    message: 'The device token is not valid or was revoked. Activate the register again.',
    body: {
      error: 'unauthorized',
      message: 'The device token is not valid or was revoked. Activate the register again.',
    },
  };

  it("shows the server's own message in English", () => {
    expect(describeFailure(refused)).toBe(refused.message);
    expect(describeError(new CallFailedError(refused))).toBe(refused.message);
  });

  it("translates a known error code, a validation message, or else keeps the server's text", async () => {
    await posI18n.choose('ja');
    expect(describeError(new CallFailedError(refused))).toBe(
      '本社がこのレジのデバイス トークンを受け付けません。レジをもう一度アクティブ化してください。',
    );
    const invalid = {
      ...refused,
      status: 400,
      message: 'Enter a valid e-mail address.',
      body: { error: 'validation', message: 'Enter a valid e-mail address.' },
    };
    expect(describeFailure(invalid)).toBe('有効なメール アドレスを入力してください。');
    const unknown = { ...refused, status: 418, body: { error: 'teapot', message: 'Short.' } };
    expect(describeFailure({ ...unknown, message: 'Short.' })).toBe('Short.');
  });

  it('says a customer was merged at HQ: the server’s message in English, translated in Japanese', async () => {
    const message = 'Customer C000123 was merged into C000456. Open C000456 instead.';
    const merged = {
      kind: 'http' as const,
      status: 409,
      message,
      body: { error: 'customer-merged', message },
    };
    expect(describeError(new CallFailedError(merged))).toBe(message);
    await posI18n.choose('ja');
    expect(describeError(new CallFailedError(merged))).toBe(
      '顧客 C000123 は本社で C000456 に統合されました。C000456 を開いてください。',
    );
    // A message HQ words otherwise falls back to the code's.
    const reworded = { ...merged, message: 'Merged elsewhere.' };
    expect(describeError(new CallFailedError(reworded))).toBe(
      'この顧客は本社で別の顧客に統合されました。統合先の顧客を開いてください。',
    );
  });
});
