import { JSDOM } from 'jsdom';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { storeCaMobileconfig } from './mobileconfig.ts';
import { createStoreCa } from './store-ca.ts';
import { testNow } from './test-names.ts';

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

/** Reads an XML property list the way a device would (dict, array, string, integer, data, bool). */
function parsePlist(xml: string): Plist {
  const doc = new new JSDOM().window.DOMParser().parseFromString(xml, 'text/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const read = (el: Element): Plist => {
    const children = [...el.children];
    switch (el.tagName) {
      case 'dict': {
        const out: Record<string, Plist> = {};
        for (let i = 0; i < children.length; i += 2) {
          const [key, value] = [children[i], children[i + 1]];
          if (key?.tagName !== 'key' || !value) throw new Error('bad dict');
          out[key.textContent] = read(value);
        }
        return out;
      }
      case 'array':
        return children.map(read);
      case 'integer':
        return Number(el.textContent);
      case 'true':
      case 'false':
        return el.tagName === 'true';
      default:
        return el.textContent;
    }
  };
  const root = doc.documentElement.firstElementChild;
  if (!root) throw new Error('empty plist');
  return read(root);
}

describe('storeCaMobileconfig', async () => {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: [], now: testNow });
  const caPem = ca.cert.toString('pem');
  const profile = parsePlist(storeCaMobileconfig(caPem)) as Record<string, Plist>;
  const [root] = profile.PayloadContent as Record<string, Plist>[];

  it('is a configuration profile named after the CA', () => {
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadDisplayName: 'shop-pc Store CA',
    });
    expect(profile.PayloadUUID).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
  });

  it('carries the store CA as a root certificate payload', () => {
    expect(root).toMatchObject({
      PayloadType: 'com.apple.security.root',
      PayloadVersion: 1,
      PayloadDisplayName: 'shop-pc Store CA',
    });
    const der = Buffer.from(String(root?.PayloadContent).replace(/\s/g, ''), 'base64');
    expect(new X509Certificate(der).fingerprint256).toBe(new X509Certificate(caPem).fingerprint256);
  });

  it('has stable identifiers derived from the CA, distinct for each payload', async () => {
    const again = parsePlist(storeCaMobileconfig(caPem)) as Record<string, Plist>;
    expect(again.PayloadUUID).toBe(profile.PayloadUUID);
    expect(again.PayloadIdentifier).toBe(profile.PayloadIdentifier);
    expect(root?.PayloadUUID).not.toBe(profile.PayloadUUID);
    const other = await createStoreCa({ hostname: 'shop-pc', dnsNames: [], now: testNow });
    const otherProfile = parsePlist(storeCaMobileconfig(other.cert.toString('pem')));
    expect((otherProfile as Record<string, Plist>).PayloadUUID).not.toBe(profile.PayloadUUID);
  });
});
