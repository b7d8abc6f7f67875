import { describe, expect, it } from 'vitest';
import { fetchHttpsAddress, httpsAddress } from './https-address.ts';

const page = 'http://pos-store.test:8080/customers/12?tab=addresses';

/** A fetch that answers every request with `body` and `status`, and records what it was asked. */
function answering(body: unknown, status = 200) {
  const asked: string[] = [];
  const fetcher: typeof fetch = (input) => {
    asked.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { asked, fetcher };
}

describe('httpsAddress', () => {
  it.each([
    [page, 8443, 'https://pos-store.test:8443/customers/12?tab=addresses'],
    ['http://192.168.1.20:8080/', 8443, 'https://192.168.1.20:8443/'],
    ['http://[fd00::20]:8080/', 9443, 'https://[fd00::20]:9443/'],
    ['http://pos-store.test/', 443, 'https://pos-store.test/'],
  ])('turns %s with port %i into %s', (href, port, expected) => {
    expect(httpsAddress(href, port)).toBe(expected);
  });
});

describe('fetchHttpsAddress', () => {
  it('asks the server it came from for its https port', async () => {
    const { asked, fetcher } = answering({ httpsPort: 8443 });
    await expect(fetchHttpsAddress(page, fetcher)).resolves.toBe(
      'https://pos-store.test:8443/customers/12?tab=addresses',
    );
    expect(asked).toEqual(['http://pos-store.test:8080/tablet/https.json']);
  });

  it.each([
    ['an error status', answering({ httpsPort: 8443 }, 404).fetcher],
    ['an answer of another shape', answering({ port: 8443 }).fetcher],
    ['a port out of range', answering({ httpsPort: 70_000 }).fetcher],
    [
      'something that is not JSON (an older server sends its app page)',
      () => Promise.resolve(new Response('<!doctype html>')),
    ],
    ['no answer', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('gives null for %s', async (_case, fetcher: typeof fetch) => {
    await expect(fetchHttpsAddress(page, fetcher)).resolves.toBeNull();
  });
});
