import { fixedHttpsSide, type HttpsSide } from './https-side.ts';
import type { MachineNames } from './machine-names.ts';
import { issueServerCertificate } from './server-certificate.ts';
import { createStoreCa } from './store-ca.ts';
import { generateKeys } from './x509.ts';

/** The names of the machine in route tests: a shop-network name, the host, its address. */
const testMachineNames: MachineNames = {
  dns: ['pos-store.test', 'shop-pc.local', 'shop-pc', 'localhost'],
  ips: ['192.168.1.20', 'fd00::7', '127.0.0.1', '::1'],
};

/** The https port route tests use. */
export const testHttpsPort = 8443;

/**
 * An https side for route tests, in memory: a store CA and a certificate for
 * `testMachineNames`, or (`own`) a retailer's own certificate with no store CA.
 */
export async function testHttpsSide(
  options: { redirect?: boolean; own?: boolean } = {},
): Promise<HttpsSide> {
  const now = new Date();
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: testMachineNames.dns, now });
  const serverKeys = await generateKeys();
  const cert = await issueServerCertificate({ ca, serverKeys, names: testMachineNames, now });
  return fixedHttpsSide({
    port: testHttpsPort,
    redirect: options.redirect ?? true,
    names: testMachineNames,
    material: {
      key: '',
      cert: cert.toString('pem'),
      certificate: cert,
      caPem: options.own ? null : ca.cert.toString('pem'),
    },
  });
}
