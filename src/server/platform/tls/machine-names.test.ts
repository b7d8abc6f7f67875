import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { canonicalIp, hostHeaderNames, machineNames } from './machine-names.ts';

function info(address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo {
  const common = { address, netmask: '', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv4' ? { ...common, family } : { ...common, family, scopeid: 0 };
}

const shopPc = {
  hostname: () => 'Shop-PC',
  networkInterfaces: () => ({
    lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
    eth0: [info('fe80::0:1', 'IPv6'), info('192.168.1.20', 'IPv4')],
    wlan0: [info('10.0.0.7', 'IPv4'), info('fd00::7', 'IPv6')],
  }),
};

describe('machineNames', () => {
  it('lists TLS_NAMES, the hostname, <hostname>.local, localhost and every address, loopback last', () => {
    expect(machineNames(['pos.shop.example', '192.168.50.1'], shopPc)).toEqual({
      dns: ['pos.shop.example', 'shop-pc.local', 'shop-pc', 'localhost'],
      ips: ['192.168.50.1', '192.168.1.20', '10.0.0.7', 'fe80::1', 'fd00::7', '127.0.0.1', '::1'],
    });
  });

  it('uses the first label of a fully qualified hostname for .local and keeps no duplicates', () => {
    const names = machineNames(['shop-pc.corp.example'], {
      hostname: () => 'shop-pc.corp.example',
      networkInterfaces: () => ({}),
    });
    expect(names).toEqual({
      dns: ['shop-pc.corp.example', 'shop-pc.local', 'localhost'],
      ips: ['127.0.0.1', '::1'],
    });
  });

  it('writes IPv6 in brackets for Host headers', () => {
    expect(hostHeaderNames({ dns: ['a'], ips: ['10.0.0.1', '::1'] })).toEqual([
      'a',
      '10.0.0.1',
      '[::1]',
    ]);
  });
});

describe('canonicalIp', () => {
  it.each([
    ['192.168.0.1', '192.168.0.1'],
    ['FE80:0:0:0:0:0:0:1', 'fe80::1'],
    ['[::1]', '::1'],
    ['shop-pc', null],
  ])('%s → %s', (text, expected) => {
    expect(canonicalIp(text)).toBe(expected);
  });
});
