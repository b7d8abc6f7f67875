import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { testServer, type TestServer } from '../../testing/test-support.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'pos-dist-'));
mkdirSync(path.join(dist, 'hq'));
mkdirSync(path.join(dist, 'tablet'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>POS</title>');
writeFileSync(
  path.join(dist, 'index.html.br'),
  brotliCompressSync('<!doctype html><title>POS</title>'),
);
writeFileSync(path.join(dist, 'hq', 'index.html'), '<!doctype html><title>HQ</title>');
writeFileSync(path.join(dist, 'tablet', 'index.html'), '<!doctype html><title>Tablet</title>');
// Over the compression threshold: compressed as it is sent (the build compresses it no more).
const swScript = `self.addEventListener("install", () => {});\n${'// precache\n'.repeat(200)}`;
writeFileSync(path.join(dist, 'sw.js'), swScript);
writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"POS"}');
writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1);');
// Issue 13: what the build writes beside the assets worth compressing (vite-plugin-compression2).
const bigScript = 'console.log("a register");\n'.repeat(200);
const precompressed = { br: brotliCompressSync(bigScript), gz: gzipSync(bigScript) };
writeFileSync(path.join(dist, 'assets', 'big.js'), bigScript);
writeFileSync(path.join(dist, 'assets', 'big.js.br'), precompressed.br);
writeFileSync(path.join(dist, 'assets', 'big.js.gz'), precompressed.gz);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('static files and HTTP hygiene', () => {
  it.each([
    { url: '/', headers: html, status: 200, body: '<title>POS</title>' },
    { url: '/hq', headers: html, status: 200, body: '<title>HQ</title>' },
    { url: '/hq/', headers: html, status: 200, body: '<title>HQ</title>' },
    { url: '/tablet/', headers: html, status: 200, body: '<title>Tablet</title>' },
    { url: '/tablet', headers: html, status: 200, body: '<title>Tablet</title>' },
    { url: '/assets/app.js', headers: {}, status: 200, body: 'console.log' },
    { url: '/customers/new', headers: html, status: 200, body: '<title>POS</title>' },
    { url: '/hq/jobs', headers: html, status: 200, body: '<title>HQ</title>' },
    { url: '/assets/missing.js', headers: {}, status: 404, body: '"not-found"' },
    { url: '/api/nope', headers: html, status: 404, body: '"not-found"' },
  ])('GET $url → $status', async ({ url, headers, status, body }) => {
    server = await testServer({ customers: 0, distDir: dist });
    const res = await server.app.inject({ url, headers });
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(body);
  });

  it.each(['/sw.js', '/manifest.webmanifest'])(
    'serves %s with Cache-Control: no-cache',
    async (url) => {
      server = await testServer({ customers: 0, distDir: dist });
      const res = await server.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each([
    { encoding: 'br', accept: 'gzip, deflate, br', file: precompressed.br },
    { encoding: 'gzip', accept: 'gzip', file: precompressed.gz },
  ])('sends an asset as its precompressed .$encoding file', async ({ encoding, accept, file }) => {
    server = await testServer({ customers: 0, distDir: dist });
    const res = await server.app.inject({
      url: '/assets/big.js',
      headers: { 'accept-encoding': accept },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(res.rawPayload.equals(file)).toBe(true);
    const plain = await server.app.inject({ url: '/assets/big.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bigScript);
  });

  it('keeps the service worker and index.html fresh when they are sent compressed', async () => {
    server = await testServer({ customers: 0, distDir: dist });
    const headers = { 'accept-encoding': 'br, gzip', ...html };
    const sw = await server.app.inject({ url: '/sw.js', headers });
    expect(sw.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(sw.rawPayload).toString('utf8')).toBe(swScript);
    expect(sw.headers['cache-control']).toBe('no-cache');
    for (const url of ['/', '/customers/new']) {
      const index = await server.app.inject({ url, headers });
      expect(index.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(index.rawPayload).toString('utf8')).toContain('<title>POS');
      expect(index.headers['cache-control']).toBe('public, max-age=0');
    }
  });

  it.each([
    { url: '/', method: 'GET' as const },
    { url: apiPaths.hqJobs, method: 'GET' as const },
    { url: '/api/unknown', method: 'POST' as const },
    { url: apiPaths.heartbeat, method: 'POST' as const },
  ])('sends the security headers on $method $url', async ({ url, method }) => {
    server = await testServer({ customers: 0, distDir: dist });
    const res = await server.app.inject({ url, method });
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers unknown API routes with JSON 404 when no app is built', async () => {
    server = await testServer({ customers: 0, distDir: null });
    const res = await server.app.inject({ url: '/api/whatever', headers: html });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    const page = await server.app.inject({ url: '/', headers: html });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('application/json');
  });
});
