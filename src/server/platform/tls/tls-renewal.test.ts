import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../testing/test-support.ts';
import { fixedHttpsSide } from './https-side.ts';
import { issueServerCertificate } from './server-certificate.ts';
import { createStoreCa } from './store-ca.ts';
import { shopPcNames, testNow } from './test-names.ts';
import type { TlsMaterial } from './tls-material.ts';
import { scheduleTlsRenewal, tlsCheckIntervalMs } from './tls-renewal.ts';
import type { TlsCheck, TlsService } from './tls-service.ts';
import { generateKeys } from './x509.ts';

const nothing: TlsCheck = { caCreated: false, issued: false, leftOut: { dns: [], ips: [] } };

async function material(): Promise<TlsMaterial> {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: [], now: testNow });
  const cert = await issueServerCertificate({
    ca,
    serverKeys: await generateKeys(),
    names: shopPcNames,
    now: testNow,
  });
  return { key: 'key', cert: cert.toString('pem'), certificate: cert, caPem: null };
}

/** A TLS service whose checks answer from a script, one per hour. */
function scriptedService(current: TlsMaterial, checks: TlsCheck[]): TlsService {
  const side = fixedHttpsSide({
    port: 8443,
    redirect: true,
    names: shopPcNames,
    material: current,
  });
  return { ...side, dir: '/data/tls', check: () => Promise.resolve(checks.shift() ?? nothing) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('scheduleTlsRenewal', () => {
  it('checks every hour and hands a new certificate to the https listener', async () => {
    const current = await material();
    const applied: TlsMaterial[] = [];
    const info: string[] = [];
    const service = scriptedService(current, [nothing, { ...nothing, issued: true }]);
    const renewal = scheduleTlsRenewal({
      service,
      clock: manualClock(),
      initial: nothing,
      apply: (m) => applied.push(m),
      log: { info: (m) => info.push(m), warn: () => undefined, error: () => undefined },
    });
    await vi.advanceTimersByTimeAsync(tlsCheckIntervalMs - 1);
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(tlsCheckIntervalMs);
    expect(applied).toEqual([current]);
    expect(info).toEqual(['Issued a new https certificate for the server.']);
    renewal.stop();
  });

  it('warns about names left out once, not every hour, and logs a failed check', async () => {
    const leftOut: TlsCheck = { ...nothing, leftOut: { dns: [], ips: ['192.0.2.2'] } };
    const warn: string[] = [];
    const errors: unknown[] = [];
    const service = scriptedService(await material(), []);
    service.check = vi
      .fn<TlsService['check']>()
      .mockResolvedValueOnce(leftOut)
      .mockResolvedValueOnce(leftOut)
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValueOnce({ ...nothing, leftOut: { dns: ['new.example'], ips: [] } });
    const renewal = scheduleTlsRenewal({
      service,
      clock: manualClock(),
      initial: nothing,
      apply: () => undefined,
      log: { info: () => undefined, warn: (m) => warn.push(m), error: (e) => errors.push(e) },
    });
    await vi.advanceTimersByTimeAsync(4 * tlsCheckIntervalMs);
    expect(warn).toHaveLength(2);
    expect(warn[0]).toContain('192.0.2.2');
    expect(warn[1]).toContain('new.example');
    expect(errors).toEqual([new Error('disk full')]);
    renewal.stop();
  });
});
