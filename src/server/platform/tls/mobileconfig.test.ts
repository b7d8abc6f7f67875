import { X509Certificate } from 'node:crypto';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { storeCaMobileconfig } from './mobileconfig.ts';
import { createStoreCa } from './store-ca.ts';
import { testNow } from './test-names.ts';

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

/** Parses XML (saxes, a conforming parser) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, children: [], text: '' };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return root;
}

/** Reads an XML property list the way a device would (dict, array, string, integer, data, bool). */
function parsePlist(xml: string): Plist {
  const read = (el: XmlElement): Plist => {
    switch (el.name) {
      case 'dict': {
        const out: Record<string, Plist> = {};
        for (let i = 0; i < el.children.length; i += 2) {
          const [key, value] = [el.children[i], el.children[i + 1]];
          if (key?.name !== 'key' || !value) throw new Error('bad dict');
          out[key.text] = read(value);
        }
        return out;
      }
      case 'array':
        return el.children.map(read);
      case 'integer':
        return Number(el.text);
      case 'true':
      case 'false':
        return el.name === 'true';
      default:
        return el.text;
    }
  };
  const plist = parseXml(xml).children[0];
  expect(plist?.name).toBe('plist');
  const top = plist?.children[0];
  if (!top) throw new Error('empty plist');
  return read(top);
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
    const content = root?.PayloadContent;
    if (typeof content !== 'string') throw new Error('no certificate data');
    const der = Buffer.from(content.replace(/\s/g, ''), 'base64');
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
