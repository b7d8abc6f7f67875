import { describe, expect, it } from 'vitest';
import { activationUrl, defaultAddress } from './tablet-url.ts';

const urls = ['https://pos-box:8443/', 'https://pos-box.local:8443/', 'https://192.168.1.20:8443/'];

describe('the address a tablet opens', () => {
  it.each([
    { hostname: 'pos-box.local', expected: 'https://pos-box.local:8443/' },
    { hostname: '192.168.1.20', expected: 'https://192.168.1.20:8443/' },
    { hostname: 'localhost', expected: 'https://pos-box:8443/' },
  ])('defaults to the one whose host is the console’s ($hostname)', ({ hostname, expected }) => {
    expect(defaultAddress(urls, hostname)).toBe(expected);
  });

  it('has none when the server names none', () => {
    expect(defaultAddress([], 'localhost')).toBeNull();
  });

  it('carries the code in the fragment', () => {
    expect(activationUrl('https://pos-box:8443/', 'ABCD-EFGH')).toBe(
      'https://pos-box:8443/#activate=ABCD-EFGH',
    );
    expect(activationUrl('https://pos-box:8443/#old', 'ABCD-EFGH')).toBe(
      'https://pos-box:8443/#activate=ABCD-EFGH',
    );
  });
});
