import { X509Certificate } from 'node:crypto';
import { connect, type PeerCertificate } from 'node:tls';
import { apiPaths } from '../src/contract/api-paths.ts';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  openConsole,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';
import {
  e2eHttpsPort,
  shopNetworkHttpUrl,
  shopNetworkName,
  shopNetworkUrl,
} from './shop-network.ts';

// A tablet on the shop network (issue 11): Chromium opens the register by a shop-network name
// over https; the test's own HQ calls go to 127.0.0.1 (see fixtures.ts).

/** The server's certificate as a TLS client asking for `servername` sees it, and the verdict. */
function serverCertificate(options: { ca?: string }) {
  return new Promise<{ authorized: boolean; cert: X509Certificate; peer: PeerCertificate }>(
    (resolve, reject) => {
      const socket = connect({
        host: '127.0.0.1',
        port: e2eHttpsPort,
        servername: shopNetworkName,
        ...(options.ca ? { ca: options.ca } : {}),
        rejectUnauthorized: false,
      });
      socket.once('error', reject);
      socket.once('secureConnect', () => {
        const cert = socket.getPeerX509Certificate();
        const result = { authorized: socket.authorized, peer: socket.getPeerCertificate() };
        socket.end();
        if (cert) resolve({ ...result, cert });
        else reject(new Error('no peer certificate'));
      });
    },
  );
}

test('a tablet opens the register by its shop-network name over https, in a secure context', async ({
  page,
}) => {
  await page.goto('/');
  expect(page.url()).toBe(`${shopNetworkUrl}/`);
  const context = await page.evaluate(() => ({
    secure: window.isSecureContext,
    randomUUID: typeof crypto.randomUUID,
    serviceWorker: 'serviceWorker' in navigator,
    locks: 'locks' in navigator,
  }));
  expect(context).toEqual({
    secure: true,
    randomUUID: 'function',
    serviceWorker: true,
    locks: true,
  });
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${shopNetworkUrl}/sw.js`,
  );
});

test('through the shop-network name: offline reload, a customer created offline, its account number once back online', async ({
  page,
  context,
  hq,
}) => {
  const lastName = uniqueName('Tablet');
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await createPerson(page, { firstName: 'Aoi', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});

test('the HQ console signs in over https with a Secure session cookie', async ({ context }) => {
  const console = await openConsole(context);
  expect(console.url()).toMatch(new RegExp(`^${shopNetworkUrl}/hq/`));
  const cookies = await context.cookies(shopNetworkUrl);
  expect(cookies.find((c) => c.name === 'hq_session')).toMatchObject({
    secure: true,
    httpOnly: true,
  });
});

test('plain http by the shop-network name redirects to https', async ({ page }) => {
  const response = await page.goto(`${shopNetworkHttpUrl}/customers/new?from=bookmark`);
  expect(page.url()).toBe(`${shopNetworkUrl}/customers/new?from=bookmark`);
  expect(response?.request().redirectedFrom()?.url()).toBe(
    `${shopNetworkHttpUrl}/customers/new?from=bookmark`,
  );
});

test('the CA downloaded from /tablet/store-ca.crt verifies the server certificate', async ({
  request,
}) => {
  const download = await request.get(apiPaths.tabletCaCertificate);
  expect(download.headers()['content-type']).toBe('application/x-x509-ca-cert');
  const caPem = await download.text();
  const ca = new X509Certificate(caPem);
  expect(ca.ca).toBe(true);

  const untrusted = await serverCertificate({});
  expect(untrusted.authorized).toBe(false);

  const trusted = await serverCertificate({ ca: caPem });
  expect(trusted.authorized).toBe(true);
  expect(trusted.cert.verify(ca.publicKey)).toBe(true);
  expect(trusted.cert.checkIssued(ca)).toBe(true);
  expect(trusted.cert.checkHost(shopNetworkName)).toBe(shopNetworkName);
});
