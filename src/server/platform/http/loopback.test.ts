import { describe, expect, it } from 'vitest';
import {
  hostName,
  isLoopbackAddress,
  isLoopbackBind,
  isLoopbackName,
  isLoopbackRequest,
} from './loopback.ts';

describe('loopback', () => {
  it.each([
    ['localhost:8080', 'localhost'],
    ['POS-Store.test:8443', 'pos-store.test'],
    ['[::1]:8080', '[::1]'],
    ['[fe80::1]', '[fe80::1]'],
    ['127.0.0.1', '127.0.0.1'],
    [undefined, ''],
  ])('reads the name of Host %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it.each([
    ['localhost', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['pos-store.test', false],
    ['192.168.1.10', false],
    ['127.0.0.1.evil.example', false],
    ['', false],
  ])('judges the name %s loopback: %s', (name, loopback) => {
    expect(isLoopbackName(name)).toBe(loopback);
  });

  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false],
    ['::ffff:10.0.0.2', false],
  ])('judges the peer %s loopback: %s', (ip, loopback) => {
    expect(isLoopbackAddress(ip)).toBe(loopback);
  });

  it('treats a shop-network name mapped to 127.0.0.1 as the network', () => {
    expect(isLoopbackRequest({ ip: '127.0.0.1', headers: { host: 'localhost:8080' } })).toBe(true);
    expect(isLoopbackRequest({ ip: '127.0.0.1', headers: { host: 'pos-store.test:8443' } })).toBe(
      false,
    );
    expect(isLoopbackRequest({ ip: '192.168.1.20', headers: { host: 'localhost' } })).toBe(false);
  });

  it('treats a request forwarded by a proxy on this machine as the network', () => {
    const proxied = (header: string) => ({
      ip: '127.0.0.1',
      headers: { host: 'localhost:8080', [header]: '192.168.1.20' },
    });
    expect(isLoopbackRequest(proxied('x-forwarded-for'))).toBe(false);
    expect(isLoopbackRequest(proxied('forwarded'))).toBe(false);
  });

  it('knows which bind addresses stay on loopback', () => {
    expect(isLoopbackBind('127.0.0.1')).toBe(true);
    expect(isLoopbackBind('::1')).toBe(true);
    expect(isLoopbackBind('0.0.0.0')).toBe(false);
    expect(isLoopbackBind('::')).toBe(false);
  });
});
