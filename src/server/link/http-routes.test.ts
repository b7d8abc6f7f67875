import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../contract/customer.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { frameworkErrorReply, installErrorHandler } from '../platform/http/error-handler.ts';
import { issueServerCertificate } from '../platform/tls/server-certificate.ts';
import { createStoreCa } from '../platform/tls/store-ca.ts';
import { generateKeys, privateKeyPem } from '../platform/tls/x509.ts';
import { fakeHq, fakeScaleUnit, type FakeScaleUnit } from '../testing/fake-links.ts';
import { listenLinkRoutes, testSecret } from '../testing/link-fixture.ts';
import { hqHttpClient, scaleUnitHttpClient } from './http-client.ts';
import { hqLinkRoutes, linkBodyLimitBytes, scaleUnitLinkRoutes } from './http-routes.ts';
import { LinkUnreachableError, type ChannelConfig, type DistributedCustomer } from './link.ts';
import { linkHeaders, linkPaths } from './wire.ts';

const config: ChannelConfig = {
  version: 'v1',
  settings: {
    features: {
      asyncAddressCreation: false,
      enhancedAsyncCreation: false,
      asyncCustomerEditing: false,
    },
    filterSharedCustomerData: false,
  },
  affiliations: [],
  stores: [
    {
      id: 'S001',
      name: 'Shibuya',
      asyncCustomerMode: false,
      defaults: {
        customerGroup: 'Retail',
        currency: 'JPY',
        language: 'ja',
        receiptPreference: 'print',
        affiliations: [],
      },
      registers: [{ id: 'S001-R1', number: '1', retiredAt: null }],
    },
  ],
};
const device = { storeId: 'S001', registerId: 'S001-R1' };
/** What a register's device token looks like (32 random bytes, base64url). */
const deviceToken = 'q3Jx9T0b1dQm5uFv7yH2kLp8sZrWcN4eAgXoVtUiYjM';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused');
}

function draft() {
  return {
    type: 'person' as const,
    firstName: 'Aiko',
    lastName: 'Mori',
    organizationName: '',
    email: '',
    phone: '',
    addresses: [],
    title: '' as const,
    affiliations: [],
    secondaryEmails: [],
    secondaryPhones: [],
  };
}

/** A customer of demo size (see the measure below), with `addresses` addresses. */
function customer(index: number, addresses = 0): DistributedCustomer {
  const value: Customer = {
    ...draft(),
    email: `aiko.mori${index}@example.com`,
    phone: '090-1234-5678',
    addresses: Array.from({ length: addresses }, (_, i) => ({
      purpose: 'home' as const,
      street: `${i + 1}-2-3 Dogenzaka`,
      city: 'Tokyo',
      state: '13',
      zip: '150-0043',
      country: 'JPN',
      primary: i === 0,
    })),
    customerGroup: 'Retail',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    accountNumber: `C${String(100_000 + index)}`,
    asyncGuid: null,
    storeId: 'S001',
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: '2026-12-07T12:00:00.000Z',
  };
  return { customer: value, originRegisterId: null };
}

/** The largest customer the contract allows: every list full, every text at its limit in kana. */
function largestCustomer(index: number): DistributedCustomer {
  const kana = (n: number) => 'あ'.repeat(n);
  const base = customer(index).customer;
  const value: Customer = {
    ...base,
    firstName: kana(60),
    lastName: kana(60),
    organizationName: kana(100),
    email: `${'a'.repeat(60)}@example.com`,
    addresses: Array.from({ length: 20 }, () => ({
      purpose: 'delivery' as const,
      street: kana(250),
      city: kana(60),
      state: kana(10),
      zip: kana(10),
      country: 'JPN',
      primary: false,
      asyncGuid: randomUUID(),
    })),
    affiliations: Array.from({ length: 20 }, (_, i) => `AFFILIATION-${i}`.padEnd(30, 'X')),
    secondaryEmails: Array.from({ length: 5 }, (_, i) => `${'b'.repeat(60)}${i}@example.com`),
    secondaryPhones: Array.from({ length: 5 }, () => '+81 (90) 1234-5678-9'),
    loyaltyCards: Array.from({ length: 10 }, (_, i) => ({
      cardNumber: `L${String(i).padStart(29, '0')}`,
      issuedAt: '2026-12-07T12:00:00.000Z',
    })),
  };
  return { customer: value, originRegisterId: 'S001-R999' };
}

function bodyBytes(customers: DistributedCustomer[]): number {
  return Buffer.byteLength(JSON.stringify({ customers }));
}

/** A plain HTTP server on 127.0.0.1 answering every request with `answer`. */
async function rawServer(answer: (res: ServerResponse) => void) {
  const server: Server = createServer((_req, res) => answer(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

function closeRaw(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('the link over HTTP', () => {
  let scaleUnit: FakeScaleUnit;
  let suApp: FastifyInstance;
  let suUrl: string;
  let hqApp: FastifyInstance;
  let hqUrl: string;
  const suSecret = testSecret();
  const hqSecrets: Record<string, string> = { shibuya: testSecret(), osaka: testSecret() };

  beforeEach(async () => {
    scaleUnit = fakeScaleUnit({ id: 'shibuya', storeIds: ['S001'] });
    ({ app: suApp, url: suUrl } = await listenLinkRoutes(
      scaleUnitLinkRoutes({ link: scaleUnit, secret: suSecret }),
    ));
    ({ app: hqApp, url: hqUrl } = await listenLinkRoutes(
      hqLinkRoutes({ link: fakeHq(config), secrets: (id) => hqSecrets[id] ?? null }),
    ));
  });
  afterEach(async () => {
    await Promise.all([suApp.close(), hqApp.close()]);
  });

  describe('refuses every caller without the service credential: 401 unknown-service', () => {
    const expectUnknownService = (response: { statusCode: number; json(): unknown }) => {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: 'unknown-service',
        message: expect.any(String) as unknown,
        code: 'unknown-service',
      });
    };

    it('at the scale unit: none, a wrong one, a register’s device token, HQ’s for another', async () => {
      const url = linkPaths.scaleUnitDescribe;
      expectUnknownService(await suApp.inject({ url }));
      for (const token of [testSecret(), deviceToken, hqSecrets.shibuya, `${suSecret}x`, '']) {
        expectUnknownService(
          await suApp.inject({ url, headers: { authorization: `Bearer ${token}` } }),
        );
      }
      expectUnknownService(await suApp.inject({ url, headers: { authorization: suSecret } }));
      const ok = await suApp.inject({ url, headers: { authorization: `Bearer ${suSecret}` } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ id: 'shibuya', storeIds: ['S001'], connectedRegisters: 0 });
    });

    it('refuses before reading the body, and never calls the scale unit', async () => {
      const response = await suApp.inject({
        method: 'POST',
        url: linkPaths.scaleUnitCustomers,
        headers: { authorization: `Bearer ${deviceToken}` },
        payload: { customers: [customer(1)] },
      });
      expectUnknownService(response);
      expect(scaleUnit.customers.size).toBe(0);
    });

    it('at HQ: the secret must be the one of the scale unit in x-scale-unit', async () => {
      const url = linkPaths.hqConfig;
      const call = (headers: Record<string, string>) => hqApp.inject({ url, headers });
      const bearer = (secret: string) => `Bearer ${secret}`;
      expectUnknownService(await call({}));
      expectUnknownService(await call({ authorization: bearer(hqSecrets.shibuya!) }));
      expectUnknownService(
        await call({ authorization: bearer(hqSecrets.shibuya!), [linkHeaders.scaleUnit]: 'osaka' }),
      );
      expectUnknownService(
        await call({
          authorization: bearer(hqSecrets.shibuya!),
          [linkHeaders.scaleUnit]: 'nagoya',
        }),
      );
      expectUnknownService(
        await call({ authorization: bearer(deviceToken), [linkHeaders.scaleUnit]: 'shibuya' }),
      );
      const ok = await call({
        authorization: bearer(hqSecrets.osaka!),
        [linkHeaders.scaleUnit]: 'osaka',
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ config });
    });

    it('the clients say so as an HttpError', async () => {
      const su = scaleUnitHttpClient({ id: 'shibuya', url: suUrl, secret: deviceToken });
      const hq = hqHttpClient({ scaleUnitId: 'osaka', url: hqUrl, secret: hqSecrets.shibuya! });
      for (const error of [await rejection(su.describe()), await rejection(hq.channelConfig())]) {
        expect(error).toBeInstanceOf(HttpError);
        expect(error).toMatchObject({ status: 401, code: 'unknown-service' });
      }
      await Promise.all([su.close?.(), hq.close?.()]);
    });
  });

  describe('answers', () => {
    const suHeaders = () => ({ authorization: `Bearer ${suSecret}` });
    const hqHeaders = () => ({
      authorization: `Bearer ${hqSecrets.shibuya}`,
      [linkHeaders.scaleUnit]: 'shibuya',
      [linkHeaders.storeId]: device.storeId,
      [linkHeaders.registerId]: device.registerId,
    });

    it('a real-time creation with 201, and its retry with 200', async () => {
      const payload = { guid: randomUUID(), customer: draft() };
      const url = linkPaths.hqRealtimeCustomers;
      const first = await hqApp.inject({ method: 'POST', url, headers: hqHeaders(), payload });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ created: true, customer: { asyncGuid: payload.guid } });
      const retry = await hqApp.inject({ method: 'POST', url, headers: hqHeaders(), payload });
      expect(retry.statusCode).toBe(200);
      expect(retry.json()).toEqual({ ...first.json<object>(), created: false });
    });

    it('pushes, config and retirement with 204 and no body', async () => {
      const calls = [
        { method: 'POST' as const, url: linkPaths.scaleUnitCustomers, payload: { customers: [] } },
        { method: 'PUT' as const, url: linkPaths.scaleUnitConfig, payload: { config } },
        { method: 'POST' as const, url: linkPaths.scaleUnitRetire('S001-R1') },
      ];
      for (const call of calls) {
        const response = await suApp.inject({ ...call, headers: suHeaders() });
        expect(response.statusCode).toBe(204);
        expect(response.body).toBe('');
      }
    });

    it('a malformed request with 400 validation and its fields, without calling the link', async () => {
      const bad = customer(1);
      const response = await suApp.inject({
        method: 'POST',
        url: linkPaths.scaleUnitCustomers,
        headers: suHeaders(),
        payload: { customers: [{ ...bad, customer: { ...bad.customer, accountNumber: 'X1' } }] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: 'validation',
        fields: { 'customers.0.customer.accountNumber': { code: 'not-account-number' } },
      });
      expect(scaleUnit.customers.size).toBe(0);

      for (const query of [
        'after=-1&limit=10',
        'after=0&limit=0',
        'after=0',
        'after=1.5&limit=2',
      ]) {
        const pull = await suApp.inject({
          url: `${linkPaths.scaleUnitRecords}?${query}`,
          headers: suHeaders(),
        });
        expect(pull.statusCode, query).toBe(400);
      }
      const { [linkHeaders.registerId]: _missing, ...noRegister } = hqHeaders();
      const search = await hqApp.inject({
        url: `${linkPaths.hqRealtimeSearch}?q=Mori-san`,
        headers: noRegister,
      });
      expect(search.statusCode).toBe(400);
      expect(search.json()).toMatchObject({
        error: 'validation',
        fields: { registerId: { code: expect.any(String) as unknown } },
      });
    });
  });

  describe('carries a page of 1,000 customers', () => {
    it('measures: 1,000 demo-sized customers, and the largest the contract allows, fit the limit', () => {
      const demo = Array.from({ length: 1000 }, (_, i) => customer(i, i % 3 === 0 ? 1 : 0));
      const largest = Array.from({ length: 1000 }, (_, i) => largestCustomer(i));
      // Demo-sized: about 0.5 MiB; the largest: above 20 MiB, still under the link's limit.
      expect(bodyBytes(demo)).toBeLessThan(1024 * 1024);
      expect(bodyBytes(largest)).toBeGreaterThan(20 * 1024 * 1024);
      expect(bodyBytes(largest)).toBeLessThan(linkBodyLimitBytes);
    });

    it('pushes more than the app’s 1 MiB in one call', async () => {
      const customers = Array.from({ length: 1000 }, (_, i) => customer(i, 5));
      expect(bodyBytes(customers)).toBeGreaterThan(1024 * 1024);
      const su = scaleUnitHttpClient({ id: 'shibuya', url: suUrl, secret: suSecret });
      await su.pushCustomers(customers);
      expect(scaleUnit.customers.size).toBe(1000);
      await su.close?.();
    });
  });
});

describe('the link’s clients when the other side does not answer as the link does', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(closeRaw));
  });
  async function answering(answer: Parameters<typeof rawServer>[0]) {
    const { server, url } = await rawServer(answer);
    servers.push(server);
    return url;
  }
  const secret = testSecret();

  it('a stopped server: LinkUnreachableError at once (connection refused)', async () => {
    const app = Fastify();
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    await app.close();
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret, timeoutMs: 4000 });
    const started = performance.now();
    const error = await rejection(su.describe());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(LinkUnreachableError);
    expect(error).toMatchObject({ service: "Scale unit 'osaka'" });
    expect((error as Error).message).toMatch(/^Scale unit 'osaka' was not reached: .*ECONNREFUSED/);
    await su.close?.();
  });

  it('a server that never answers: LinkUnreachableError after the time-out', async () => {
    const url = await answering(() => {});
    const hq = hqHttpClient({ scaleUnitId: 'osaka', url, secret, timeoutMs: 150 });
    const started = performance.now();
    const error = await rejection(hq.searchCustomers(device, 'Mori-san'));
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(2000);
    expect(error).toBeInstanceOf(LinkUnreachableError);
    expect((error as Error).message).toBe(
      `HQ was not reached: no answer to GET ${linkPaths.hqRealtimeSearch} within 150 ms`,
    );
    await hq.close?.();
  });

  it('pulls and pushes wait for the longer bulk time-out', async () => {
    const url = await answering(() => {});
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret, timeoutMs: 50, bulkTimeoutMs: 300 });
    const started = performance.now();
    const error = await rejection(su.pullRecords(0, 10));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((error as Error).message).toContain('within 300 ms');
    await su.close?.();
  });

  it.each([502, 503, 504])(
    'a %i (a proxy, or the service unavailable): unreachable',
    async (status) => {
      const url = await answering((res) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: 'hq-unreachable',
            message: 'Upstream is down.',
            code: 'hq-unreachable',
          }),
        );
      });
      const hq = hqHttpClient({ scaleUnitId: 'osaka', url, secret });
      const error = await rejection(hq.channelConfig());
      expect(error).toBeInstanceOf(LinkUnreachableError);
      expect((error as Error).message).toContain(
        `answered ${status} (hq-unreachable: Upstream is down.)`,
      );
      await hq.close?.();
    },
  );

  it('a refusal with an error body: HttpError with its status, code, message and fields', async () => {
    const url = await answering((res) => {
      res.writeHead(409, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: 'conflict',
          message: 'Changed.',
          code: 'edit-conflict',
          values: { account: 'C000123', current: 2, version: 1 },
          fields: { version: { code: 'invalid-value' } },
        }),
      );
    });
    const hq = hqHttpClient({ scaleUnitId: 'osaka', url, secret });
    const error = await rejection(
      hq.editCustomer(device, 'C000123', { version: 1, customer: draft() }),
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: { code: 'edit-conflict', values: { account: 'C000123', current: 2, version: 1 } },
      fields: { version: { code: 'invalid-value' } },
    });
    await hq.close?.();
  });

  it.each([
    ['a body that is not the link’s', 200, 'application/json', '{"records":[{"guid":"nope"}]}'],
    ['HTML instead of JSON', 200, 'text/html', '<html>Sign in to the Wi-Fi</html>'],
    ['an error without an error body', 404, 'text/html', '<h1>Not Found</h1>'],
    ['a redirect', 302, 'text/html', ''],
  ])('%s: LinkUnreachableError, not a crash', async (_name, status, type, body) => {
    const url = await answering((res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret });
    const error = await rejection(su.pullRecords(0, 10));
    expect(error).toBeInstanceOf(LinkUnreachableError);
    expect((error as Error).message).toMatch(/^Scale unit 'osaka' was not reached: /);
    await su.close?.();
  });

  it('sends the credential, x-scale-unit and the register, over kept-alive connections', async () => {
    const seen: { headers: Record<string, unknown>; port: number | undefined }[] = [];
    const url = await answering((res) => {
      seen.push({ headers: res.req.headers, port: res.req.socket.remotePort });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ customers: [] }));
    });
    const hq = hqHttpClient({ scaleUnitId: 'osaka', url, secret });
    for (let i = 0; i < 6; i += 1) await hq.searchCustomers(device, 'Mori-san');
    expect(seen).toHaveLength(6);
    expect(seen[0]?.headers).toMatchObject({
      authorization: `Bearer ${secret}`,
      'x-scale-unit': 'osaka',
      'x-store-id': 'S001',
      'x-register-id': 'S001-R1',
    });
    // undici hands a connection back just after the answer, so calls in a row take turns on two.
    expect(new Set(seen.map((s) => s.port)).size).toBeLessThanOrEqual(2);
    await hq.close?.();
  });
});

describe('the link over https with a store CA', () => {
  let app: FastifyInstance;
  let url: string;
  let caPem: string;
  const secret = testSecret();

  beforeEach(async () => {
    const now = new Date();
    const names = { dns: ['localhost'], ips: ['127.0.0.1'] };
    const ca = await createStoreCa({ hostname: 'su-host', dnsNames: names.dns, now });
    const serverKeys = await generateKeys();
    const cert = await issueServerCertificate({ ca, serverKeys, names, now });
    caPem = ca.cert.toString('pem');
    app = Fastify({
      https: { key: await privateKeyPem(serverKeys.privateKey), cert: cert.toString('pem') },
      frameworkErrors: frameworkErrorReply,
    });
    installErrorHandler(app, null);
    await app.register(
      scaleUnitLinkRoutes({ link: fakeScaleUnit({ id: 'osaka', storeIds: ['S002'] }), secret }),
    );
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('trusts the server with the CA it was given', async () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret, ca: caPem });
    expect(await su.describe()).toEqual({ id: 'osaka', storeIds: ['S002'], connectedRegisters: 0 });
    await su.close?.();
  });

  it('does not trust it without the CA: unreachable, saying why', async () => {
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret });
    const error = await rejection(su.describe());
    expect(error).toBeInstanceOf(LinkUnreachableError);
    expect((error as Error).message).toMatch(/certificate/i);
    await su.close?.();
  });

  it('does not trust it with another CA', async () => {
    const other = await createStoreCa({
      hostname: 'other',
      dnsNames: ['localhost'],
      now: new Date(),
    });
    const su = scaleUnitHttpClient({ id: 'osaka', url, secret, ca: other.cert.toString('pem') });
    expect(await rejection(su.describe())).toBeInstanceOf(LinkUnreachableError);
    await su.close?.();
  });
});
