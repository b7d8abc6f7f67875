import type { Clock } from '../clock.ts';
import type { TlsCheck, TlsService } from './tls-service.ts';
import type { TlsMaterial } from './tls-material.ts';

/** How often the names and the certificate's expiry are checked: hourly. */
export const tlsCheckIntervalMs = 60 * 60 * 1000;

/** What a check means for the person reading the log. */
export function tlsCheckMessages(
  check: TlsCheck,
  dir: string | null,
): { info: string[]; warn: string[] } {
  const info: string[] = [];
  const warn: string[] = [];
  if (check.caCreated) {
    info.push(`Made a new store CA in ${dir ?? '?'}: tablets must trust it (see /tablet/).`);
  }
  if (check.issued) info.push('Issued a new https certificate for the server.');
  const leftOut = [...check.leftOut.dns, ...check.leftOut.ips];
  if (leftOut.length > 0) {
    warn.push(
      `Not in the https certificate, because the store CA may not sign for them: ${leftOut.join(', ')}. ` +
        'Public addresses never are; for a new name, move store-ca.crt and store-ca.key out of ' +
        `${dir ?? 'DATA_DIR/tls'} and restart (every tablet must then trust the new CA).`,
    );
  }
  return { info, warn };
}

/**
 * Checks every hour whether the machine's names changed or the certificate nears its end, and
 * hands a renewed certificate to `apply` (the https listener's `setSecureContext`). A failed
 * check is logged and tried again the next hour.
 */
export function scheduleTlsRenewal(options: {
  service: TlsService;
  clock: Clock;
  apply: (material: TlsMaterial) => void;
  log: {
    info: (message: string) => void;
    warn: (message: string) => void;
    error: (error: unknown) => void;
  };
  /** The check made at start (already logged): a warning is repeated only when it changes. */
  initial: TlsCheck;
  intervalMs?: number;
}): { stop: () => void } {
  const { service, log } = options;
  let lastWarnings = tlsCheckMessages(options.initial, service.dir).warn.join('\n');
  async function tick(): Promise<void> {
    const check = await service.check(options.clock.now());
    if (check.issued) options.apply(service.material());
    const messages = tlsCheckMessages(check, service.dir);
    messages.info.forEach((line) => log.info(line));
    const warnings = messages.warn.join('\n');
    if (warnings !== lastWarnings) messages.warn.forEach((line) => log.warn(line));
    lastWarnings = warnings;
  }
  const timer = setInterval(() => {
    tick().catch(log.error);
  }, options.intervalMs ?? tlsCheckIntervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
