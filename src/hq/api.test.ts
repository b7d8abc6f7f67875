import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getJson, HqApiError, sendJson, withQuery } from './api.ts';

const okSchema = z.strictObject({ ok: z.literal(true) });

function stubFetch(respond: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(respond);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );

async function caught(promise: Promise<unknown>): Promise<HqApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HqApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the HQ API helper', () => {
  it('returns a body that matches the schema', async () => {
    stubFetch(() => json(200, { ok: true }));
    await expect(getJson('/api/hq/jobs', okSchema)).resolves.toEqual({ ok: true });
  });

  it("throws the server's status, code, message and field errors", async () => {
    stubFetch(() =>
      json(400, {
        error: 'validation',
        message: 'The request is not valid.',
        code: 'invalid-request',
        fields: { intervalSeconds: { code: 'too-long', values: { max: 5 } } },
      }),
    );
    const error = await caught(
      sendJson('PATCH', '/api/hq/jobs/p-job', { intervalSeconds: 0 }, okSchema),
    );
    expect(error).toMatchObject({
      name: 'HqApiError',
      status: 400,
      code: 'validation',
      message: 'The request is not valid.',
      detail: { code: 'invalid-request' },
      fields: { intervalSeconds: { code: 'too-long', values: { max: 5 } } },
    });
  });

  it("reads a code this build does not know as the body's English", async () => {
    stubFetch(() =>
      json(409, { error: 'conflict', message: 'Something newer went wrong.', code: 'newer-code' }),
    );
    const error = await caught(getJson('/api/hq/jobs', okSchema));
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: { code: 'plain-text', values: { text: 'Something newer went wrong.' } },
    });
  });

  it('names the status when an error body is not the contract shape', async () => {
    stubFetch(() => Promise.resolve(new Response('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await caught(getJson('/api/hq/jobs', okSchema));
    expect(error).toMatchObject({ status: 502, code: 'http' });
    expect(error.message).toBe('The request failed (HTTP 502).');
  });

  it('rejects a success body that does not match the schema', async () => {
    stubFetch(() => json(200, { ok: 'yes' }));
    const error = await caught(sendJson('POST', '/api/hq/jobs/p-job/run', {}, okSchema));
    expect(error).toMatchObject({ status: 200, code: 'invalid-response' });
    expect(error.cause).toBeInstanceOf(z.core.$ZodError);
  });

  it('reports a network failure with status 0', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(getJson('/api/hq/stores', okSchema));
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });

  it('sends JSON with the method and path asked for', async () => {
    const fetchMock = stubFetch(() => json(200, { ok: true }));
    await sendJson('PATCH', '/api/hq/stores/S1', { asyncCustomerMode: true }, okSchema);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/hq/stores/S1',
      expect.objectContaining({
        method: 'PATCH',
        body: '{"asyncCustomerMode":true}',
        headers: expect.objectContaining({ 'content-type': 'application/json' }) as unknown,
      }),
    );
  });
});

describe('withQuery', () => {
  it('adds only the parameters that have a value', () => {
    expect(withQuery('/api/hq/async-customers', { status: 'failed', storeId: '' })).toBe(
      '/api/hq/async-customers?status=failed',
    );
    expect(withQuery('/api/hq/customers', { q: 'a b', limit: 100 })).toBe(
      '/api/hq/customers?q=a+b&limit=100',
    );
    expect(withQuery('/api/hq/stores', {})).toBe('/api/hq/stores');
  });
});
