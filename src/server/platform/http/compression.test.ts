import { request as httpRequest, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { activate, auth, testServer, type TestServer } from '../../testing/test-support.ts';
import { compressionThresholdBytes } from './compression.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

/** The demo customers' feed: a JSON answer well over the threshold. */
async function feed(acceptEncoding: string) {
  server = await testServer({ customers: 50 });
  await server.jobs.run('distribution-1010', 'manual');
  const token = await activate(server);
  return server.app.inject({
    url: `${apiPaths.feed}?since=0&limit=50`,
    headers: { ...auth(token), 'accept-encoding': acceptEncoding },
  });
}

describe('compressed API answers (issue 13)', () => {
  it('sends a JSON answer brotli-compressed when the client accepts br', async () => {
    const res = await feed('gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toContain('accept-encoding');
    const json = brotliDecompressSync(res.rawPayload).toString('utf8');
    expect(json.length).toBeGreaterThan(compressionThresholdBytes);
    expect(res.rawPayload.length).toBeLessThan(json.length / 2);
    expect(JSON.parse(json)).toHaveProperty('customers');
  });

  it('sends it gzipped to a client that accepts only gzip, and as it is to one that accepts neither', async () => {
    const gzipped = await feed('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toHaveProperty('customers');
    await server.app.close();
    const plain = await feed('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toHaveProperty('customers');
  });

  it('leaves small answers as they are (under the threshold)', async () => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      url: apiPaths.healthz,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(compressionThresholdBytes);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses the register event stream: each event arrives at once, as text', async () => {
    server = await testServer({ customers: 0 });
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const token = await activate(server);
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(base + apiPaths.registerEvents, {
        headers: { ...auth(token), 'accept-encoding': 'br, gzip, deflate' },
      });
      req.on('response', resolve).on('error', reject).end();
    });
    try {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(response.headers['content-encoding']).toBeUndefined();
      response.setEncoding('utf8');
      const chunks = response[Symbol.asyncIterator]() as AsyncIterator<string>;
      const hello = await chunks.next();
      expect(hello.value).toMatch(/^event: hello\n/);
      // A poke on the open stream is flushed at once (a compressor would hold it back).
      server.pokes.poke('all', ['customers']);
      const poke = await chunks.next();
      expect(poke.value).toBe('event: poke\ndata: {"topics":["customers"]}\n\n');
    } finally {
      response.destroy();
    }
  });
});
